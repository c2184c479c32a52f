"""Phone numbers: a cheap regex finds digit runs, `phonenumbers` (offline metadata) judges them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from testimony.core.redaction.spans import Span

# Digit groups joined by single spaces, dots, dashes or a bracketed area code.
CANDIDATE_RE = re.compile(
    r"(?<![\w+/.\-])(?:\+|00)?[ ]?(?:\(\s?\d{1,5}\s?\)[ .\-]?)?\d{1,12}"
    r"(?:(?:[ .\-]|[ ]?\(\d{1,5}\)[ ]?)\d{1,12}){0,6}(?![\w/]|\.\d)"
)
_CONTEXT_RE = re.compile(
    r"\b(?:phone[ds]?|phoning|tel|telephone|mobile|mob|call|called|calling|ring|rang|rings|ringing|"
    r"text|texted|txt|fax|number|"
    r"contact|reach|whatsapp|answering|messages?|office|cell|landline|no)\b",
    re.IGNORECASE,
)
_UK_GROUPS_RE = re.compile(r"0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}|0\d{2}[ -]?\d{4}[ -]?\d{4}")
_SEPARATED_RE = re.compile(r"\d[ .\-()]+\d")
_DATE_LIKE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[.\-]\d{1,2}[.\-](?:19|20)\d{2}$")


def find_phones(text: str) -> Iterator[Span]:
    for m in CANDIDATE_RE.finditer(text):
        raw = m.group().strip()
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        reason = _judge(raw, text, start, start + len(raw))
        if reason:
            yield Span(start, start + len(raw), "PHONE", (reason,))


def _judge(raw: str, text: str, start: int, end: int) -> str | None:
    digits = sum(ch.isdigit() for ch in raw)
    if digits < 7 or digits > 15 or _DATE_LIKE_RE.search(raw):
        return None
    if raw.startswith(("+", "00")):
        if _possible(raw.replace("00", "+", 1) if raw.startswith("00") else raw, None):
            return "pattern:phone_intl"
        return None
    # national format starts with 0 and has 10 or 11 digits; phonenumbers would also accept
    # "1234567890" for GB. (Counting digits first keeps long runs of "12 12 12" cheap.)
    if raw.lstrip("(").startswith("0") and 10 <= digits <= 11 and _valid(raw, "GB"):
        return "pattern:phone_gb"
    # Ofcom's ranges for drama (07700 900xxx, 01632 960xxx) are not "valid" numbers, yet
    # they are how people write a number down in an example or a story: an 0-led number of
    # eleven digits in UK groups is a phone number either way.
    if raw.startswith("0") and digits == 11 and _UK_GROUPS_RE.fullmatch(raw):
        return "pattern:phone_gb"
    separated = _SEPARATED_RE.search(raw) is not None
    if separated or digits >= 9:
        if _CONTEXT_RE.search(text, max(0, start - 40), start):
            return "context:phone"
        if _CONTEXT_RE.search(text, end, min(len(text), end + 12)):
            return "context:phone"
    if separated and ("(" in raw or (10 <= digits <= 11 and _valid(raw, "US"))):
        return "pattern:phone_us"
    return None


def _valid(raw: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, region))
    except phonenumbers.NumberParseException:
        return False


def _possible(raw: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(raw, region))
    except phonenumbers.NumberParseException:
        return False
