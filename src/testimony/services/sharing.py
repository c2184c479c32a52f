"""Sharing, as the sharing screens see it: one account's review, the choices before an
export, the export and the withdrawal notice, what was shared; and the pure sums the screens
show (starting decisions, the preview of what will leave).

The screens reach exporting/, store/ and crypto/ only through here (docs/architecture.md,
"Layers"). Functions that take the connection first run on the session's database thread:
the screens hand them to Session.submit. Nothing here is SQL, and nothing writes a file
except through exporting.write, which only ever writes sealed files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testimony.core.errors import ExportRefused
from testimony.core.forms import Form, load_form
from testimony.core.redaction import KnownDetails, Pseudonyms, Span, detect, redact
from testimony.core.review import (
    Decision,
    Review,
    ReviewState,
    apply_to_all,
    decisions_from_json,
    decisions_from_spans,
    decisions_to_json,
)
from testimony.crypto.age import fingerprint, parse_recipient
from testimony.exporting.bundle import export_month
from testimony.exporting.plan import Excluded, load_known, plan_export, save_known
from testimony.exporting.shareable import Shareable, TextToShare
from testimony.exporting.write import ExportResult, write_export, write_withdrawal
from testimony.store.accounts import account_rows
from testimony.store.connection import Connection
from testimony.store.reviews import reviews_for, save_review
from testimony.store.sharing import (
    ExportItem,
    Receipt,
    Recipient,
    add_recipient,
    list_recipients,
    receipt_recipients,
    receipts,
    remove_recipient,
)

# Plain data and small pure checks the screens use as they are.
__all__ = [
    "Choices",
    "ExportItem",
    "ExportResult",
    "Receipt",
    "Recipient",
    "ReviewData",
    "Shareable",
    "Shared",
    "TextToShare",
    "add_recipient",
    "export_month",
    "fingerprint",
    "has_new_spans",
    "list_recipients",
    "load_choices",
    "load_review",
    "load_shared",
    "parse_recipient",
    "preview_texts",
    "read_key_file",
    "remove_recipient",
    "run_export",
    "run_withdrawal",
    "same_everywhere",
    "save_decisions",
    "save_known_and_reload",
    "starting_decisions",
]

# -- one account's review --------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewData:
    account_id: int
    title: str
    form: Form | None
    view: Shareable | None  # None: nothing of this account may leave
    excluded: str = ""  # why, when view is None
    reviews: dict[str, Review] = field(default_factory=dict)
    known: KnownDetails = field(default_factory=KnownDetails)
    # What detection finds in each text now. For a confirmed text the plan carries the
    # person's decisions instead, so this is how the screen sees names added to the list
    # since, and why each span was found.
    found: dict[str, tuple[Span, ...]] = field(default_factory=dict)


def load_review(
    conn: Connection, folder: Path | None, account_id: int, language: str = "en"
) -> ReviewData:
    """What this account would share, as the export pipeline itself builds it; questions
    worded in `language`, the one the screen shows."""
    rows = account_rows(conn, [account_id])
    if not rows:
        raise KeyError(account_id)
    plan = plan_export(conn, folder, [account_id])
    view = plan.accounts[0] if plan.accounts else None
    form = load_form(view.form_id, view.form_version, language) if view else None
    reason = plan.excluded[0].reason if plan.excluded else ""
    known = load_known(conn)
    found = {t.question_id: tuple(detect(t.original, known)) for t in (view.texts if view else ())}
    return ReviewData(
        account_id, rows[0].title, form, view, reason, reviews_for(conn, account_id), known, found
    )


def save_known_and_reload(
    conn: Connection, folder: Path | None, account_id: int, details: dict[str, Any]
) -> ReviewData:
    save_known(conn, details)
    return load_review(conn, folder, account_id)


def save_decisions(
    conn: Connection,
    account_id: int,
    items: Sequence[tuple[str, str, tuple[Decision, ...]]],
    confirmed: bool,
) -> None:
    """Store the person's choices for each (question, text fingerprint). Call in one
    transaction (Session.submit_write) so a confirmation is all or nothing."""
    for question_id, text_hash, decisions in items:
        save_review(conn, account_id, question_id, text_hash, decisions, confirmed)


def starting_decisions(
    piece: TextToShare, review: Review | None, detected: tuple[Span, ...]
) -> tuple[Decision, ...]:
    """The choices to show: the saved ones if they are for this exact text, else every span
    detected, proposed for taking out. Anything detected since (a name added to the list)
    is added, proposed for taking out."""
    if review is None or piece.state in (ReviewState.STALE, ReviewState.MISSING):
        return decisions_from_spans(detected)
    found = {(s.start, s.end): s for s in detected}
    restored = [
        Decision(
            d.start,
            d.end,
            d.type,
            d.redact,
            d.manual,
            d.reasons or (found[(d.start, d.end)].reasons if (d.start, d.end) in found else ()),
        )
        for d in review.decisions
    ]
    new = [s for s in detected if not any(_overlap(s, d) for d in restored)]
    return tuple(sorted((*restored, *decisions_from_spans(new)), key=lambda d: d.start))


def has_new_spans(piece: TextToShare, review: Review | None, detected: tuple[Span, ...]) -> bool:
    """Confirmed, but detection now finds something the person has not decided on."""
    if review is None or piece.state is not ReviewState.CONFIRMED:
        return False
    return any(not any(_overlap(s, d) for d in review.decisions) for s in detected)


def preview_texts(view: Shareable, decisions: dict[str, tuple[Decision, ...]]) -> dict[str, str]:
    """Each text exactly as it will leave once these choices are confirmed.

    The same steps as exporting.shareable for a confirmed review: the choices as the vault
    stores them, the machine details always added, one numbering of people per account in
    the form's order.
    """
    pseudonyms = Pseudonyms()
    out: dict[str, str] = {}
    for piece in view.texts:
        chosen = decisions.get(piece.question_id, ())
        stored = decisions_from_json(decisions_to_json(chosen))
        spans = Review(piece.question_id, piece.text_hash, stored, True).spans_to_redact()
        out[piece.question_id] = redact(piece.original, [*spans, *piece.forced], pseudonyms).text
    return out


def same_everywhere(
    texts: dict[str, str], decisions: dict[str, tuple[Decision, ...]], words: str, redact: bool
) -> tuple[dict[str, tuple[Decision, ...]], int]:
    """Take out (or keep) these words everywhere they were found in the account's texts, in
    any case. Returns the new choices and how many others changed."""
    target = " ".join(words.split()).casefold()
    out, changed = dict(decisions), 0
    for qid, chosen in decisions.items():
        text = texts[qid]
        same = [
            i
            for i, d in enumerate(chosen)
            if " ".join(text[d.start : d.end].split()).casefold() == target
        ]
        if same:
            out[qid] = apply_to_all(text, chosen, same[0], redact)
            changed += sum(1 for i in same if chosen[i].redact != redact)
    return out, changed


def _overlap(a: Span | Decision, b: Span | Decision) -> bool:
    return a.start < b.end and b.start < a.end


# -- choosing and exporting ------------------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    accounts: tuple[Shareable, ...]
    excluded: tuple[Excluded, ...]
    titles: dict[int, str]
    recipients: tuple[Recipient, ...]


def load_choices(conn: Connection, folder: Path | None) -> Choices:
    plan = plan_export(conn, folder)
    ids = [a.account_id for a in plan.accounts] + [x.account_id for x in plan.excluded]
    titles = {row.id: row.title for row in account_rows(conn, ids)}
    return Choices(plan.accounts, plan.excluded, titles, tuple(list_recipients(conn)))


def run_export(
    conn: Connection,
    folder: Path | None,
    account_ids: Sequence[int],
    recipients: Sequence[tuple[str, str]],
    out: Path,
    progress: Callable[[str], None],
    cancelled: Callable[[], bool],
) -> ExportResult:
    """Plan again from what is in the vault now, then seal and write."""
    progress("plan")
    plan = plan_export(conn, folder, account_ids)
    if plan.needing_review:
        raise ExportRefused("review missing")
    return write_export(conn, plan, recipients, out, progress, cancelled)


# -- what was shared -------------------------------------------------------------------------


@dataclass(frozen=True)
class Shared:
    receipts: tuple[Receipt, ...]
    titles: dict[int, str]


def load_shared(conn: Connection) -> Shared:
    found = receipts(conn)
    ids = sorted({i.account_id for r in found for i in r.items if i.account_id is not None})
    titles = {row.id: row.title for row in account_rows(conn, ids)}
    return Shared(tuple(found), titles)


def run_withdrawal(conn: Connection, export_ids: Sequence[str], out: Path) -> list[str]:
    """A sealed notice for these records, to the keys their export was sealed to."""
    keys = [key for _name, key in receipt_recipients(conn, export_ids[0])]
    if not keys:
        raise ExportRefused("no recipients")
    return write_withdrawal(conn, export_ids, keys, out)


def read_key_file(path: Path, limit: int) -> str:
    """The text of a file that should hold a coalition's public key, or "" if it cannot be
    read, is not text, or is larger than `limit` bytes (a key file is a line or two)."""
    try:
        with path.open("rb") as f:
            raw = f.read(limit + 1)
        return raw.decode("utf-8") if len(raw) <= limit else ""
    except (OSError, UnicodeDecodeError):
        return ""
