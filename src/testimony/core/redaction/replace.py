"""Replacing spans with typed labels that stay consistent across one account's texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from testimony.core.redaction.roles import ROLE_LABELS, ROLE_TITLES, TITLES
from testimony.core.redaction.spans import Span, merge_spans

LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "POLICE_OFFICER": "POLICE OFFICER",
    "STAFF": "STAFF",
    "PLACE": "PLACE",
    "ORGANISATION": "ORGANISATION",
    "ADDRESS": "ADDRESS",
    "POSTCODE": "POSTCODE",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "URL": "URL",
    "HANDLE": "HANDLE",
    "NHS_NUMBER": "NHS NUMBER",
    "NI_NUMBER": "NI NUMBER",
    "PASSPORT": "PASSPORT NUMBER",
    "DRIVING_LICENCE": "DRIVING LICENCE",
    "VEHICLE_REG": "VEHICLE REG",
    "CARD_NUMBER": "CARD NUMBER",
    "IBAN": "BANK ACCOUNT",
    "IP_ADDRESS": "IP ADDRESS",
    "REFERENCE": "REFERENCE",
    "DATE": "DATE",
    "TIME": "TIME",
    "AGE": "AGE",
    "GROUP": "GROUP",
    "OTHER": "REMOVED",  # text the person selected themselves
    "DEVICE": "REMOVED",  # this computer's details
}

_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
# The same titles the detectors use (roles.py), so "Sergeant Lewis" and "Lewis" are one person.
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(sorted(TITLES | set(ROLE_TITLES), key=len, reverse=True)) + r")\.?\s+)+",
    re.IGNORECASE,
)


def _surface_key(surface: str) -> str:
    key = " ".join(surface.casefold().split())
    key = _POSSESSIVE_RE.sub("", key)
    return _TITLE_RE.sub("", key)


@dataclass
class Pseudonyms:
    """Numbers people consistently across several texts of one account.

    The same surface form (case-folded, possessive and title stripped) always gets the same
    label; a first name or surname alone gets the label of a full name that contains it.
    """

    _people: dict[str, str] = field(default_factory=dict)

    def label(self, span: Span, surface: str) -> str:
        if span.type == "PERSON":
            return self._person(surface)
        if span.type in ("STAFF", "POLICE_OFFICER"):
            return "[" + _role_label(span) + "]"
        return "[" + LABELS.get(span.type, span.type.replace("_", " ")) + "]"

    def _person(self, surface: str) -> str:
        key = _surface_key(surface)
        if key in self._people:
            return self._people[key]
        parts = set(key.split())
        for known_key, label in self._people.items():
            known_parts = set(known_key.split())
            if parts and (parts <= known_parts or known_parts <= parts):
                self._people[key] = label
                return label
        label = f"[PERSON {len(set(self._people.values())) + 1}]"
        self._people[key] = label
        return label


def _role_label(span: Span) -> str:
    for reason in reversed(span.reasons):
        if reason.startswith("role:"):
            return ROLE_LABELS.get(reason[5:], "STAFF")
    return LABELS[span.type]


@dataclass(frozen=True)
class Redacted:
    text: str
    replacements: tuple[tuple[Span, str], ...]


def label_for(span: Span, surface: str, pseudonyms: Pseudonyms | None = None) -> str:
    return (pseudonyms or Pseudonyms()).label(span, surface)


def redact(text: str, spans: list[Span], pseudonyms: Pseudonyms | None = None) -> Redacted:
    """Replace each span with its label. Spans are clamped to the text and merged first."""
    pseudonyms = pseudonyms if pseudonyms is not None else Pseudonyms()
    n = len(text)
    clean = merge_spans(
        Span(max(0, min(s.start, n)), max(0, min(s.end, n)), s.type, s.reasons) for s in spans
    )
    pieces: list[str] = []
    done: list[tuple[Span, str]] = []
    pos = 0
    for span in clean:
        label = pseudonyms.label(span, text[span.start : span.end])
        pieces.append(text[pos : span.start])
        pieces.append(label)
        done.append((span, label))
        pos = span.end
    pieces.append(text[pos:])
    return Redacted("".join(pieces), tuple(done))
