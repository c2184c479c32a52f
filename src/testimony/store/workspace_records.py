"""SQL for the coalition workspace: identity, records, withdrawals, the import log.

Plain functions taking the connection first; the caller (coalition/importing.py, run on the
session's database thread) owns the transaction, so one file is applied all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from testimony.store.connection import Connection
from testimony.store.tx import now
from testimony.store.workspace_schema import EXPORT_INDEX, FTS_INSERT

_CHUNK = 500  # SQLite's default limit on ? parameters is far above this


@dataclass(frozen=True)
class RecordRow:
    export_id: str
    withdrawal_hash: str
    consent: str
    form: str
    form_version: int
    exported: str
    answers: dict[str, Any]
    texts: dict[str, str] | None
    quote: bool
    facet: str = ""  # the counted answers, compactly (coalition/analysis.py)
    # The person read every redaction in `texts`: True, False (accepted unread with --yes),
    # None (not known: testimony-export/1, or no words).
    reviewed: bool | None = None


@dataclass(frozen=True)
class LogEntry:
    fingerprint: str
    kind: str | None
    outcome: str
    reason: str | None = None
    added: int = 0
    duplicates: int = 0
    withdrawn_before: int = 0
    withdrawn: int = 0
    not_matched: int = 0
    not_found: int = 0


# -- identity ------------------------------------------------------------------------------


def store_identity(conn: Connection, secret: str, recipient: str) -> None:
    conn.execute(
        "INSERT INTO identity (id, secret, recipient, created_at) VALUES (1, ?, ?, ?)",
        (secret, recipient, now()),
    )


def read_identity(conn: Connection) -> tuple[str, str] | None:
    """(secret identity, public recipient), or None for a workspace without one."""
    row = conn.execute("SELECT secret, recipient FROM identity WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else None


def read_recipient(conn: Connection) -> str | None:
    row = conn.execute("SELECT recipient FROM identity WHERE id = 1").fetchone()
    return row[0] if row else None


# -- records -------------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def existing_ids(conn: Connection, export_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(export_ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT export_id FROM records WHERE export_id IN ({marks})"
        found.update(r[0] for r in conn.execute(sql, tuple(chunk)))
    return found


def withdrawn_pairs(conn: Connection, export_ids: Sequence[str]) -> set[tuple[str, str]]:
    """(export id, hash of the secret a withdrawal showed) for these ids, if withdrawn."""
    found: set[tuple[str, str]] = set()
    for chunk in _chunks(export_ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT export_id, withdrawal_hash FROM withdrawn WHERE export_id IN ({marks})"
        found.update((r[0], r[1]) for r in conn.execute(sql, tuple(chunk)))
    return found


def insert_records(conn: Connection, rows: Sequence[RecordRow]) -> int:
    """Add records; the number added. Ids already present must have been left out.

    Row ids are given here (after the largest one), so each record's words are filed under
    its row without looking its export id up again."""
    at = now()
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM records").fetchone()[0])
    before = conn.total_changes
    conn.executemany(
        "INSERT INTO records (id, export_id, withdrawal_hash, consent, form, form_version,"
        " exported, answers, facet, quote, imported_at, reviewed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                first + n,
                r.export_id,
                r.withdrawal_hash,
                r.consent,
                r.form,
                r.form_version,
                r.exported,
                json.dumps(r.answers, separators=(",", ":"), sort_keys=True),
                r.facet,
                1 if r.quote else 0,
                at,
                None if r.reviewed is None else int(r.reviewed),
            )
            for n, r in enumerate(rows)
        ),
    )
    added = conn.total_changes - before
    # The words go into their full-text index here, not by a trigger: a trigger's statement
    # makes FTS5 write out what it holds at each row. Newest first, as FTS5 writes a new
    # segment every time a row id (the record's, negated) is not above the last one: in this
    # order a bundle is one segment; in the other, one per record (ten times the CPU). The
    # body is made by the same SQL as the removal trigger's, so a removal names exactly the
    # words that went in (store/workspace_schema.py).
    texted = [
        (first + n, json.dumps(r.texts, separators=(",", ":"), sort_keys=True))
        for n, r in enumerate(rows)
        if r.texts
    ]
    conn.executemany("INSERT INTO record_texts (record_id, texts) VALUES (?, ?)", texted)
    conn.executemany(FTS_INSERT, ((-row_id, texts) for row_id, texts in reversed(texted)))
    return added


def all_export_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT export_id FROM records")}


def drop_export_index(conn: Connection) -> None:
    """For an import of many files (coalition/importing.py): each bundle's random ids would
    otherwise rewrite most of this index's pages. The caller then keeps uniqueness itself
    and calls build_export_index at the end; the session builds it on opening if not."""
    conn.execute("DROP INDEX IF EXISTS records_export")


def build_export_index(conn: Connection) -> None:
    conn.execute(EXPORT_INDEX)


def has_export_index(conn: Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'records_export'").fetchone()
    return row is not None


def record_hash(conn: Connection, export_id: str) -> str | None:
    row = conn.execute(
        "SELECT withdrawal_hash FROM records WHERE export_id = ?", (export_id,)
    ).fetchone()
    return row[0] if row else None


def delete_record(conn: Connection, export_id: str) -> None:
    conn.execute("DELETE FROM records WHERE export_id = ?", (export_id,))


def remember_withdrawal(conn: Connection, export_id: str, withdrawal_hash: str) -> None:
    conn.execute(
        "INSERT INTO withdrawn (export_id, withdrawal_hash, at) VALUES (?, ?, ?)"
        " ON CONFLICT(export_id, withdrawal_hash) DO NOTHING",
        (export_id, withdrawal_hash, now()),
    )


def is_withdrawn(conn: Connection, export_id: str, withdrawal_hash: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM withdrawn WHERE export_id = ? AND withdrawal_hash = ?",
        (export_id, withdrawal_hash),
    ).fetchone()
    return row is not None


def record_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM records").fetchone()[0])


def iter_answers(conn: Connection) -> Iterator[tuple[str, str, str, int, str]]:
    """(export id, consent, form, form version, answers JSON) of every record."""
    yield from conn.execute(
        "SELECT export_id, consent, form, form_version, answers FROM records ORDER BY id"
    )


def iter_facets(conn: Connection) -> Iterator[tuple[str, str]]:
    """(consent, facet) of every record: all that counting needs."""
    yield from conn.execute("SELECT consent, facet FROM records")


def quotable(conn: Connection) -> Iterator[tuple[str, str, str]]:
    """(export id, answers JSON, texts JSON) of records whose person allowed public quotes
    and read every redaction in them. The checks are in the SQL, so no other record's
    words are ever read for a report."""
    yield from conn.execute(
        "SELECT r.export_id, r.answers, t.texts FROM records r"
        " JOIN record_texts t ON t.record_id = r.id"
        " WHERE r.quote = 1 AND r.consent = 'quote' AND r.reviewed = 1 ORDER BY r.id"
    )


# -- the import log -------------------------------------------------------------------------


def log_import(conn: Connection, entry: LogEntry) -> None:
    conn.execute(
        "INSERT INTO import_log (at, fingerprint, kind, outcome, reason, added, duplicates,"
        " withdrawn_before, withdrawn, not_matched, not_found)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now(),
            entry.fingerprint,
            entry.kind,
            entry.outcome,
            entry.reason,
            entry.added,
            entry.duplicates,
            entry.withdrawn_before,
            entry.withdrawn,
            entry.not_matched,
            entry.not_found,
        ),
    )


def import_log(conn: Connection, limit: int = 200) -> list[tuple[str, LogEntry]]:
    """The newest entries first, each with its time."""
    rows = conn.execute(
        "SELECT at, fingerprint, kind, outcome, reason, added, duplicates, withdrawn_before,"
        " withdrawn, not_matched, not_found FROM import_log ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [(r[0], LogEntry(*r[1:])) for r in rows]
