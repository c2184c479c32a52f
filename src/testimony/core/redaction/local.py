"""Local names as people write them, in any case: a unit named by an everyday word ("the
linden lodge", "the oak ward"), a shop on a street with no street word ("the mcdonalds on
briggate"), a hospital by its local name ("jimmys", "the lgi", "the nuffield"), a police
force by its place ("West Yorkshire Police": the place goes, "Police" stays), and
text-speak times ("gone 2", "til 11").

Each is a place the person was, so each is one span, and a guess inside it (a first name,
a nationality) gives way to it: "Cleveland Police" is a place, never "[PERSON 1] Police".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.allow import is_allowed
from testimony.core.redaction.informal import FUNCTION_WORDS, words_of
from testimony.core.redaction.roles import GENERIC_SERVICE_WORDS, KIN_WORDS, SHOPS
from testimony.core.redaction.scan import Caseless
from testimony.core.redaction.services import close_spelling
from testimony.core.redaction.spans import Span

Word = tuple[int, int, str]

# Facility words a unit is often named before, with an everyday word: "the oak ward".
_NAMED_HEADS = frozenset(
    """lodge ward house unit centre center suite grange manor mount court hall view surgery
    practice""".split()  # noqa: SIM905
)
# Words that say what kind of unit or house it is, not which one: "the acute ward", "the
# safe house", "the day unit", "the psych ward". These stay.
_KIND_WORDS = frozenset(
    """acute secure locked closed open male female mixed men mens women womens boys girls
    psych psychiatric mental health assessment admissions admission day drop medical
    community general observation decision eating disorder disorders treatment rehab
    recovery respite crisis safe halfway care nursing family children childrens child
    adolescent adolescents older elderly dementia surgical maternity cardiac stroke burns
    short long stay intensive high low dependency detox addiction drug drugs alcohol triage
    place safety local council job sports leisure town shopping youth garden visitor call
    contact same other next new old big small main first last right wrong whole empty dark
    quiet busy nice horrible awful scary hostel party school wash green foster group support
    home holding waiting side front back top bottom upstairs downstairs ground floor private
    public nhs specialist inpatient outpatient emergency urgent out hours night quiet noisy
    dirty clean cold hot warm locked unlocked psychiatry therapy day-care medium low-secure
    police court magistrates crown county city custody station bail probation approved
    supported sheltered temporary emergency student tower block flat flats council-house
    ward unit house lodge centre center hall adult adults paeds paediatric kids teen teenage
    young single extra overflow escalation discharge transit another any every each no
    gp dental dentist eye walk pain memory sexual sleep skin baby antenatal travel doctors
    court hospital surgery practice clinic""".split()  # noqa: SIM905
)
# Endings of words that describe rather than name: "general", "secure", "assessing".
_DESCRIBING_ENDS = (
    *("ing", "ed", "al", "ic", "ive", "ous", "ful", "less", "ary", "ory", "ist", "est", "ent"),
)
_BEFORE_NAMED_UNIT = frozenset({"the", "on"})

_SHOP_WORDS = frozenset(SHOPS)
# Hospitals by the names people call them.
_HOSPITAL_NICKNAMES = frozenset(
    """jimmys jimmy's jimmies tommys tommy's barts nuffield maudsley bethlem broadmoor
    rampton ashworth""".split()  # noqa: SIM905
)
_PLACE_LEAD = frozenset({"at", "to", "in", "into", "from", "outside", "near", "up", "down", "2"})
_VOWELS = frozenset("aeiouy")

# Police forces: the place before "Police" or "Constabulary" ("Greater Manchester Police").
_FORCE_HEADS = frozenset({"police", "constabulary", "polis", "heddlu"})
_PLACE_PREFIXES = frozenset({"north", "south", "east", "west", "greater", "mid", "central"})
_CONNECTORS = frozenset({"and", "&"})


def find_local_places(text: str) -> Iterator[Span]:
    words = words_of(text)
    for i, (start, end, word) in enumerate(words):
        low = word.lower()
        if low == "station" and i > 1 and words[i - 1][2].lower() == "police":
            yield from _named_station(text, words, i)
        elif low in _NAMED_HEADS:
            yield from _named_unit(text, words, i)
        elif low in _PLACE_PREFIXES:
            yield from _prefixed_place(text, words, i)
        elif low in _PROVIDERS:
            yield from _provider_site(text, words, i)
        elif low == "royal" and _royal_nickname(text, words, i):
            yield Span(start, end, "PLACE", ("facility",))
        elif low in _FORCE_HEADS:
            yield from _force_place(text, words, i)
        elif low in _SHOP_WORDS:
            yield from _shop_on_street(text, words, i)
        elif low in _HOSPITAL_NICKNAMES:
            yield Span(start, end, "PLACE", ("facility",))
        elif i < 2 or words[i - 1][2].lower() != "the" or len(low) < 3:
            continue  # the rules below read "at the lgi", "to the homerton"
        elif _hospital_initials(text, words, i):
            yield Span(start, end, "PLACE", ("facility",))
        elif _unknown_after_the_place(text, words, i):
            yield Span(start, end, "PLACE", ("unknown_word",))


def _joined(text: str, a: Word, b: Word) -> bool:
    between = text[a[1] : b[0]]
    return bool(between) and between.isspace() and "\n" not in between


_INNER_SERVICE_WORDS = GENERIC_SERVICE_WORDS - {
    *("a", "an", "the", "and", "of", "for", "my", "his", "her", "our", "their", "this", "that"),
}


def _named_unit(text: str, words: tuple[Word, ...], i: int) -> Iterator[Span]:
    """ "the linden lodge", "on oak ward", "the haven crisis house": an everyday word naming
    a unit, in lower case (service words may stand between)."""
    j = i
    while (
        j > 0
        and words[j - 1][2].lower() in _INNER_SERVICE_WORDS
        and _joined(text, words[j - 1], words[j])
    ):
        j -= 1
    if j < 2:
        return
    name, before = words[j - 1], words[j - 2]
    word, low = name[2], name[2].lower()
    if before[2].lower() not in _BEFORE_NAMED_UNIT or not word.islower():
        return
    if not (_joined(text, before, name) and _joined(text, name, words[j])):
        return
    if (
        len(low) < 3
        or low not in lexicon.common_words()  # other words are services.py's business
        or low in FUNCTION_WORDS
        or low in GENERIC_SERVICE_WORDS
        or low in _KIND_WORDS
        or low in KIN_WORDS
        or low in lexicon.demonyms()
        or low in lexicon.MONTHS
        or low in lexicon.WEEKDAYS
        or low.endswith(_DESCRIBING_ENDS)
        or low.endswith(("s", "'s", "’s", "s'"))  # "the doctors surgery", "the mens ward"
        or not low.isalpha()
        or is_allowed(word)
    ):
        return
    yield Span(name[0], words[i][1], "PLACE", ("facility",))


def _named_station(text: str, words: tuple[Word, ...], i: int) -> Iterator[Span]:
    """ "Trinity Road police station", "Bury police station": the whole name is the place."""
    taken: list[Word] = []
    k = i - 2
    while k >= 0 and len(taken) < 3 and _joined(text, words[k], words[k + 1]):
        word = words[k][2]
        low = word.lower()
        if low in FUNCTION_WORDS or low in _KIND_WORDS or is_allowed(word) or len(low) < 3:
            break
        if not (word[:1].isupper() or low not in lexicon.common_words() or low in lexicon.places()):
            break
        taken.append(words[k])
        k -= 1
    if taken:
        yield Span(taken[-1][0], words[i][1], "PLACE", ("facility",))


def _prefixed_place(text: str, words: tuple[Word, ...], i: int) -> Iterator[Span]:
    """ "west yorkshire", "south wales", "North Leeds": a compass word goes with its place."""
    if i + 1 >= len(words) or not _joined(text, words[i], words[i + 1]):
        return
    word = words[i + 1][2]
    low = word.lower()
    if low in FUNCTION_WORDS or is_allowed(word) or not low.isalpha():
        return
    common = low in lexicon.common_words()
    listed = low in lexicon.places() and (not common or low in _REGIONS)
    if listed or (word[:1].isupper() and not common):  # not "the north side"
        yield Span(words[i][0], words[i + 1][1], "PLACE", ("placelist",))


# places that are also everyday words but not after "north", "south": "south wales"
_REGIONS = frozenset({"wales", "midlands", "england", "ireland", "scotland"})


# Independent providers whose hospitals are named "<provider> <place>": "Cygnet Bierley".
_PROVIDERS = frozenset({"cygnet", "elysium", "huntercombe", "priory", "nightingale"})


def _provider_site(text: str, words: tuple[Word, ...], i: int) -> Iterator[Span]:
    if not words[i][2][:1].isupper():
        return
    end = words[i][1]
    k = i + 1
    while k < len(words) and k <= i + 2 and _joined(text, words[k - 1], words[k]):
        word = words[k][2]
        if not word[:1].isupper() or word.lower() in FUNCTION_WORDS or is_allowed(word):
            break
        end = words[k][1]
        k += 1
    if end > words[i][1]:
        yield Span(words[i][0], end, "PLACE", ("facility",))


_NOT_ROYAL_PLACE = frozenset(
    """family mail navy air british college society opera ballet court palace marines
    household wedding box""".split()  # noqa: SIM905
)


def _royal_nickname(text: str, words: tuple[Word, ...], i: int) -> bool:
    """ "sat in a&e @ the royal": the local Royal (Infirmary, Hospital) by its nickname."""
    if i < 1 or words[i - 1][2].lower() != "the":
        return False
    if i + 1 < len(words) and words[i + 1][2].lower() in _NOT_ROYAL_PLACE:
        return False
    at_sign = text[max(0, words[i - 1][0] - 3) : words[i - 1][0]].strip().endswith("@")
    return at_sign or _lead(words, i) in _PLACE_LEAD


def join_over_of(text: str, spans: list[Span]) -> list[Span]:
    """ "University Hospital" + "of" + "Wales" is one name: places and organisations with
    only "of" (or "of the") between them join (sorted, merged spans in, the same out)."""
    out: list[Span] = []
    for span in spans:
        if (
            out
            and out[-1].type in _JOINABLE
            and span.type in _JOINABLE
            and _OF_RE.fullmatch(text, out[-1].end, span.start)
        ):
            prev = out[-1]
            reasons = prev.reasons + tuple(r for r in span.reasons if r not in prev.reasons)
            out[-1] = Span(prev.start, span.end, prev.type, reasons)
            continue
        out.append(span)
    return out


_JOINABLE = frozenset({"PLACE", "ORGANISATION"})
_OF_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _force_place(text: str, words: tuple[Word, ...], i: int) -> Iterator[Span]:
    """The place part of a police force's name, which is a place and only a place."""
    taken: list[Word] = []
    core = False
    k = i - 1
    while k >= 0 and len(taken) < 4 and _joined(text, words[k], words[k + 1]):
        word = words[k][2]
        low = word.lower()
        prefix_next = k > 0 and words[k - 1][2].lower() in _PLACE_PREFIXES
        if (low in _CONNECTORS and taken) or low in _PLACE_PREFIXES:
            taken.append(words[k])
        elif _force_core(word, low, prefix_next or bool(taken and taken[-1][2].istitle())):
            taken.append(words[k])
            core = True
        elif (
            k > 0
            and low not in FUNCTION_WORDS
            and low not in _KIND_WORDS
            and low.isalpha()
            and _joined(text, words[k - 1], words[k])
            and words[k - 1][2].lower() not in lexicon.common_words()
            and _force_core(words[k - 1][2], words[k - 1][2].lower(), False)
        ):
            # "thames valley police": an everyday word after the place's name word
            taken += [words[k], words[k - 1]]
            core = True
            k -= 1
        else:
            break
        k -= 1
    while taken and taken[-1][2].lower() in _CONNECTORS:
        taken.pop()
    if core and taken:
        yield Span(taken[-1][0], taken[0][1], "PLACE", ("placelist",))


