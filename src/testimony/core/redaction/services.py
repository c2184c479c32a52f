"""Services, shops and streets named whole, in any case: "Riverbank Community Mental Health
Team", "oakfield crisis house", "Kingsway General", "the Tesco on Kirk Street", "14 Mill Lane,
Bramley". A name word before a service word makes the whole phrase a place, campaign words
inside it included ("Oakfield Crisis House" names one house; "the crisis house" stays)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.allow import is_allowed
from testimony.core.redaction.informal import FUNCTION_WORDS, words_of
from testimony.core.redaction.roles import (
    GENERIC_SERVICE_WORDS,
    KIN_WORDS,
    ROLE_NOUNS,
    ROLE_TITLES,
    SERVICE_HEADS,
    SHOPS,
    STREET_SUFFIXES,
)
from testimony.core.redaction.spans import Span

_W = r"[^\W\d_][\w'’&-]*"
_HEADS = SERVICE_HEADS | {"cmht", "crht", "htt", "picu", "district"}
_GENERIC = GENERIC_SERVICE_WORDS - {"the", "a", "an", "and", "of", "for"}
_SPACE_RE = re.compile(r"[ \t]+\Z")
_STREET_HEADS = STREET_SUFFIXES
# Street words that are also everyday nouns ("a beautiful place", "the long way"): without a
# house number they make a street only after a name word, not after any word.
_WEAK_STREET_HEADS = STREET_SUFFIXES - {
    "street",
    "st",
    "road",
    "rd",
    "lane",
    "ln",
    "avenue",
    "ave",
    "crescent",
    "terrace",
    "grove",
    "mews",
    "boulevard",
    "blvd",
}
_SHOPS = "|".join(sorted((re.escape(s) for s in SHOPS), key=len, reverse=True))
SHOP_ON_RE = re.compile(
    r"(?<![\w'’])(?P<shop>(?i:" + _SHOPS + r")|[A-Z][\w'’&-]*)[ \t]+(?i:on|in|at|by|off)[ \t]+\Z"
)
_LOCALITY_RE = re.compile(r",?[ \t]+(?P<w>" + _W + r"(?:[ \t]+" + _W + r")?)")
_NOT_STREET_NAME = frozenset(
    """main high ring side back dual slip country private same wrong busy quiet long one next
    other big little old new""".split()  # noqa: SIM905
)


def _name_word(word: str, head_capitalised: bool) -> bool:
    """Is ``word`` the name part of a service ("Oakfield", "kingsway")?"""
    low = word.lower()
    if len(low) < 3 or low in FUNCTION_WORDS or low in GENERIC_SERVICE_WORDS:
        return False
    if not (word.islower() or word.istitle() or word.isupper()) or low in lexicon.demonyms():
        return False  # "aTM center", "Russian place"
    if low in KIN_WORDS or low in ROLE_NOUNS or low in ROLE_TITLES or is_allowed(word):
        return False
    if low in lexicon.MONTHS or low in lexicon.WEEKDAYS:
        return False
    if low not in lexicon.common_words():
        return not _misspelt_service_word(low)
    # an everyday word names a service only when written as a name: "Riverbank General"
    return word[:1].isupper() and head_capitalised


_SERVICE_SPELLINGS = tuple(w for w in GENERIC_SERVICE_WORDS if len(w) >= 5)


def _misspelt_service_word(word: str) -> bool:
    """ "crissis team", "hopsital", "comunity": a service word spelt another way names nothing."""
    return any(
        abs(len(word) - len(w)) <= 2 and word[0] == w[0] and close_spelling(word, w)
        for w in _SERVICE_SPELLINGS
    )


def close_spelling(a: str, b: str) -> bool:
    """Edit distance at most 2 (short words: 1), by the usual two-row table."""
    limit = 1 if len(b) < 7 else 2
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    return words_of(text)


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Two words with only spaces between them."""
    return _SPACE_RE.match(text, a[1], b[0]) is not None


# Saints' names are hospitals, churches and schools: "st james's", "St Mary's", "St Thomas'"
SAINT_RE = re.compile(r"\b(?i:st\.?|saint)[ \t]+(?P<name>[^\W\d_]+)(?:'s|’s|'|’)(?!\w)")


def find_services(text: str) -> Iterator[Span]:
    for m in SAINT_RE.finditer(text):
        if not is_allowed(m.group("name")):
            yield Span(m.start(), m.end(), "PLACE", ("facility",))
    yield from _named_services(text)


def _named_services(text: str) -> Iterator[Span]:
    """From each service word ("house", "team", "general") back over service words to one
    or two name words: "Riverbank Community Mental Health Team", "oakfield crisis house"."""
    words = _words(text)
    for i, head in enumerate(words):
        if head[2].lower() not in _HEADS:
            continue
        j = i  # first word of the service part
        while (
            j > 0 and words[j - 1][2].lower() in _GENERIC and _joined(text, words[j - 1], words[j])
        ):
            j -= 1
        capitalised = head[2][:1].isupper()
        first = j
        for k in (j - 1, j - 2):
            if k < 0 or not _joined(text, words[k], words[k + 1]):
                break
            if not _name_word(words[k][2], capitalised):
                break
            first = k
        if first == j and j > 1 and _everyday_name_after_place_word(text, words, j - 1):
            first = j - 1  # "i was at linden lodge", "took me to kingsway hospital"
        if first < j:
            yield Span(words[first][0], head[1], "PLACE", ("facility",))


