"""An account being recorded that is only made once something is answered.

Pressing "Record what happened" by mistake and leaving must not leave an empty draft behind
(issue 12). The recording screens hold a DraftRef; the first save that has an answer in it
makes the account, on the database thread, and later saves go to it.

The ref is mutable on purpose and is only changed on the session's database thread: saves
are queued in order on that one thread, so two saves queued before the first returns
still make one account, not two. The GUI thread reads `id` once a save has come back.
"""

from __future__ import annotations

from dataclasses import dataclass

from testimony.core.audio import PcmFormat
from testimony.core.forms import AnswerValue
from testimony.core.types import Status
from testimony.services.accounts import create_draft, save_answers
from testimony.services.drafts import set_supported
from testimony.services.recordings import start_recording
from testimony.store.connection import Connection


@dataclass
class DraftRef:
    id: int | None = None
    supported: bool = False  # for the account when it is made


def save_draft(
    conn: Connection,
    ref: DraftRef,
    answers: dict[str, AnswerValue],
    status: Status | None = None,
) -> None:
    """Save the answers, making the account first if this is its first answer."""
    if ref.id is None:
        if not answers and status is None:
            return  # nothing answered: nothing to keep
        ref.id = create_draft(conn, supported=ref.supported)
    save_answers(conn, ref.id, answers, status)


def set_draft_supported(conn: Connection, ref: DraftRef, supported: bool) -> None:
    """Note whether someone is helping, now or when the account is made."""
    ref.supported = supported
    if ref.id is not None:
        set_supported(conn, ref.id, supported)


def start_draft_recording(conn: Connection, ref: DraftRef, question_id: str, fmt: PcmFormat) -> int:
    """Start a recording for the account, making the account first: speaking is answering."""
    if ref.id is None:
        ref.id = create_draft(conn, supported=ref.supported)
    return start_recording(conn, ref.id, question_id, fmt)
