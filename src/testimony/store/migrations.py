"""Schema migrations: ordered functions, each applied together with its record in one
transaction, so a database is always at exactly one known version.

Two kinds of database share the machinery: a person's vault and a coalition's workspace.
Each has its own plan; the first migration's name tells them apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from testimony.core.errors import VaultDamaged, VaultTooNew, WrongKind
from testimony.store import (
    accounts,
    consent,
    recordings_schema,
    schema_evidence,
    schema_search,
    schema_v1,
)
from testimony.store.connection import Connection

Migration = tuple[str, Callable[[Connection], None]]


@dataclass(frozen=True)
class Plan:
    kind: str  # "vault" or "workspace"
    migrations: tuple[Migration, ...]
    # Run on every opening, after the migrations: puts right what an interrupted job may
    # have left (the workspace's import drops an index it builds again at the end).
    repair: Callable[[Connection], None] | None = None


def _m_reviews_automatic(conn: Connection) -> None:
    # Which confirmations nobody read (the command line's --yes), so an export can say so.
    # Reviews confirmed before this column existed cannot be told apart: they are marked
    # automatic, because a claim of review must never be made that may not be true.
    conn.execute(
        "ALTER TABLE redaction_reviews ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0"
        " CHECK (automatic IN (0, 1))"
    )
    conn.execute("UPDATE redaction_reviews SET automatic = 1 WHERE confirmed_at IS NOT NULL")


VAULT = Plan(
    "vault",
    (
        ("m001_initial", schema_v1.apply),
        ("m002_attachment_documents_and_letter_sender", schema_evidence.apply),
        ("m003_voice_recordings", recordings_schema.apply),
        ("m004_consent_wording_language", consent.add_language_column),
        ("m005_search_prefixes", schema_search.apply),
        ("m006_list_titles_quote_nothing", accounts.retitle_all),
        ("m007_reviews_automatic", _m_reviews_automatic),
        ("m008_search_in_list_order", schema_search.apply_list_order),
    ),
)
MIGRATIONS = VAULT.migrations  # the vault's, for callers that only know vaults


def applied(conn: Connection) -> list[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
    )
    return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY id")]


def migrate(conn: Connection, plan: Plan = VAULT) -> list[str]:
    """Apply every migration of `plan` not yet applied; return the names applied now."""
    done = applied(conn)
    known = [name for name, _ in plan.migrations]
    if done and done[0] != known[0]:
        raise WrongKind("database is of another kind", expected=plan.kind)
    if len(done) > len(known) and done[: len(known)] == known:
        raise VaultTooNew("made by a newer version", applied=len(done))
    if done != known[: len(done)]:
        # A damaged record of what was applied: never guess.
        raise VaultDamaged("unknown schema version", applied=len(done))
    now: list[str] = []
    for index, (name, apply) in enumerate(plan.migrations):
        if index < len(done):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply(conn)
            conn.execute(
                "INSERT INTO _migrations (id, name, applied_at) VALUES (?, ?, datetime('now'))",
                (index + 1, name),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(name)
    if plan.repair is not None:
        plan.repair(conn)
    return now