# Everyday words that come before a facility word without naming one ("job centre",
# "leisure centre", "town centre"): never the name of a service on their own.
_NOT_SERVICE_NAMES = frozenset(
    """job sports sport leisure town shopping youth garden visitor call contact data test
    testing vaccination dental family children drop sorting community main nearest same
    other big small private local new old different wrong right next last first whole
    another every""".split()  # noqa: SIM905
)
_AT_PLACE_WORDS = frozenset({"at", "to", "from", "in", "into", "under", "outside", "near", "2"})


def _everyday_name_after_place_word(
    text: str, words: tuple[tuple[int, int, str], ...], k: int
) -> bool:
    """In lower case an everyday word names a service right after "at", "to", "from" (with
    no "the" between): "at linden lodge" is a place, "at the oak ward" is left alone."""
    word, before = words[k][2], words[k - 1][2].lower()
    low = word.lower()
    return (
        word.islower()
        and before in _AT_PLACE_WORDS
        and _joined(text, words[k - 1], words[k])
        and _joined(text, words[k], words[k + 1])
        and len(low) >= 4
        and not low.endswith("ing")
        and low not in _NOT_SERVICE_NAMES
        and low in lexicon.common_words()
        and low not in FUNCTION_WORDS
        and low not in GENERIC_SERVICE_WORDS
        and low not in KIN_WORDS
        and not is_allowed(word)
    )


def find_streets(text: str) -> Iterator[Span]:
    """Streets without a number ("on kirk street"), and a shop named on one."""
    words = _words(text)
    for i, head in enumerate(words):
        if head[2].lower() not in _STREET_HEADS or i == 0:
            continue
        first = i
        for k in (i - 1, i - 2):
            if k < 0 or not _joined(text, words[k], words[k + 1]) or not _street_word(words[k][2]):
                break
            first = k
        if first == i or _saint_follows(text, words, i):
            continue
        if head[2].lower() in _WEAK_STREET_HEADS and not _name_word(words[first][2], True):
            continue
        start = words[first][0]
        shop = SHOP_ON_RE.search(text, max(0, start - 30), start)
        if shop and shop.group("shop").lower() not in FUNCTION_WORDS:
            start = shop.start("shop")
        end = head[1] + (text[head[1] : head[1] + 1] == "." and head[2].lower() in ("st", "rd"))
        yield Span(start, end, "ADDRESS", ("street_shape",))


def _saint_follows(text: str, words: tuple[tuple[int, int, str], ...], i: int) -> bool:
    """ "outside st james's": "st" before a name with a possessive is a saint, not a street."""
    if words[i][2].lower() != "st" or i + 1 >= len(words):
        return False
    after = words[i + 1]
    return _joined(text, words[i], after) and after[2].lower().endswith(("'s", "’s", "s'"))


def _street_word(word: str) -> bool:
    low = word.lower()
    if ("'" in low or "’" in low) and not low.endswith(("'s", "’s")):
        return False  # "i don't drive": a contraction names no street
    return (
        len(low) > 1
        and low not in FUNCTION_WORDS
        and low not in _NOT_STREET_NAME
        and low not in KIN_WORDS
        and not is_allowed(word)
        and low not in lexicon.MONTHS
        and low not in lexicon.WEEKDAYS
    )


def _with(reasons: tuple[str, ...], reason: str) -> tuple[str, ...]:
    return reasons if reason in reasons else (*reasons, reason)


def add_localities(text: str, spans: Iterable[Span]) -> list[Span]:
    """An address goes on over its locality: "14 Mill Lane, Bramley", "12 oak road, armley"."""
    out = []
    common = lexicon.common_words()
    places = lexicon.places()
    for span in spans:
        if span.type == "ADDRESS" and any(ch.isdigit() for ch in text[span.start : span.end]):
            m = _LOCALITY_RE.match(text, span.end)
            if m:
                words = m.group("w").split()
                pair = " ".join(words).lower()
                comma = m.group().lstrip(" \t").startswith(",")
                if pair in places and (comma or pair not in common):
                    span = Span(span.start, m.end(), span.type, _with(span.reasons, "street_shape"))
                else:
                    w = words[0]
                    low = w.lower()
                    capital = w[:1].isupper()
                    known = low in places and (capital or low not in common)
                    # "14 Mill Lane, Bramley", "12 oak road, armley": after a comma
                    named = known or (comma and (capital or low not in common))
                    if named and low not in FUNCTION_WORDS and not is_allowed(w):
                        end = m.start("w") + len(w)
                        span = Span(span.start, end, span.type, _with(span.reasons, "street_shape"))
        out.append(span)
    return out
