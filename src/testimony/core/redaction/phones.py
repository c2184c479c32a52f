"""Phone numbers: a cheap regex finds digit runs, `phonenumbers` (offline metadata) judges them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

import phonenumbers

from testimony.core.redaction.scan import Caseless
from testimony.core.redaction.spans import Span

# Digit groups joined by single spaces, dots, dashes or a bracketed area code.
CANDIDATE_RE = re.compile(
    r"(?<![\w+/.\-])(?:\+|00)?[ ]?(?:\(\s?\d{1,5}\s?\)[ .\-]?)?\d{1,12}"
    r"(?:(?:[ .\-]|[ ]?\(\d{1,5}\)[ ]?)\d{1,12}){0,6}(?![\w/]|\.\d)"
)
_CONTEXT_RE = Caseless(
    r"\b(?:phone[ds]?|phoning|tel|telephone|mobile|mob|call|called|calling|ring|rang|rings|ringing|"
    r"text|texted|txt|fax|number|"
    r"contact|reach|whatsapp|answering|messages?|office|cell|landline|no)\b"
)
_UK_GROUPS_RE = re.compile(r"0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}|0\d{2}[ -]?\d{4}[ -]?\d{4}")
_DIGIT_RE = re.compile(r"\d")
_SEPARATED_RE = re.compile(r"\d[ .\-()]+\d")
_DATE_LIKE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[.\-]\d{1,2}[.\-](?:19|20)\d{2}$")


def find_phones(text: str) -> Iterator[Span]:
    context = _Context(text)
    for m in CANDIDATE_RE.finditer(text):
        raw = m.group().strip()
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        reason = _judge(raw, context, start, start + len(raw))
        if reason:
            yield Span(start, start + len(raw), "PHONE", (reason,))


class _Context:
    """Is a word like "phone" or "call" in a stretch of the text? A few questions are asked
    of the text itself; after many (a long run of digit groups, each a candidate) the words
    are found once and looked up, so the cost stays linear."""

    __slots__ = ("asked", "ends", "starts", "text")
    _FEW = 200

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked = 0
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def near(self, lo: int, hi: int) -> bool:
        lo, hi = max(0, lo), min(len(self.text), hi)
        self.asked += 1
        if self.asked <= self._FEW:
            return _CONTEXT_RE.search(self.text, lo, hi) is not None
        if self.starts is None:
            found = [m.span() for m in _CONTEXT_RE.finditer(self.text)]
            self.starts = [a for a, _b in found]
            self.ends = [b for _a, b in found]
        i = bisect_left(self.starts, lo)
        return i < len(self.starts) and self.ends[i] <= hi


def _judge(raw: str, context: _Context, start: int, end: int) -> str | None:
    digits = len(_DIGIT_RE.findall(raw))
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
    if (separated or digits >= 9) and (
        context.near(start - 40, start) or context.near(end, end + 12)
    ):
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
