"""The person's review of what redaction found in one text, before it may leave.

A review is valid only for the exact text it was made on (its fingerprint); any edit to the
account afterwards makes it stale, and stale or unconfirmed reviews let no text out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from testimony.core.redaction import Span

# Details of the machine (user name, host name, the vault's folder) are always taken out:
# they identify the person and say nothing about what happened.
FORCED_TYPE = "DEVICE"


class ReviewState(StrEnum):
    CONFIRMED = "confirmed"
    STALE = "stale"  # confirmed once, but the text has changed since
    UNCONFIRMED = "unconfirmed"  # started, not confirmed
    MISSING = "missing"


@dataclass(frozen=True)
class Decision:
    start: int
    end: int
    type: str
    redact: bool
    manual: bool = False  # text the person selected themselves
    reasons: tuple[str, ...] = ()  # why the engine found it (also picks the label, e.g. a role)

    def as_span(self) -> Span:
        return Span(self.start, self.end, self.type, ("manual",) if self.manual else self.reasons)


@dataclass(frozen=True)
class Review:
    question_id: str
    text_hash: str
    decisions: tuple[Decision, ...]
    confirmed: bool
    # Confirmed on the person's behalf (the command line's --yes): the automatic redactions
    # stand, but nobody read them. The bundle says so per record (docs/coalition.md).
    automatic: bool = False

    def state_for(self, text_hash: str) -> ReviewState:
        if self.text_hash != text_hash:
            return ReviewState.STALE
        return ReviewState.CONFIRMED if self.confirmed else ReviewState.UNCONFIRMED

    def spans_to_redact(self) -> list[Span]:
        return [d.as_span() for d in self.decisions if d.redact]


def decisions_from_spans(spans: Iterable[Span], redact: bool = True) -> tuple[Decision, ...]:
    """Start a review: every detected span proposed for redaction."""
    return tuple(Decision(s.start, s.end, s.type, redact, reasons=s.reasons) for s in spans)


def decisions_to_json(decisions: Iterable[Decision]) -> list[dict[str, Any]]:
    return [
        {
            "start": d.start,
            "end": d.end,
            "type": d.type,
            "redact": d.redact,
            "manual": d.manual,
            "reasons": list(d.reasons),
        }
        for d in decisions
    ]


def decisions_from_json(raw: Any) -> tuple[Decision, ...]:
    if not isinstance(raw, list):
        return ()
    out = []
    for d in raw:
        try:
            out.append(
                Decision(
                    int(d["start"]),
                    int(d["end"]),
                    str(d["type"]),
                    bool(d["redact"]),
                    bool(d.get("manual", False)),
                    tuple(str(r) for r in d.get("reasons", ())),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry is dropped; the review then shows the span again
    return tuple(out)


def apply_to_all(
    text: str, decisions: tuple[Decision, ...], index: int, redact: bool
) -> tuple[Decision, ...]:
    """Accept or reject one span and every other span with the same words (any case)."""
    target = text[decisions[index].start : decisions[index].end].casefold()
    return tuple(
        Decision(d.start, d.end, d.type, redact, d.manual, d.reasons)
        if text[d.start : d.end].casefold() == target
        else d
        for d in decisions
    )


def add_manual(
    text: str, decisions: tuple[Decision, ...], start: int, end: int, span_type: str = "OTHER"
) -> tuple[Decision, ...]:
    """The person selected text the engine missed: redact it (trimmed of outer spaces)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return decisions
    kept = tuple(d for d in decisions if d.end <= start or d.start >= end)
    new = Decision(start, end, span_type, True, manual=True)
    return tuple(sorted((*kept, new), key=lambda d: d.start))
