"""Reading what could be exported from the vault, and recording the person's decisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from testimony.core.consent import Level
from testimony.core.errors import UnknownForm
from testimony.core.forms import load_form
from testimony.core.redaction import KnownDetails
from testimony.core.review import ReviewState, decisions_from_spans
from testimony.exporting.machine import machine_terms
from testimony.exporting.shareable import Shareable, shareable
from testimony.exporting.spoken import with_summaries
from testimony.store import accounts as store
from testimony.store.attachments import document_counts
from testimony.store.connection import Connection
from testimony.store.recordings import summaries as recording_summaries
from testimony.store.reviews import reviews_for, save_review
from testimony.store.settings import get_setting, set_setting

KNOWN_SETTING = "known_details"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Excluded:
    account_id: int
    reason: str  # "private" | "unknown_form" | "empty"


@dataclass(frozen=True)
class ExportPlan:
    accounts: tuple[Shareable, ...]
    excluded: tuple[Excluded, ...]
    # The vault's folder, whose name is taken out of every text (see machine.py); the
    # check at sealing uses it again.
    vault_folder: Path | None = None

    @property
    def needing_review(self) -> list[tuple[int, str]]:
        """(account id, question id) of every text that will not leave until reviewed."""
        return [
            (a.account_id, t.question_id)
            for a in self.accounts
            for t in a.texts
            if t.state is not ReviewState.CONFIRMED
        ]

    @property
    def leaving(self) -> tuple[Shareable, ...]:
        return tuple(a for a in self.accounts if a.has_content)


def load_known(conn: Connection) -> KnownDetails:
    """The "people and places I mention" list the person keeps in the vault."""
    raw = get_setting(conn, KNOWN_SETTING, {}) or {}
    names = {f.name for f in fields(KnownDetails)}
    return KnownDetails(**{k: v for k, v in raw.items() if k in names and v})


def save_known(conn: Connection, details: dict[str, Any]) -> None:
    names = {f.name for f in fields(KnownDetails)}
    set_setting(conn, KNOWN_SETTING, {k: v for k, v in details.items() if k in names})


def plan_export(
    conn: Connection,
    vault_folder: Path | None,
    account_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    assume_automatic: bool = False,
) -> ExportPlan:
    """What each chosen account (all when none are named) may share, and what may not.

    assume_automatic makes a preview in which unreviewed texts carry their automatic
    redactions; write_export refuses such a plan until accept_automatic has confirmed them.
    """
    ids = list(account_ids) if account_ids is not None else store.account_ids(conn)
    known = load_known(conn)
    machine = machine_terms(vault_folder)
    chosen: list[Shareable] = []
    excluded: list[Excluded] = []
    for n, account_id in enumerate(ids, 1):
        account = store.get_account(conn, account_id)
        if account is None:
            continue
        if account.consent is Level.PRIVATE:
            excluded.append(Excluded(account_id, "private"))
        else:
            try:
                form = load_form(account.form_id, account.form_version)
            except UnknownForm:
                excluded.append(Excluded(account_id, "unknown_form"))
            else:
                # Spoken answers leave only as the summaries typed beside them.
                account = with_summaries(account, form, recording_summaries(conn, account_id))
                view = shareable(
                    account, form, known, machine, reviews_for(conn, account_id), assume_automatic
                )
                if view is not None and (view.answers or view.texts):
                    documents = document_counts(conn, [account_id]).get(account_id, 0)
                    chosen.append(replace(view, documents=documents))
                else:
                    excluded.append(Excluded(account_id, "empty"))
        if progress:
            progress(n, len(ids))
    return ExportPlan(tuple(chosen), tuple(excluded), vault_folder)


def accept_automatic(conn: Connection, plan: ExportPlan) -> int:
    """Confirm, for every text not yet reviewed, the automatic redactions as shown.

    Used when a person accepts the preview on the command line; call inside a transaction.
    Returns how many texts were confirmed this way.
    """
    count = 0
    for account in plan.accounts:
        for piece in account.texts:
            if piece.state is not ReviewState.CONFIRMED:
                save_review(
                    conn,
                    account.account_id,
                    piece.question_id,
                    piece.text_hash,
                    decisions_from_spans(piece.detected),
                    confirmed=True,
                    automatic=True,  # nobody read these: the bundle will say so
                )
                count += 1
    return count