def _force_core(word: str, low: str, helped: bool) -> bool:
    if low in FUNCTION_WORDS or is_allowed(word) or len(low) < 3 or not low.isalpha():
        return False
    if low in lexicon.places():
        # a place that is also a word ("wales", "reading") counts written as a name or
        # after "south", "west"
        return low not in lexicon.common_words() or word[:1].isupper() or helped
    return low not in lexicon.common_words()


def _shop_on_street(text: str, words: tuple[Word, ...], i: int) -> Iterator[Span]:
    """ "the mcdonalds on briggate", "the Tesco on Headrow": a street named by its name."""
    if i + 2 >= len(words):
        return
    on, street = words[i + 1], words[i + 2]
    if on[2].lower() not in ("on", "off") or not _joined(text, words[i], on):
        return
    if not _joined(text, on, street):
        return
    low = street[2].lower()
    if low in FUNCTION_WORDS or low in lexicon.common_words() or is_allowed(street[2]):
        return
    if len(low) < 4 or not low.isalpha() or low in lexicon.MONTHS or low in lexicon.WEEKDAYS:
        return
    yield Span(words[i][0], street[1], "ADDRESS", ("street_shape",))


def _lead(words: tuple[Word, ...], i: int) -> str:
    """The word before, skipping "the": "at the lgi", "to jimmys"."""
    k = i - 1
    if k >= 0 and words[k][2].lower() == "the":
        k -= 1
    return words[k][2].lower() if k >= 0 else ""


