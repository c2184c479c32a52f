"""Names, places and organisations without a statistical model.

Capitalised runs of words are judged word by word against lists (common English words,
first names, surnames, places) and by what is around them: a title or role word before
("PC Davies", "Dr Patel"), a suffix after ("Ward", "Road", "Ltd"), a preposition of place
("from Leiria"), or a house number. Lower-case names are lowercase.py's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from testimony.core.redaction import lexicon
from testimony.core.redaction.allow import is_allowed
from testimony.core.redaction.roles import (
    FACILITY_SUFFIXES,
    GENERIC_SERVICE_WORDS,
    ORG_SUFFIXES,
    ROLE_TITLES,
    STREET_SUFFIXES,
    TITLES,
)
from testimony.core.redaction.spans import Span
from testimony.core.redaction.text_cache import text_cache

Words = frozenset[str]


def _upper_class() -> str:
    """A character class of the capital letters of the Basic Multilingual Plane, as ranges.

    Python's `re` has no Unicode property classes; names outside the BMP are not worth the
    start-up cost.
    """
    ranges: list[tuple[int, int]] = []
    for c in range(0x10000):
        ch = chr(c)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1] = (ranges[-1][0], c)
            else:
                ranges.append((c, c))
    parts = (
        re.escape(chr(lo)) if lo == hi else re.escape(chr(lo)) + "-" + re.escape(chr(hi))
        for lo, hi in ranges
    )
    return "[" + "".join(parts) + "]"


_CONNECT = (
    r"(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|la|le|al|el|bin|ibn|ap|of|"
    r"and|&|y)"
)


@cache
def cap_run_re() -> re.Pattern[str]:
    """Runs of capitalised words joined by a space, a connector ("de", "of", "and") or a comma
    before "X and Y". Letters only: a token with a digit is an identifier's business.
    Compiled on first use so importing the package stays cheap."""
    cap = _upper_class() + r"[^\W\d_]*(?:['’-][^\W\d_]+)*['’]?(?!\w)\.?"
    return re.compile(
        r"(?<![\w@'’])" + cap + r"(?:(?:[ \t]+|,[ \t]+(?=" + cap + r"[ \t]+(?:and|&)[ \t]))"
        r"(?:" + _CONNECT + r"[ \t]+)*" + cap + r")*"
    )


_TOKEN_RE = re.compile(r"[^\s,]+")
_HOUSE_NUMBER_RE = re.compile(r"(?:\b\d{1,5}[A-Za-z]?,?[ \t]+)$")
PLACE_PREP_RE = re.compile(
    r"(?:\b(?:in|from|to|at|near|into|towards|outside|visit|visited|via|around)[ \t]+)$",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset(".!?:;\n\r•*\"“”‘'([–—-")
_CONNECT_WORDS = frozenset(_CONNECT.strip("(?:)").split("|"))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


@text_cache(maxsize=8192)  # the same words come back in every run
def _norm(word: str) -> str:
    w = word.rstrip(".").lower()
    for tail in ("'s", "’s", "s'", "s’"):
        if w.endswith(tail) and len(w) > len(tail) + 1:
            return w[: -len(tail)] if tail[0] in "'’" else w[:-1]
    return w


def find_names(text: str) -> Iterator[Span]:
    """Names, places and organisations written with capitals (see lowercase.py for the rest)."""
    common = lexicon.common_words()
    # Only first names make an everyday word a name mid-sentence ("told Mark"); surnames
    # such as Love, Day or English are too often just capitalised words.
    names = lexicon.first_names()
    places = lexicon.places()
    for m in cap_run_re().finditer(text):
        words = [
            (t.start() + m.start(), t.end() + m.start(), t.group())
            for t in _TOKEN_RE.finditer(m.group())
        ]
        yield from _judge_run(text, words, common, names, places)


def _judge_run(
    text: str, words: list[tuple[int, int, str]], common: Words, names: Words, places: Words
) -> Iterator[Span]:
    # A word with a full stop that is not an initial or an abbreviation ends a sentence:
    # "Gradiant Research LLC. Call me" is two runs.
    piece: list[tuple[int, int, str]] = []
    for word in words:
        piece.append(word)
        w = word[2]
        if w.endswith(".") and len(w) > 2 and _norm(w) not in _ABBREVIATIONS:
            yield from _judge_piece(text, piece, common, names, places)
            piece = []
    if piece:
        yield from _judge_piece(text, piece, common, names, places)


_ABBREVIATIONS = (
    TITLES
    | frozenset(ROLE_TITLES)
    | frozenset(
        ["st", "jr", "sr", "mt", "ft", "co", "ltd", "inc", "corp", "apt", "no", "nr", "rd", "ave"]
    )
)
# Calendar words are dates, never names, even though "March" and "May" are surnames.
_NEVER_NAMES = frozenset(
    [
        *lexicon.MONTHS,
        *lexicon.WEEKDAYS,
        "christmas",
        "easter",
        "i",
        "a",
        "the",
    ]
)


def _is_common(w: str, n: str, common: frozenset[str], places: frozenset[str]) -> bool:
    if n in common:
        return True
    if "'" in n or "’" in n:  # they're, we'll, c'mon
        head = n.replace("’", "'").split("'", 1)[0]
        return head in common or len(head) <= 1
    if "-" in n:  # e-mail, follow-up
        parts = n.split("-")
        return "".join(parts) in common or all(p in common or len(p) <= 1 for p in parts)
    # short acronyms (IBAN, CEOs, CCTV) unless they are a known place
    core = w[:-1] if w.endswith("s") else w
    return core.isupper() and len(core.rstrip(".")) <= 4 and n not in places


def _judge_piece(
    text: str, words: list[tuple[int, int, str]], common: Words, names: Words, places: Words
) -> Iterator[Span]:
    initial = _sentence_initial(text, words[0][0])
    kinds: list[str] = []
    for i, (_s, _e, w) in enumerate(words):
        n = _norm(w)
        if n in _CONNECT_WORDS and 0 < i < len(words) - 1:
            following = _norm(words[i + 1][2])
            # "PC Davies and Dr Patel" are two people, not one name
            breaks = following in TITLES or following in ROLE_TITLES
            kinds.append("allow" if breaks else "connect")
        elif is_allowed(w.rstrip(".")) or is_allowed(n):
            kinds.append("allow")
        elif n in TITLES:
            kinds.append("title")
        elif n in ROLE_TITLES:
            kinds.append("role")
        elif len(n) == 1 and (w.endswith(".") or 0 < i < len(words) - 1) and n != "i":
            kinds.append("initial")
        elif _is_common(w, n, common, places):
            if n in lexicon.demonyms():
                kinds.append("group")
            elif n in _NEVER_NAMES:
                kinds.append("common")
            elif n in names and not (initial and i == 0):
                kinds.append("name_common")
            elif n in places and not (initial and i == 0) and n not in _COMMON_PLACE_WORDS:
                kinds.append("place_common")
            else:
                kinds.append("common")
        else:
            kinds.append("strong")
    # split on allow-listed words: they are never part of a span
    group: list[int] = []
    for i, k in enumerate([*kinds, "allow"]):
        if k == "group":
            start, end, _w = words[i]
            yield Span(start, end - (text[end - 1] == "."), "GROUP", ("grouplist",))
        if k in ("allow", "group"):
            if group:
                yield from _emit(text, words, kinds, group, names, places)
            group = []
        else:
            group.append(i)


_COMMON_PLACE_WORDS = frozenset({"mobile", "nice", "of", "bath", "reading", "university"})
_KEEP_INSIDE = frozenset({"strong", "name_common", "place_common", "initial", "connect"})


def _emit(
    text: str,
    words: list[tuple[int, int, str]],
    kinds: list[str],
    idx: list[int],
    names: Words,
    places: Words,
) -> Iterator[Span]:
    # Where does the name part start and end?
    core = [i for i in idx if kinds[i] in ("strong", "name_common", "place_common")]
    if not core:
        yield from _suffix_only(text, words, idx)
        return
    first, last = core[0], core[-1]
    # titles/roles just before the name belong to the span ("Dr Patel", "PC Davies")
    lead = first
    while lead - 1 in idx and kinds[lead - 1] in ("title", "role", "initial"):
        lead -= 1
    # suffixes just after the name: organisations, facilities, streets
    tail = last
    for ahead in range(last + 1, min(last + 4, idx[-1] + 1)):
        suffix = _norm(words[ahead][2])
        if suffix in ORG_SUFFIXES or suffix in FACILITY_SUFFIXES or suffix in STREET_SUFFIXES:
            tail = ahead
            break
    start, end = words[lead][0], words[tail][1]
    # drop a trailing full stop unless it closes an abbreviation like "Ltd."
    tail_word = words[tail][2]
    if (
        text[end - 1] == "."
        and _norm(tail_word) not in ORG_SUFFIXES | STREET_SUFFIXES
        and len(tail_word) > 2
    ):
        end -= 1
    span_type, reason = _classify(text, words, kinds, lead, first, tail, names, places)
    yield Span(start, end, span_type, (reason,))


def _suffix_only(text: str, words: list[tuple[int, int, str]], idx: list[int]) -> Iterator[Span]:
    """Everyday words in title case ending in a suffix: "Station Road", "Oak Ward",
    "Lending Club", "Compared Care Ltd"."""
    for pos in range(len(idx) - 1, 0, -1):
        last = idx[pos]
        suffix = _norm(words[last][2])
        if suffix in ORG_SUFFIXES:
            span_type, reason = "ORGANISATION", "org_suffix"
        elif suffix in FACILITY_SUFFIXES:
            span_type, reason = "PLACE", "facility"
        elif suffix in STREET_SUFFIXES and suffix != "st":
            span_type, reason = "ADDRESS", "street_shape"
        else:
            continue
        body = [i for i in idx[:pos] if _norm(words[i][2]) not in ("the", "a", "an")]
        if not body or all(_norm(words[i][2]) in GENERIC_SERVICE_WORDS for i in body):
            return
        start, end = words[body[0]][0], words[last][1]
        if text[end - 1] == "." and suffix not in _ABBREVIATIONS:
            end -= 1
        yield Span(start, end, span_type, (reason,))
        return


def _classify(
    text: str,
    words: list[tuple[int, int, str]],
    kinds: list[str],
    lead: int,
    first: int,
    tail: int,
    names: Words,
    places: Words,
) -> tuple[str, str]:
    lead_word = _norm(words[lead][2])
    if kinds[lead] == "role":
        kind = ROLE_TITLES[lead_word]
        return ("POLICE_OFFICER" if kind == "police" else "STAFF"), "role:" + kind
    if kinds[lead] == "title":
        return "PERSON", "title"
    last = _norm(words[tail][2])
    if last in ORG_SUFFIXES:
        return "ORGANISATION", "org_suffix"
    if last in FACILITY_SUFFIXES:
        return "PLACE", "facility"
    before = text[max(0, words[lead][0] - 12) : words[lead][0]]
    if last in STREET_SUFFIXES or _HOUSE_NUMBER_RE.search(before):
        return "ADDRESS", "street_shape"
    phrase = " ".join(_norm(w) for _s, _e, w in words[first : tail + 1])
    in_places = phrase in places or (_norm(words[first][2]) in places and first == tail)
    if in_places and (_norm(words[first][2]) not in names or PLACE_PREP_RE.search(before)):
        return "PLACE", "placelist"
    if any(_norm(w) in names for _s, _e, w in words[first : tail + 1]):
        return "PERSON", "namelist"
    if PLACE_PREP_RE.search(before):
        return "PLACE", "capitalised"
    return "PERSON", "capitalised"
