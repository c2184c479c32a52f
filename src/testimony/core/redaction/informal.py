"""Names as people write them informally: after a kinship or role word in any case ("my nan
brenda", "my key worker shona", "cpn tom"), and whole, over a surname that is an everyday
word ("Mark Brown", "pc kerry ward"): a word that follows a first name or a title is part of
the name, so half a name is never left behind."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.allow import is_allowed
from testimony.core.redaction.roles import KIN_WORDS, ROLE_NOUNS, ROLE_TITLES, TITLES
from testimony.core.redaction.spans import Span
from testimony.core.redaction.text_cache import text_cache

# Words that follow a kinship word or a first name but are never a name: function words,
# common verbs, and the spellings of text-speak. A name is checked against these first.
FUNCTION_WORDS = frozenset(
    """a about after again against all also am an and any are as at away back be because been
    before being but by came can cant come could couldnt did didnt do does doesnt done dont
    down drove even ever every for from gave get gets getting go goes going gone got had
    has have he heard held her here hers him his how i if im in into is isnt it its just
    kept knew know left let like made make me might more most much must my never no not now
    of off on once one only or our out over picked put rang rung read really said saw say
    says see seen sent she should so some still stopped such take than that the their them
    then there these they this those though through to told too took turned under until up
    upon us very was wasnt watched we went were what when where which while who whom why
    will with without won wont would wouldnt yes yet you your yours called asked tried
    thinks thought wanted wants needed needs used uses keeps n u ur r wiv sed sez cos coz
    tho wen wot b4 2 4 nd an' ive id ill youre hes shes theyre weve lol tbh omg pls plz x
    xx xxx ok okay yeah nah hun babe love mate both nite tonite 2nite 2moro tmrw wknd
    """.split()  # noqa: SIM905
)

# Kinship and role words, one word or two ("key worker"): looked up word by word, which is
# many times faster than one regular expression of a hundred alternatives.
_KIN_ONE = frozenset(w for w in {*KIN_WORDS, *ROLE_NOUNS, *ROLE_TITLES} if " " not in w) | {
    w + "s"
    for w in ROLE_NOUNS
    if " " not in w  # "paramedics gaz n nadia"
}
_KIN_TWO = frozenset(w for w in ROLE_NOUNS if " " in w)
_KIN_LAST = frozenset(w.rsplit(" ", 1)[1] for w in _KIN_TWO)
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@text_cache(maxsize=4)
def words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of ``text`` with their offsets, read once for the detectors that walk them."""
    return tuple([(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)])


# what may stand between a kinship word and the name: "my nan brenda", "pc. okafor",
# "the care coordinator, rhys evans", "a man called dave"
_GAP_RE = re.compile(r"\.?(?:[ \t]*,[ \t]*|[ \t]+(?i:called|named)[ \t]+|[ \t]+)\Z")
_OWNER_BEFORE_RE = re.compile(r"\b(?i:my|me|ma|our|his|her|their|the|a|your|ur)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w'’-]*)")
_NEVER = frozenset([*lexicon.MONTHS, *lexicon.WEEKDAYS, "christmas", "easter"])
# Spans that are a person for a reason (a first name, a title, a relation, a cue), not only
# for a capital letter: those grow over the surname after them.
_NAME_REASONS = frozenset(
    {"namelist", "title", "cue:name", "known:person", "known:own_name"}
    | {"role:" + k for k in ("police", "doctor", "nurse", "paramedic", "judge", "cpn")}
    | {"role:" + k for k in ("social_worker", "care_coordinator", "therapist")}
    | {"role:" + k for k in ("support_worker", "staff")}
)
_PERSON_TYPES = frozenset({"PERSON", "STAFF", "POLICE_OFFICER"})


def _name_like(word: str, loose: bool) -> bool:
    """Could ``word`` right after a kinship or role word be a name? ``loose``: the word
    before was a kinship word, which makes even an everyday first name ("mark") a name."""
    low = word.lower()
    if low.endswith(("'s", "’s")):  # "my nan's", "shona's"
        low = low[:-2]
    if len(low) < 2 or low in FUNCTION_WORDS or low in _NEVER or is_allowed(word):
        return False
    if low in KIN_WORDS or low in ROLE_NOUNS or low in ROLE_TITLES or low in TITLES:
        return False
    common = lexicon.common_words()
    if low not in common:
        return len(low) >= 3 or (loose and low in lexicon.first_names())  # "my carer jo"
    return loose and low in lexicon.first_names()