def _hospital_initials(text: str, words: tuple[Word, ...], i: int) -> bool:
    """ "the lgi", "the RVI", "at the qeh": a hospital by its initials (Infirmary, Hospital)
    after a word of place."""
    word = words[i][2]
    low = word.lower()
    if not 3 <= len(low) <= 4 or not (word.islower() or word.isupper()) or not low.isalpha():
        return False
    if low[-1] == "i":
        initials = not _VOWELS & set(low[:-1])
    elif low[-1] == "h":
        initials = len(_VOWELS & set(low)) <= 1
    else:
        return False
    if not initials or low in lexicon.common_words() or low in FUNCTION_WORDS:
        return False
    if is_allowed(word):
        return False
    return i > 0 and words[i - 1][2].lower() == "the" and _lead(words, i) in _PLACE_LEAD


def _unknown_after_the_place(text: str, words: tuple[Word, ...], i: int) -> bool:
    """ "taken to the homerton", "in the whittington": a word no list knows, after "to
    the", "at the", is the local name of a place (not a misspelt "hospital")."""
    word = words[i][2]
    low = word.lower()
    if not word.islower() or len(low) < 5 or not low.isalpha():
        return False
    if i < 2 or words[i - 1][2].lower() != "the" or _lead(words, i) not in _PLACE_LEAD:
        return False
    if low in lexicon.common_words() or low in FUNCTION_WORDS or is_allowed(word):
        return False
    if re.search(r"(.)\1\1", low) or _inflected(low):
        return False
    return not any(
        low[0] == w[0] and abs(len(low) - len(w)) <= 2 and close_spelling(low, w)
        for w in _EVERYDAY_AFTER_THE
    )


