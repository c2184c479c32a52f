"""Dates, times and ages as people write them: "14th March", "at 3am", "a 19 year old"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from testimony.core.redaction.ages import find_context_ages
from testimony.core.redaction.scan import Caseless, near
from testimony.core.redaction.spans import Span

# with common misspellings ("Febuary", "Agust") and the Welsh names ("Ebrill 12")
_MONTH = (
    r"(?i:Jan(?:uary|urary|uray)?|Feb(?:ruary|uary|urary|rary)?|Mar(?:ch)?|Apr(?:il)?|Apirl|"
    r"May|June?|July?|Aug(?:ust|est)?|Agust|Sep(?:t(?:ember|emper)?)?|Oct(?:ober|orber)?|"
    r"Nov(?:ember|emeber)?|Dec(?:ember|emeber)?|Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|"
    r"Gorffennaf|Awst|Hydref|Tachwedd|Rhagfyr)\.?"
)
_MONTH_SAFE = (  # month names that are not also everyday words ("may", "march", "jan")
    r"(?:(?i:January|February|April|June|July|August|September|October|November|December)|"
    r"(?:Feb|Apr|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
# with the spellings people use ("wensday", "tusday", "saterday")
_DAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|munday|tu(?:e)?s(?:e)?day|"
    r"wen(?:e)?sday|wendsday|wednsday|wedensday|thur(?:e)?sday|thirsday|thurday|fryday|"
    r"sat(?:e|u)rday|satuday|sundey)"
)
_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORD_SUFFIXED = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)"
_DAY_SHORT = r"(?i:mon|tues?|weds?|thurs?|thu|fri|sat|sun)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_HOLIDAY = (
    r"(?:(?:Christmas|Xmas)(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year'?s?(?:\s+(?:Eve|Day))?|"
    r"Easter(?:\s+(?:Sunday|Monday|weekend))?|Good\s+Friday|Eid(?:\s+al-\w+)?|Diwali|"
    r"Ramadan|Hanukkah|Halloween|Bonfire\s+Night|Valentine'?s\s+Day|Mother'?s\s+Day|"
    r"Father'?s\s+Day|bank\s+holiday(?:\s+Monday)?)"
)

# Each pattern has a guard: words one of which must be in the lower-cased text for the
# pattern to be worth running ("" = a digit). Skipping patterns keeps redaction fast.
_MONTH_STEMS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("apirl", "agust", "ionawr", "chwefror", "mawrth", "ebrill", "mehefin", "gorffennaf"),
    *("awst", "hydref", "tachwedd", "rhagfyr"),
)
_DAY_STEMS = ("day",)
_HOLIDAY_STEMS = (
    "christmas",
    "xmas",
    "boxing",
    "new year",
    "easter",
    "good friday",
    "eid",
    "diwali",
    "ramadan",
    "hanukkah",
    "halloween",
    "bonfire",
    "valentine",
    "mother",
    "father",
    "holiday",
)
_DIGIT = ("",)

DATE_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # ISO dates, with a time if one follows
    (
        _DIGIT,
        re.compile(
            r"(?:1(?<!\w1)[89]|2(?<!\w2)0)\d\d-[01]\d-[0-3]\d"
            r"(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\b"
        ),
    ),
    # 14/03/2024, 7/14/1995, 14.03.24
    (
        _DIGIT,
        re.compile(
            r"\d(?<![\d/.]\d)(?:\d?[/.\-][01]?\d[/.\-](?:\d{4}|\d{2})|\d?/[0-3]?\d/\d{4})"
            r"(?![\d/]|\.\d)"
        ),
    ),
    # (Tuesday,) 14th (of) March (2024)
    (
        _MONTH_STEMS,
        re.compile(
            r"\b(?:"
            + _DAY
            + r",?\s+(?:the\s+)?)?"
            + _ORD
            + r"\s+(?:of\s+)?"
            + _MONTH
            + r"(?:,?\s+"
            + _YEAR
            + r")?\b"
        ),
    ),
    # March 14th(, 2024) / March 2024
    (
        _MONTH_STEMS,
        re.compile(
            r"\b" + _MONTH + r"\s+(?:" + _ORD + r"(?:,?\s+" + _YEAR + r")?|" + _YEAR + r")\b"
        ),
    ),
    (
        ("tue", "wed", "thu", "fri", "sat", "sun", "mon"),
        re.compile(
            r"\b(?:(?i:last|next|this|on|that)\s+)(?:(?i:tues?|weds?|thurs?|fri)\b"
            r"(?:\s+(?i:night|nite|morning|afternoon|evening))?"
            r"|(?i:sat|sun|mon)\s+(?i:night|nite|morning|afternoon|evening)\b)"
        ),
    ),
    # weekdays and holidays, with last/next/this/on
    (
        _DAY_STEMS,
        re.compile(
            r"\b(?:(?i:last|next|this|on|that)\s+)?" + _DAY + r"(?:\s+(?i:morning|afternoon|"
            r"evening|night|nite))?\b"
        ),
    ),
    (
        _HOLIDAY_STEMS,
        re.compile(
            r"\b(?:(?i:last|next|this|that)\s+)?(?i:"
            + _HOLIDAY
            + r")(?:,?\s+(?:of\s+)?"
            + _YEAR
            + r")?\b"
        ),
    ),
    # a month named without a day: only the unambiguous month words
    (
        _MONTH_STEMS,
        re.compile(
            r"\b(?:(?i:last|next|this|early|late|mid|in|since|until)[\s-]+)?" + _MONTH_SAFE + r"\b"
        ),
    ),
    (
        ("march", "may", "jan"),
        re.compile(
            r"\b(?i:in|since|until|last|during|of|by|early|late|mid)[\s-]+(?:March|May|Jan|MARCH|MAY)\b"
        ),
    ),
    # years
    (_DIGIT, re.compile(r"(?:1[89]|20)(?<![\w£$€.,/-]..)\d\d(?:s|'s)?(?![\d%/-])")),
    (
        ("summer", "winter", "spring", "autumn"),
        re.compile(
            r"\b(?i:(?:the\s+)?(?:summer|winter|spring|autumn))\s+(?:of\s+)?" + _YEAR + r"\b"
        ),
    ),
)

_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_HOUR = r"(?:" + _HOUR_WORD + r"|1[0-2]|0?[1-9]|midnight|midday|noon)"
_NOT_UNIT = (
    r"(?![ \t]*(?:mins?|minutes|hours?|hrs?|days?|weeks?|months?|years?|people|times|%|-|/))"
)
_PART_OF_DAY = (
    r"(?:\s+in\s+the\s+(?:morning|mornin['’]?|morn|afternoon|evening|eve)\b|\s+at\s+ni(?:ght|te)"
    r"|\s?[ap]\.?m\b\.?)"
)

TIME_PATTERNS: tuple[tuple[tuple[str, ...], Caseless], ...] = (
    (
        _DIGIT,
        Caseless(
            r"\d(?<![\w.:£$]\d)\d?(?:[:.][0-5]\d\s?(?:[ap]\.m\.|[ap]m)(?![\w])"
            r"|:[0-5]\d(?::[0-5]\d)?(?![\d:])"
            r"|\s?(?:[ap]\.m\.|[ap]m)(?![\w])"
            r"|\s?o['’]?clock\b)"
        ),
    ),
    (
        _DIGIT,
        Caseless(
            r"\b(?:at|around|about|by|until|till|before|after)\s+(?:[01]\d|2[0-3])[0-5]\d"
            r"(?:\s?hrs|\s?hours)?\b"
        ),
    ),
    (
        ("midnight", "midday", "noon", "lunch", "teatime", "tea time", "dinnertime"),
        Caseless(
            r"\b(?:midnight|midday|noon|lunchtime|lunch time|teatime|tea time|dinnertime)(?:ish)?\b"
        ),
    ),
    # "twenty to nine", "quarter past 11 at night": found from "to"/"past" (a fast literal
    # start), then the minutes before it are read back (see _clock_words)
    (
        ("past", "to", "after"),
        Caseless(r"(?:past|to|after)\s+" + _HOUR + r"(?:ish)?\b" + _NOT_UNIT + _PART_OF_DAY + r"?"),
    ),
    (
        ("half",),
        Caseless(r"\bhalf\s+" + _HOUR + r"(?:ish)?\b" + _PART_OF_DAY + r"?"),
    ),
    # "10ish", "seven o'clock", "3 in the morning", "gone 2 at night"
    (
        ("ish", "clock"),
        Caseless(
            r"\b(?:"
            + _HOUR_WORD
            + r"|\d{1,2}(?:[:.][0-5]\d)?)(?:\s*ish\b|\s+o['’]?clock\b)"
            + _PART_OF_DAY
            + r"?"
        ),
    ),
    (
        ("in the morn", "in the afternoon", "in the eve", "at night", "at nite"),
        Caseless(r"\b(?:" + _HOUR_WORD + r"|\d{1,2})" + _PART_OF_DAY),
    ),
)

_UNITS_AFTER = (
    r"(?!\s*(?:%|percent|per\s?cent|minutes?|mins?|hours?|hrs?|miles?|metres?|meters?|"
    r"times|days?|weeks?|months?|pounds?|quid|p\b|kg|stone|mg|ml|people|of\b|or\b|to\b|-\d|"
    r"/\d|:\d|\.\d|am\b|pm\b))"
)
_NUM_AGE_DIGITS = r"(?:1[01]\d|[1-9]?\d)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM_AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + _UNITS + r")?|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|eleven|twelve|"
    + _UNITS
    + r")"
)
_NUM_AGE = r"(?:" + _NUM_AGE_DIGITS + r"|" + _NUM_AGE_WORDS + r")"
_TENS = r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
_AGE_STEMS = ("", "teens", "ties", "teen", "aged", "turn", "year", " was ", "i'm", "i am")
AGE_RE = Caseless(
    "|".join(
        (
            r"\b(?:aged|age|ages)[:\s]+" + _NUM_AGE + r"\b",
            # "twenty years old"; "for two years" is a duration, not an age
            r"\b" + _NUM_AGE_WORDS + r"[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b",
            r"\b(?:in\s+)?(?:my|his|her|their|your|our)\s+(?:(?:early|mid|late)[\s-]+)?"
            r"(?:[1-9]0'?s|" + _TENS + r")\b",
            r"\b(?:early|mid|late)[\s-]+(?:[1-9]0'?s|" + _TENS + r")\b",
            r"\b(?:just\s+)?(?:turned|turn|turning|turns)\s+" + _NUM_AGE + r"\b" + _UNITS_AFTER,
            r"\b(?:when|since|until)\s+(?:I|he|she|they|we)\s+(?:was|were|turned)\s+"
            + _NUM_AGE
            + r"\b"
            + _UNITS_AFTER,
            r"\b(?:I'm|I’m|i'm|I\s+am|he's|she's|he\s+is|she\s+is|they're|they\s+are|"
            r"he\s+was|she\s+was|I\s+was)\s+(?:only\s+|just\s+)?" + _NUM_AGE + r"\b" + _UNITS_AFTER,
            r"\b(?:a|an)\s+" + _NUM_AGE + r"[\s-]*(?:year|yr)[\s-]*old\b",
            r"\b(?:was|were)\s+" + _NUM_AGE + r"(?=\s+(?:when|at\s+the\s+time|then)\b)",
        )
    )
)


# "34 years old", "19yo", "15 y/o" ("for 2 years" is a duration): the number is the
# detail; starting from the digit lets the scan skip ahead fast
AGE_DIGITS_RE = re.compile(
    r"(?:1(?<![\w]1)[01]\d|\d(?<![\w]\d)\d?)(?!\d)(?=[\s-]*(?:years?|yrs?)[\s-]*"
    r"(?:old|of\s+age)\b|\s?(?:y/o|yo)(?![\w/]))",
    re.IGNORECASE,
)


# Leading words a pattern needs for context but that identify nobody: they stay in the text,
# so "I was 34" becomes "I was [AGE]" and "on Tuesday" becomes "on [DATE]".
_LEAD_RE = re.compile(
    r"(?:(?:on|in|since|until|till|during|of|by|at|around|about|before|after|when|i'm|i’m|"
    r"i|am|was|were|he|she|they|we|he's|she's|they're|is|are|just|only|turned|turn|turning|"
    r"turns|aged|age|ages|a|an|the|that)\s+)+",
    re.IGNORECASE,
)


def _span(m: re.Match[str], span_type: str, reason: str) -> Span:
    start = m.start()
    lead = _LEAD_RE.match(m.string, start, m.end())
    if lead and lead.end() < m.end():
        start = lead.end()
    return Span(start, m.end(), span_type, (reason,))


_ANY_DIGIT_RE = re.compile(r"\d")
_AGE_WORD_RE = re.compile(
    r"(?:ty|teen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)
# "Tues 3rd", "Monday 3rd", "Friday the 9th", "weds 11th", "on the 22nd": found from the
# ordinal (a digit is a fast start), then the words before it are read back.
_ORDINAL_RE = re.compile(r"\d(?<![\w]\d)\d?(?i:st|nd|rd|th)\b")
_WEEKDAY_BEFORE_RE = re.compile(
    r"\b(?:(?i:last|next|this|on|that)\s+)?(?:" + _DAY + r"|" + _DAY_SHORT + r")\.?,?\s+"
    r"(?:(?i:the)\s+)?\Z"
    r"|\b(?i:on|since|until|till|by|from)\s+(?:the\s+)?\Z"
)
_NOT_A_DAY_AFTER_RE = re.compile(
    r"\s+(?i:floor|time|go|attempt|call|day|night|week|one|of\s+(?:them|us|my))\b"
)


# "on the 3rd floor", "by 2nd time": an ordinal after these alone may not be a day
_BARE_LEADS = frozenset({"the", "on", "since", "until", "till", "by", "from"})


def _weekday_ordinals(text: str) -> Iterator[Span]:
    for m in _ORDINAL_RE.finditer(text):
        lead = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if not lead:
            continue
        if lead.group().lower().split()[-1] in _BARE_LEADS and _NOT_A_DAY_AFTER_RE.match(
            text, m.end()
        ):
            continue  # "on the 3rd floor"
        yield _span_from(text, lead.start(), m.end())


def _span_from(text: str, start: int, end: int) -> Span:
    lead = _LEAD_RE.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return Span(start, end, "DATE", ("prose:date",))


_MINUTES_RE = re.compile(
    r"\b(?i:half|quarter|quater|qtr|five|ten|twenty|twenty[- ]five|\d{1,2})"
    r"(?:\s+(?i:mins?|minutes))?\s+\Z"
)


def _minutes_before(text: str, pos: int) -> int | None:
    """Where "twenty" starts in "twenty to nine"; None when no minutes stand before."""
    m = _MINUTES_RE.search(text, max(0, pos - 24), pos)
    return m.start() if m else None


# How far from its guard word a match can reach: the longest date ("Wednesday, the 31st of
# September, 2024") with room to spare for look-aheads.
_REACH = 96


class _Guard:
    """Where a pattern is worth running: anywhere if it asks for a digit ("" in its words)
    and the text has one, else within reach of one of its words. Compiled once."""

    __slots__ = ("digit", "words")

    def __init__(self, guard: tuple[str, ...]) -> None:
        self.digit = "" in guard
        words = [re.escape(w) for w in guard if w]
        self.words = re.compile("|".join(words)) if words else None

    def stretches(self, lowered: str, has_digit: bool, size: int) -> list[tuple[int, int]]:
        if self.digit and has_digit:
            return [(0, size)]
        if self.words is None:
            return []
        if len(lowered) != size or size <= 4 * _REACH:
            # lowering moved offsets, or a short text: the whole text, if it is worth it
            return [(0, size)] if self.words.search(lowered) else []
        return near(self.words, lowered, _REACH, size)


_DATES = tuple((_Guard(g), r) for g, r in DATE_PATTERNS)
_TIMES = tuple((_Guard(g), r) for g, r in TIME_PATTERNS)
_AGE_GUARD = _Guard(_AGE_STEMS)


def find_dates_times_ages(text: str) -> Iterator[Span]:
    lowered = text.lower()
    size = len(text)
    has_digit = _ANY_DIGIT_RE.search(text) is not None
    for worth, regex in _DATES:
        for lo, hi in worth.stretches(lowered, has_digit, size):
            for m in regex.finditer(text, lo, hi):
                yield _span(m, "DATE", "prose:date")
    for worth, caseless in _TIMES:
        for lo, hi in worth.stretches(lowered, has_digit, size):
            for m in caseless.finditer(text, lo, hi):
                if m.group()[:2].lower() in ("pa", "to", "af"):
                    m_start = _minutes_before(text, m.start())
                    if m_start is None:
                        continue
                    yield Span(m_start, m.end(), "TIME", ("prose:time",))
                    continue
                yield _span(m, "TIME", "prose:time")
    for lo, hi in _AGE_GUARD.stretches(lowered, has_digit, size):
        for m in AGE_RE.finditer(text, lo, hi):
            yield _span(m, "AGE", "prose:age")
    if has_digit:
        for m in AGE_DIGITS_RE.finditer(text):
            yield _span(m, "AGE", "prose:age")
    if has_digit:
        yield from _weekday_ordinals(text)
    if has_digit or _AGE_WORD_RE.search(lowered):  # "Leon is 63", "Maureen is seventy"
        yield from find_context_ages(text)