def _name_like_loose(word: str) -> bool:
    return _name_like(word, loose=True)


def _after_title_like(word: str) -> bool:
    """After "pc", "dr", "sergeant" a surname that is an everyday word is still a name."""
    low = word.lower()
    return _name_like(word, loose=True) or (
        low in lexicon.surnames() and low not in FUNCTION_WORDS and not is_allowed(word)
    )


def find_kin_names(text: str) -> Iterator[Span]:
    """The word after "my nan", "my key worker", "cpn", "pc" when it reads as a name."""
    prev = ""
    after_kin = -1  # end of the kinship word just seen
    kin_start, prev_kin = 0, ""
    titled = False
    for w_start, w_end, word in words_of(text):
        low = word.lower()
        if after_kin >= 0 and _GAP_RE.match(text, after_kin, w_start):
            judge = _after_title_like if titled else _name_like_loose
            if low not in ("called", "named") and judge(word):
                end = w_end - 2 if low.endswith(("'s", "’s")) else w_end
                kind = ROLE_TITLES.get(prev_kin) if titled else None
                if kind and re.search(r"(?i:called|named)", text[after_kin:w_start]):
                    kind = None  # "a nurse called Kevin": a role noun, the name alone goes
                if kind and _OWNER_BEFORE_RE.search(text, max(0, kin_start - 8), kin_start):
                    kind = None  # "my sister dana", "the nurse amy": a relation, a role noun
                if kind:  # "pc okafor" -> [POLICE OFFICER], the title with the name
                    span_type = "POLICE_OFFICER" if kind == "police" else "STAFF"
                    yield Span(kin_start, end, span_type, ("cue:name", "role:" + kind))
                else:
                    yield Span(w_start, end, "PERSON", ("cue:name",))
        if low in _KIN_ONE or (low in _KIN_LAST and f"{prev} {low}" in _KIN_TWO):
            after_kin = w_end
            kin_start, prev_kin = w_start, low
            titled = low in ROLE_TITLES or low in TITLES
        elif low not in ("called", "named"):
            after_kin = -1
        prev = low


def _surname_like(word: str, capitalised: bool) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS or low in _NEVER or is_allowed(word) or len(low) < 2:
        return False
    if low in KIN_WORDS or low in ROLE_NOUNS or low in ROLE_TITLES:
        return False
    if capitalised:
        # "Mark Brown", "Amy White": a capitalised word after a first name is its surname.
        if word.isupper():  # "NADIA QUIT": shouting is not a surname
            return len(low) > 2 and (low not in lexicon.common_words() or low in lexicon.surnames())
        return word[:1].isupper() and (
            low in lexicon.surnames() or low not in lexicon.common_words()
        )
    if low not in lexicon.common_words():
        return len(low) >= 3 and low.isalpha()
    # an everyday word in lower case: only if it is a surname and not a verb form
    return low in lexicon.surnames() and not (len(low) > 5 and low.endswith(("ed", "ing")))


def extend_names(text: str, spans: Iterable[Span]) -> list[Span]:
    """Grow each person's span over the surname after it ("[PERSON] Brown" must not be)."""
    out = []
    for span in spans:
        surface = text[span.start : span.end]
        if span.type in _PERSON_TYPES and _NAME_REASONS.intersection(span.reasons):
            end = span.end
            last = surface.split()[-1:] or [""]
            if last[0].endswith(("'s", "’s", "'", "’")):
                out.append(span)  # "Yuri's Cautionary Tales": a possessive ends the name
                continue
            capitalised = last[0][:1].isupper()
            for _ in range(2):
                m = _WORD_AFTER_RE.match(text, end)
                if not m or not _surname_like(m.group("w"), capitalised):
                    break
                end = m.end("w")
            if end != span.end:
                span = Span(span.start, end, span.type, span.reasons)
        out.append(span)
    return out
