"""Ages written as a bare number where the words around make it one: "Dana Price (42)",
"Leon is 63", "who's only 15", "im 19", "Son Craig, 14, present"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.informal import FUNCTION_WORDS
from testimony.core.redaction.roles import GENERIC_SERVICE_WORDS, KIN_WORDS
from testimony.core.redaction.spans import Span

_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: SIM905
)
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Ages in words too ("Maureen is seventy", "im fourteen", "eighty-one"); not "one" alone,
# which is more often "the one who".
_AGE_WORDS = (
    r"(?:(?:"
    + "|".join(_TENS_WORDS)
    + r")(?:[- ](?:"
    + "|".join(_UNIT_WORDS)
    + r"))?|"
    + "|".join(_TEEN_WORDS)
    + "|"
    + "|".join(_UNIT_WORDS[1:])
    + ")"
)
_AGE = r"(?P<age>1[01]\d|[1-9]?\d|(?i:" + _AGE_WORDS + r"))"
_WORD_VALUES = {
    **{w: i + 1 for i, w in enumerate(_UNIT_WORDS)},
    **{w: i + 10 for i, w in enumerate(_TEEN_WORDS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)},
}


def _age_value(age: str) -> int:
    """ "19" -> 19, "eighty-one" -> 81."""
    if age.isdigit():
        return int(age)
    return sum(_WORD_VALUES.get(part, 0) for part in re.split(r"[- ]", age.lower()))


# what must not follow: units, times, parts of a list or a date
_NOT_AFTER = (
    r"(?![\d.,:/%-]\d|\s*(?:%|percent|per\s?cent|minutes?|mins?|hours?|hrs?|miles?|metres?|"
    r"times|days?|weeks?|months?|pounds?|quid|p\b|kg|stone|mg|ml|people|of\b|or\b|to\b|am\b|"
    r"pm\b|ish|o['’]?clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|hours|"
    r"calls|st\b|nd\b|rd\b|th\b|x\b|/))"
)
# a person (a name, a relation, "who", "im") then "is/was" and maybe "only", then a number
SUBJECT_AGE_RE = re.compile(
    r"(?<![\w'’])(?P<subject>[^\W\d_][\w'’]*)\)?[ \t]+(?:(?i:is|was|s|turned|turns|aged)[ \t]+)?"
    r"(?:(?i:only|just|like|nearly|almost|now|about|barely)[ \t]+)?" + _AGE + r"\b" + _NOT_AFTER
)
# "Dana Price (42)", "Son Craig, 14, present"
BRACKET_AGE_RE = re.compile(
    r"(?<=[^\W\d_])(?:[ \t]?\((?P<a1>1[01]\d|[1-9]?\d)\)|,[ \t](?P<a2>1[01]\d|[1-9]?\d)"
    r"(?:,[ \t](?=[^\W\d_])|(?=[ \t]*(?:[.;!?)]|\Z))))"
)
_SELF = frozenset({"im", "i'm", "i’m", "who", "whos", "who's", "who’s", "hes", "shes", "he's"})
_CALENDAR = frozenset([*lexicon.MONTHS, *lexicon.WEEKDAYS])
_VERBS = frozenset({"is", "was", "s", "turned", "turns", "aged"})


def find_context_ages(text: str) -> Iterator[Span]:
    for m in BRACKET_AGE_RE.finditer(text):
        group = "a1" if m.group("a1") else "a2"
        word = _word_before(text, m.start())
        low = word.lower()
        named = low not in lexicon.common_words() or low in lexicon.name_words()
        # "Dana Price (42)", "my son rhys (9)"
        cased = word[:1].isupper() or low in lexicon.first_names()
        if low in KIN_WORDS or (cased and low not in FUNCTION_WORDS and named):
            yield Span(m.start(group), m.end(group), "AGE", ("prose:age",))
    for m in SUBJECT_AGE_RE.finditer(text):
        if _is_person_subject(text, m):
            yield Span(m.start("age"), m.end("age"), "AGE", ("prose:age",))


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([^\W\d_][\w'’]*)[ \t]*\Z", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _is_person_subject(text: str, m: re.Match[str]) -> bool:
    subject = m.group("subject")
    low = subject.lower()
    between = text[m.end("subject") : m.start("age")].lower().split()
    if low in _SELF:
        # "im 19", but not text-speak "im 2 complex" ("2" for "to")
        return _age_value(m.group("age")) >= 10 or bool(set(between) & _VERBS)
    if low in KIN_WORDS:
        return True
    if not between or not set(between) & _VERBS:
        return False  # "Ward 7", "Room 12": a name and a number with no "is" is no age
    if low in FUNCTION_WORDS or low in GENERIC_SERVICE_WORDS or low in _CALENDAR:
        return False  # "it is 3", "the ward was 12"
    if subject[:1].isupper():
        return True  # "Leon is 63", "Dana Cook is 13"
    return low in lexicon.first_names() or low in lexicon.surnames()