def _inflected(word: str) -> bool:
    common = lexicon.common_words()
    return any(
        word.endswith(tail) and word[: -len(tail)] in common
        for tail in ("s", "es", "ed", "d", "ing", "er", "ers", "ies", "y", "ly")
    )


# Words often misspelt after "to the", "in the": "the hopsital", "the ambulence".
_EVERYDAY_AFTER_THE = tuple(
    """hospital ambulance station police custody emergency department doctors surgery
    pharmacy chemist toilet toilets bathroom kitchen bedroom corridor reception waiting
    cubicle office building hostel centre center clinic ward psychiatrist psychologist
    paramedics paramedic nurses nurse counsellor therapist appointment assessment crisis
    emergency morning evening afternoon weekend""".split()  # noqa: SIM905
)

# Times as people say them, with no "o'clock" or "pm": "gone 2", "til 11", "we got there at
# eleven", "about nine and", "two till four", "left at nine the next morning". The hour must
# end a clause or lead on to one ("and", "when", "the next morning"), which keeps "at one
# point", "gone 2 the shop" ("to") and "gone 5 minutes" out.
_HOURS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_CLAUSE_AFTER = (
    r"(?=[ \t]*(?:[.,;!?)\n—–]|\Z|(?:and|n|&|when|wen|b4|before|but|so|then|by|that|this|"
    r"last|ish|the\s+next\s+(?:morning|day|night)|in\s+the\s+(?:morning|mornin|night|"
    r"afternoon|evening)|at\s+night|that\s+night|this\s+morning|on\s+(?:the|a))\b))"
)
_SPOKEN_TIME = Caseless(
    r"\b(?:(?P<lead>gone|til|till|untill|until|at|about|around|arrived|got\s+there|by)[ \t]+"
    r"(?:gone[ \t]+|about[ \t]+|around[ \t]+)?(?P<t>" + _HOURS + r")(?![\w:.,]\d|[\w%/-])"
    r"|(?P<range>"
    + _HOURS
    + r"[ \t]+(?:till|til|until|to|-)[ \t]+"
    + _HOURS
    + r")(?![\w%/-]))"
    + _CLAUSE_AFTER
    # "seven the next morning", after any word
    + r"|\b(?P<next>"
    + _HOURS
    + r")(?=[ \t]+the[ \t]+next[ \t]+(?:morning|day|night)\b)"
)
# Welsh: "hanner awr wedi dau" (half past two), "chwarter i saith", "am dri o'r gloch"
_CY_HOUR = r"(?:un ar ddeg|un|dau|dri|tri|pedwar|bump|pump|chwech|saith|wyth|naw|ddeg|deg|deuddeg)"
_WELSH_TIME = Caseless(
    r"\b(?:(?:hanner awr|chwarter|pum munud|deng munud|deg munud|ugain munud|pum munud ar "
    r"hugain)[ \t]+(?:wedi|i)[ \t]+" + _CY_HOUR + r"|" + _CY_HOUR + r"[ \t]+o['’]r[ \t]+gloch)\b"
)
# "a high intensity user at 20", "on an adult ward at 16": an age, where a clause ends
_AT_AGE = re.compile(
    r"\bat[ \t]+(?P<age>1[3-9]|[2-9]\d)(?![\w:.,]\d|[\w%/:-])(?=[ \t]*(?:[.,;!?)]|\Z))"
)
# after these leads a digit 2 or 4 is often text-speak for "to" or "for"; "one" is too
# often a number ("at one point" is kept out above, "at one and the same")
_LOOSE_LEADS = frozenset({"at", "about", "around", "by", "arrived", "got there"})


def find_textspeak_times(text: str) -> Iterator[Span]:
    for m in _WELSH_TIME.finditer(text):
        yield Span(m.start(), m.end(), "TIME", ("prose:time",))
    for m in _AT_AGE.finditer(text):
        yield Span(m.start("age"), m.end("age"), "AGE", ("prose:age",))
    for m in _SPOKEN_TIME.finditer(text):
        if m.group("next"):
            yield Span(m.start("next"), m.end("next"), "TIME", ("prose:time",))
            continue
        if m.group("range"):
            yield Span(m.start("range"), m.end("range"), "TIME", ("prose:time",))
            continue
        hour = m.group("t")
        lead = " ".join(m.group("lead").split())
        if lead in _LOOSE_LEADS and hour in ("2", "4", "one", "1"):
            continue
        start = m.start("t")
        gone = text.lower().rfind("gone", m.start(), start)
        if gone > m.start():  # "until gone three": "gone three" is the time
            start = gone
        yield Span(start, m.end("t"), "TIME", ("prose:time",))
