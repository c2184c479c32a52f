"""What one account may share: built from its consent level, its form's export rules, the
redaction engine and the person's review. Pure functions over data already read."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from testimony.core.consent import Level, may_export, may_export_text, may_quote
from testimony.core.forms import AnswerValue, Form, Question
from testimony.core.redaction import KnownDetails, Pseudonyms, Span, detect, generalise, redact
from testimony.core.review import Review, ReviewState
from testimony.core.types import Account
from testimony.crypto.tokens import text_fingerprint
from testimony.exporting.machine import find_terms


@dataclass(frozen=True)
class TextToShare:
    question_id: str
    original: str
    text_hash: str
    detected: tuple[Span, ...]  # what the engine and the machine check found
    forced: tuple[Span, ...]  # machine details: always taken out
    state: ReviewState
    # The text as it will leave: None unless the review is confirmed — or, in a preview made
    # with assume_automatic, the automatic redactions the person is being asked to accept.
    redacted: str | None
    automatic: bool = False  # confirmed on the person's behalf (--yes): nobody read it


@dataclass(frozen=True)
class Shareable:
    account_id: int
    level: Level
    form_id: str
    form_version: int
    answers: dict[str, AnswerValue]  # structured, generalised
    texts: tuple[TextToShare, ...]  # only when the level allows words
    documents: int = 0  # how many files are attached: a count only, never their contents

    @property
    def quote(self) -> bool:
        return may_quote(self.level)

    @property
    def texts_leaving(self) -> dict[str, str]:
        return {t.question_id: t.redacted for t in self.texts if t.redacted is not None}

    @property
    def reviewed(self) -> bool:
        """The person read and confirmed every text that leaves (none accepted unread)."""
        leaving = [t for t in self.texts if t.redacted is not None]
        return bool(leaving) and all(
            t.state is ReviewState.CONFIRMED and not t.automatic for t in leaving
        )

    @property
    def has_content(self) -> bool:
        return bool(self.answers or self.texts_leaving)


def shareable(
    account: Account,
    form: Form,
    known: KnownDetails | None,
    machine: tuple[str, ...],
    reviews: dict[str, Review],
    assume_automatic: bool = False,
) -> Shareable | None:
    """The view of an account that its consent allows to leave, or None if it is private.

    This is where consent is enforced: whatever the caller asks, a private account gives
    nothing and "count it" gives no words. With assume_automatic, texts not yet reviewed
    show the automatic redactions (a preview for the person to accept; write_export refuses
    such a view until the reviews are confirmed).
    """
    level = account.consent
    if not may_export(level):
        return None
    answers = {}
    for q in form.questions:
        value = account.answers.get(q.id)
        if value is not None and q.type != "text":
            kept = _structured(q, value)
            if kept is not None:
                answers[q.id] = kept
    texts: tuple[TextToShare, ...] = ()
    if may_export_text(level):
        pseudonyms = Pseudonyms()  # one numbering of people across this account's texts
        written = {
            q.id: value
            for q in form.text_questions
            if q.export == "redact"
            and isinstance(value := account.answers.get(q.id), str)
            and value.strip()
        }
        texts = tuple(
            _text(q, written[q.id], known, machine, reviews.get(q.id), pseudonyms, assume_automatic)
            for q in form.text_questions
            if q.id in written
        )
    return Shareable(account.id, level, form.id, form.version, answers, texts)


def _structured(q: Question, value: AnswerValue) -> AnswerValue | None:
    if q.export == "keep":
        return value
    if q.export == "generalise" and isinstance(value, str):
        rule = {"month": generalise.to_month, "quarter": generalise.to_quarter}.get(
            q.generalise or "month", generalise.to_month
        )
        if q.generalise == "year":
            return value[:4] if len(value) >= 4 and value[:4].isdigit() else None
        return rule(value)
    return None  # "never", "redact" and anything unknown stay behind


def _text(
    q: Question,
    text: str,
    known: KnownDetails | None,
    machine: tuple[str, ...],
    review: Review | None,
    pseudonyms: Pseudonyms,
    assume_automatic: bool,
) -> TextToShare:
    text_hash = review_fingerprint(text, known)
    forced = tuple(find_terms(text, machine))
    state = review.state_for(text_hash) if review else ReviewState.MISSING
    redacted = None
    automatic = state is not ReviewState.CONFIRMED or (review is not None and review.automatic)
    if state is ReviewState.CONFIRMED and review is not None:
        # The person's decisions are final for this exact text: apply them, do not detect
        # again (detection is the slow part, and it ran when they reviewed).
        detected = tuple(d.as_span() for d in review.decisions)
        redacted = redact(text, [*review.spans_to_redact(), *forced], pseudonyms).text
    else:
        detected = tuple(detect(text, known))
        if assume_automatic:
            redacted = redact(text, [*detected, *forced], pseudonyms).text
    return TextToShare(q.id, text, text_hash, detected, forced, state, redacted, automatic)


def review_fingerprint(text: str, known: KnownDetails | None) -> str:
    """What a review was made against: the exact text and the "people and places I
    mention" list as it was. Changing either makes the review stale, so a name added to the
    list later is looked for again before the words may leave."""
    listed = json.dumps(asdict(known) if known else {}, sort_keys=True, ensure_ascii=False)
    return text_fingerprint(text + "\x00" + listed)
