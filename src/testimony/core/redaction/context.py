"""Rules that read the words around a span: role nouns before a name ("my CPN Sarah" is
staff), role titles before a number ("PC 1234"), titles before a lower-case word
("pc davies"), and cues such as "my name is"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.allow import is_allowed
from testimony.core.redaction.informal import FUNCTION_WORDS
from testimony.core.redaction.roles import ROLE_NOUNS, ROLE_TITLES, TITLES
from testimony.core.redaction.spans import Span

_ROLE_NOUN_RE = re.compile(
    r"\b(?P<role>"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)).replace(" ", r"\s+")
    + r")(?:\s+called|\s+named|\s+was|\s+is)?[\s,(]*$",
    re.IGNORECASE,
)
_TITLE_WORDS = "|".join(sorted(set(ROLE_TITLES) | TITLES, key=len, reverse=True))
# a role title or honorific just before a word: "pc davies", "dr smith", "mr. elliott"
TITLE_BEFORE_RE = re.compile(r"\b(?P<title>" + _TITLE_WORDS + r")\.?[ \t]+\Z", re.IGNORECASE)
# "PC 1234", "Sgt 567", "collar number 1234" is handled as a reference elsewhere.
_TITLE_NUMBER_RE = re.compile(
    r"\b(?:PC|DC|PCSO|WPC|Sgt|Sergeant|Constable)\.?\s+\d{2,6}\b"
    r"|\b(?i:pc|pcso|wpc|sgt|sergeant|constable)\.?[ \t]+\d{3,6}\b"  # "pc 2291" in lower case
)


# "my name is X", "call me X", "a man called X": whatever follows is a name.
_NAME_CUE_RE = re.compile(
    r"\b(?i:call\s+me|(?:first|last|maiden|middle|sur|nick|real)?\s?name\s+(?:is|was)|named|"
    r"called|known\s+as|goes\s+by|signed\s+by|ask(?:ed)?\s+for)[\s:]+(?P<name>[^\W\d_][\w'’-]+)"
    # "hiya its kels,", "this is dan here": a writer naming themselves
    r"|\b(?i:it['’]?s|this\s+is)[ \t]+(?P<self>[^\W\d_][\w'’-]+)(?=[ \t]*(?:[,.!]|\bhere\b))"
)
_CUE_STEMS = (
    "name",
    "call",
    "known as",
    "goes by",
    "signed by",
    "ask",
    "its",
    "it's",
    "it’s",
    "this is",
)
_NOT_AFTER_CUE = frozenset(
    ["the", "a", "an", "my", "me", "him", "her", "it", "them", "us", "you", "this", "that"]
)


# A title written with its capital, then a capitalised word: "PC Smith", "Sgt Baker".
# Whatever the word is — even an everyday one like Smith, Baker or Hope — it is a name here.
# Found as a pair of capitalised words, then the first looked up: far cheaper than trying a
# long list of titles at every word.
_TITLED_NAME_RE = re.compile(
    r"(?<![\w'’])(?P<title>[A-Z][A-Za-z]{0,13})\.?[ \t]+(?=(?P<name>[A-Z][\w'’-]*[a-z][\w'’-]*))"
)
_TITLE_SET = frozenset(ROLE_TITLES) | TITLES


def find_role_spans(text: str) -> Iterator[Span]:
    for m in _TITLE_NUMBER_RE.finditer(text):
        yield Span(m.start(), m.end(), "POLICE_OFFICER", ("role:police",))
    for m in _TITLED_NAME_RE.finditer(text):
        if m.group("title").lower() not in _TITLE_SET or is_allowed(m.group("name")):
            continue
        found = title_kind(text, m.start("name"))
        if found:
            yield Span(m.start(), m.end("name"), found[0], (found[1],))
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUE_STEMS):
        return
    common = lexicon.common_words()
    for m in _NAME_CUE_RE.finditer(text):
        if m.group("self"):
            word = m.group("self")
            if word.lower() not in common and word.lower() not in FUNCTION_WORDS:
                yield Span(m.start("self"), m.end("self"), "PERSON", ("cue:name",))
            continue
        name = m.group("name")
        low = name.lower()
        if is_allowed(name) or low in _NOT_AFTER_CUE:
            continue
        # "a man called bill": after "called" or "named" a first name is a name in any case
        first = low in lexicon.first_names() and low not in FUNCTION_WORDS
        if low not in common or (name[:1].isupper() and low in lexicon.name_words()) or first:
            yield Span(m.start("name"), m.end("name"), "PERSON", ("cue:name",))


def title_kind(text: str, start: int) -> tuple[str, str] | None:
    """If a title or role title ends right before ``start``: (span type, reason)."""
    m = TITLE_BEFORE_RE.search(text, max(0, start - 16), start)
    if not m:
        return None
    title = m.group("title").lower()
    if title in TITLES:
        return "PERSON", "title"
    kind = ROLE_TITLES[title]
    return ("POLICE_OFFICER" if kind == "police" else "STAFF"), "role:" + kind


def apply_role_nouns(text: str, spans: list[Span]) -> list[Span]:
    """A person named right after a role noun is staff of that role; the noun stays visible."""
    out = []
    for span in spans:
        if span.type == "PERSON":
            m = _ROLE_NOUN_RE.search(text, max(0, span.start - 30), span.start)
            if m:
                kind = ROLE_NOUNS[re.sub(r"\s+", " ", m.group("role").lower())]
                span_type = "POLICE_OFFICER" if kind == "police" else "STAFF"
                span = Span(span.start, span.end, span_type, (*span.reasons, "role:" + kind))
        out.append(span)
    return out
