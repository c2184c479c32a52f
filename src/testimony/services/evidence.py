"""What the person's own papers are made from: a readable copy of one account and letters
drafted from it. Every function takes the connection first and runs on the database thread;
nothing is written to disk except by save_new_file, when the person has chosen where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from testimony.core.consent import ConsentRecord
from testimony.core.errors import FormError, TargetExists, UnknownAccount
from testimony.core.forms import Form, load_form
from testimony.core.letter_templates import load_template
from testimony.core.letters import Letter, Sender, answer_values, fill, letter_date
from testimony.core.types import Account
from testimony.services.attachments import Attachment, list_attachments
from testimony.services.recordings import recordings_for
from testimony.store import accounts as accounts_store
from testimony.store import letters as letters_store
from testimony.store.connection import Connection
from testimony.store.consent import consent_history
from testimony.store.files import atomic_write
from testimony.store.tx import erase


@dataclass(frozen=True)
class RecordingSummary:
    question_id: str
    seconds: float
    summary: str


@dataclass(frozen=True)
class ReadableCopy:
    account: Account
    form: Form | None  # None when this version of Testimony does not know the form
    history: tuple[ConsentRecord, ...]
    attachments: tuple[Attachment, ...]
    recordings: tuple[RecordingSummary, ...]


def readable_copy(conn: Connection, account_id: int) -> ReadableCopy:
    account = _account(conn, account_id)
    try:
        form: Form | None = load_form(account.form_id, account.form_version)
    except FormError:
        form = None
    return ReadableCopy(
        account,
        form,
        tuple(consent_history(conn, account_id)),
        list_attachments(conn, account_id),
        recording_summaries(conn, account_id),
    )


def recording_summaries(conn: Connection, account_id: int) -> tuple[RecordingSummary, ...]:
    """The account's recordings, with the summaries typed beside them. The sound itself
    never goes into a copy: only its question, length and the person's own summary."""
    return tuple(
        RecordingSummary(question_id=r.question_id, seconds=r.seconds, summary=r.summary)
        for r in recordings_for(conn, account_id)
    )


def draft_letter(
    conn: Connection,
    account_id: int,
    kind: str,
    organisation: str,
    organisation_type: str,
    sender: Sender | None = None,
    today: date | None = None,
    nation: str = "england",
    language: str = "en",
) -> Letter:
    """A first draft for the person to read and change, in `language` (the app's, as for
    the question set) by the route of the `nation` the organisation is in. Without a sender
    given, the name and address they chose to keep are used, if any."""
    account = _account(conn, account_id)
    try:
        form: Form | None = load_form(account.form_id, account.form_version, language)
    except FormError:
        form = None
    if sender is None:
        sender = saved_sender(conn) or Sender()
    template = load_template(kind, language=language)
    return fill(
        template,
        account.answers,
        answer_values(form, account.answers, template.words),
        organisation,
        organisation_type,
        sender,
        letter_date(today or date.today(), template.words),
        nation,
    )


def saved_sender(conn: Connection) -> Sender | None:
    row = letters_store.get_sender(conn)
    return Sender(*row) if row else None


def keep_sender(conn: Connection, sender: Sender) -> None:
    """Keep the name and address in the vault for the next letter; call in a transaction."""
    letters_store.set_sender(conn, sender.name.strip(), sender.address.strip())


def forget_sender(conn: Connection) -> None:
    """Call outside a transaction: the checkpoint after it leaves no older copy in the log."""
    erase(conn, letters_store.clear_sender, conn)


def _account(conn: Connection, account_id: int) -> Account:
    account = accounts_store.get_account(conn, account_id)
    if account is None:
        raise UnknownAccount("no such account", account_id=account_id)
    return account


def save_new_file(target: Path, data: bytes) -> None:
    """Write a PDF the person asked for, in one step (a temporary name beside it, then a
    rename), owner-only, and never over a file that is already there."""
    if target.exists():
        raise TargetExists("file exists")
    atomic_write(target, data)
