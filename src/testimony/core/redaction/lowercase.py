"""Names and places written in lower case: first names and places that are not English
words ("bertram", "belfast"), unknown words with letters English does not use ("višeslav"),
any word after a title ("pc davies", "mr. elliott"), and nationalities ("polish")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.context import TITLE_BEFORE_RE, title_kind
from testimony.core.redaction.informal import FUNCTION_WORDS
from testimony.core.redaction.names import PLACE_PREP_RE
from testimony.core.redaction.services import close_spelling as _close
from testimony.core.redaction.spans import Span

# One word, and a peek at the next (for two-word places): every word is judged on its own.
LOWER_WORD_RE = re.compile(
    r"(?<![\w@'’.])[^\W\d_A-Z][^\W\d_]{2,}(?!\w)(?=(?P<next>[ \t][^\W\d_]{2,}(?![\w'’]))?)"
)


def find_lowercase_names(text: str) -> Iterator[Span]:
    """First names and places written in lower case, when they are not English words."""
    common = lexicon.common_words()
    firsts = lexicon.first_names()
    places = lexicon.places()
    groups = lexicon.demonyms()
    place_starts = lexicon.place_first_words()
    for m in LOWER_WORD_RE.finditer(text):
        first_word = m.group()
        w = first_word.lower()
        if w in place_starts and m.group("next"):
            pair = first_word + m.group("next")
            if pair.lower() in places:  # "south africa", "new york"
                yield Span(m.start(), m.start() + len(pair), "PLACE", ("placelist",))
                continue
        end = m.start() + len(first_word)
        if w in groups:
            yield Span(m.start(), end, "GROUP", ("grouplist",))
            continue
        # "from hull", "in bath", "from bradford" (a place first, though also a first name),
        # but not "back to reading the letter"
        if (
            (w in _TOWN_WORDS or (w in places and w not in common))
            and _PLACE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            and not _VERB_OBJECT_RE.match(text, end)
        ):
            yield Span(m.start(), end, "PLACE", ("placelist",))
            continue
        if w in common or len(w) < 3:
            continue
        titled = title_kind(text, m.start())
        if titled:
            title = TITLE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
            start = title.start() if title else m.start()
            if _POSSESSIVE_BEFORE_RE.search(text, max(0, start - 8), start):
                # "my sister leon", "the nurse amy": a relation or a role noun, which stays
                kind = "PERSON" if text[start:].lower().startswith("sister") else titled[0]
                yield Span(m.start(), _extend_name(text, end, common), kind, (titled[1],))
                continue
            yield Span(start, _extend_name(text, end, common), titled[0], (titled[1],))
        elif w in firsts:
            yield Span(m.start(), _extend_name(text, end, common), "PERSON", ("namelist",))
        elif w in places and len(w) > 3:
            yield Span(m.start(), end, "PLACE", ("placelist",))
        elif not w.isascii() and w.isalpha():
            # An unknown word with letters English does not use ("višeslav", "bártová")
            kind = (
                "PLACE"
                if PLACE_PREP_RE.search(text, max(0, m.start() - 12), m.start())
                else "PERSON"
            )
            yield Span(m.start(), _extend_name(text, end, common), kind, ("unknown_word",))
        elif (
            len(w) >= 4
            and w.isalpha()
            and w not in FUNCTION_WORDS
            and _PLACE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            and not _VERB_OBJECT_RE.match(text, end)
            and not _ELONGATED_RE.search(w)
            and not _inflected(w, common)
            and not _misspelt_everyday(w)
        ):
            # a word no list knows, right after "in", "from", "moved to": a district or
            # a village ("i live in armley", "from splott")
            yield Span(m.start(), end, "PLACE", ("unknown_word",))


# UK towns whose names are also English words (from the place list, by hand): in lower case
# they are places only right after a word of place ("in hull", "moved to bury").
_TOWN_WORDS = frozenset(
    """bath bury barking battle deal derby diss eye felling goring hackney harrow hove hull
    lancing leek mold neath oxford reading rugby rye sale sandwich slough stoke street
    tooting ware wells welling wick paisley maidenhead flint cardigan fife moray surrey
    jersey""".split()  # noqa: SIM905
)
_PLACE_BEFORE_RE = re.compile(
    r"\b(?i:in|from|to|2|at|near|around|outside|nr|live|lives|living|moved|based)[ \t]+\Z"
)
# Words that follow "in", "to", "from" and are often misspelt: "in hopsital", "to bedd"
_AFTER_PLACE_WORDS = tuple(
    """hospital custody crisis agony pain trouble tears shock court prison school work
    college church town bed care hostel police ambulance surgery emergency general
    psychiatric emergency denial distress despair resus majors minors cubicle skool
    school uni""".split()  # noqa: SIM905
)


_ELONGATED_RE = re.compile(r"(.)\1\1")  # "sooo", "pleeease"


def _inflected(word: str, common: frozenset[str]) -> bool:
    """ "bots", "texted", "ringing": an everyday word the dictionary lists in another form."""
    for tail in ("s", "es", "ed", "d", "ing", "er", "ers"):
        if word.endswith(tail) and word[: -len(tail)] in common:
            return True
    return False


def _misspelt_everyday(word: str) -> bool:
    return any(
        word[0] == w[0] and abs(len(word) - len(w)) <= 2 and _close(word, w)
        for w in _AFTER_PLACE_WORDS
    )


_VERB_OBJECT_RE = re.compile(r"[ \t]+(?i:the|a|an|my|his|her|it|them|this|that|your|our)\b")
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?i:my|me|ma|our|his|her|their|the|a|your|ur)[ \t]+\Z")
_NAME_TAIL_RE = re.compile(r"(?:[ \t]+(?:[^\W\d_][\w'’-]+|[^\W\d_]\.?))")


def _extend_name(text: str, end: int, common: frozenset[str]) -> int:
    """Carry a lower-case first name on over initials and unknown words ("bertram m. jørgensen")."""
    for _ in range(3):
        m = _NAME_TAIL_RE.match(text, end)
        if not m:
            break
        word = m.group().strip()
        if word.lower().rstrip(".") in FUNCTION_WORDS:
            break
        if len(word.rstrip(".")) == 1 or word.lower() not in common:
            end = m.end()
        else:
            break
    return end
