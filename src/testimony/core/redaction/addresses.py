"""Street and address shapes: "12 Acacia Avenue", "Mellemvej 32", "Rue de Piétrain 371",
"Flat 3", "PO Box 12", and the numbers and postal codes that sit next to a place."""

from __future__ import annotations

import re
from collections.abc import Iterator

from testimony.core.redaction.roles import STREET_SUFFIXES
from testimony.core.redaction.scan import Anchored, Caseless, words
from testimony.core.redaction.spans import Span

# "St" is left out here: "7 of St James's" is a ward and a saint, not a street.
_SUFFIX = "|".join(sorted(STREET_SUFFIXES - {"st"}, key=len, reverse=True))
# house number + up to four words + a street word: "12 Acacia Avenue", "3784 Archwood Avenue"
_NOT_HOUSE = (  # "24 hours in a place of safety" is a duration, not an address
    r"(?![ \t]+(?i:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|times?|miles?|"
    r"people|officers?|of|or|to|and|in|at|on|am|pm|from|the|a|an|my|for|with|by|then|when)\b)"
)
STREET_RE = re.compile(
    r"\d(?<!\w\d)\d{0,4}[A-Za-z]?"
    + _NOT_HOUSE
    + r",?[ \t]+(?:[^\W\d_][\w'’.-]*[ \t]+){0,4}?(?:(?i:"
    + _SUFFIX
    + r")\b"
    r"|(?i:st)\b(?!\.?[ \t]+[A-Z]))\.?"
)
# street words glued to the end of a name (Danish, German, Dutch, Nordic, ...) + number
# Found from the street word back to the start of its word (cheaper than scanning words).
GLUED_STREET_RE = Caseless(
    r"(?:vej|gade|gasse|straße|strasse|str\.|straat|weg|laan|vägen|gatan|veien|vegen|stien|"
    r"katu|utca|ulica|allee|platz|torget|gränd|stræde)\b[ \t]*\d{1,5}[A-Za-z]?"
)
# the street words above, cut short: a text with none of them skips the pattern
_GLUED_STEMS = (
    "vej",
    "gade",
    "gasse",
    "stra",
    "str.",
    "weg",
    "laan",
    "väg",
    "gatan",
    "veien",
    "vegen",
    "stien",
    "katu",
    "utca",
    "ulica",
    "allee",
    "platz",
    "torget",
    "gränd",
    "stræde",
)
_WORD_START_RE = re.compile(r"[^\W\d_][\w'’-]*\Z")
# street words that come first: "Rue de Piétrain 371", "avenida praia 1"
_LEADING_WORDS = r"""rue rua rúa avenida av\. calle carrer via viale piazza plaza paseo praça
largo chemin allée impasse quai ulica ul\. strada travessa boulevard""".split()  # noqa: SIM905
LEADING_STREET_RE = Caseless(
    words(_LEADING_WORDS)
    + r"[ \t]+(?:(?:de|du|des|la|le|da|do|dos|das|del|di|della|los|las)[ \t]+)*"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}?(?:[ \t]+\d{1,5}[A-Za-z]?)?"
)
_UNIT_WORDS = (
    "flat apt apartment suite unit room ward bay bed cell block wing floor po p box psc apo fpo"
)
UNIT_RE = re.compile(
    r"\b(?:(?i:flat|apt\.?|apartment|suite|unit|room|ward|bay|bed|cell|block|wing|floor|"
    r"po box|p\.o\. box|box)|PSC|APO|FPO)[ \t]+(?:[A-Z]{2}[ \t]+)?\d{1,6}[A-Za-z]?\b"
)
# tried only where one of its words starts (found from the word's first letter)
_UNITS = Anchored(Caseless(words(_UNIT_WORDS.split())), UNIT_RE)
# after a place or address: ", 9100", " NO 9100", " 840 24", " 3610-114", " B0J 2H0"
_TRAILING_CODE_RE = re.compile(
    r"(?:,?[ \t]+|,?[ \t]*\n[ \t]*)(?:[A-Z]{2}[ \t]+)?(?:\d{3,6}(?:[ -]\d{2,4})?|"
    r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?:[ \t]+[A-Z]{2})?(?![\w-])"
)
# before an address: a bare number on its own ("62314 Mellemvej 32", "450 Præstevænget 15")
_LEADING_NUMBER_RE = re.compile(r"\b\d{1,6}[A-Za-z]?,?[ \t]*(?:\d{1,6}[A-Za-z]?,?[ \t]*)?\Z")


_LEADING_STEMS = (
    "rue",
    "rua",
    "rúa",
    "aven",
    "av.",
    "calle",
    "carrer",
    "via",
    "piazza",
    "plaza",
    "paseo",
    "praça",
    "largo",
    "chemin",
    "allée",
    "impasse",
    "quai",
    "ul",
    "strada",
    "travessa",
    "boulev",
)
_DIGIT_RE = re.compile(r"\d")


def find_addresses(text: str) -> Iterator[Span]:
    if not _DIGIT_RE.search(text):
        return  # every shape here has a number in it, except the leading-street one below
    lowered = text.lower()
    for m in STREET_RE.finditer(text):
        yield Span(m.start(), m.end(), "ADDRESS", ("street_shape",))
    glued = any(stem in lowered for stem in _GLUED_STEMS)
    for m in GLUED_STREET_RE.finditer(text) if glued else ():
        word = _WORD_START_RE.search(text, max(0, m.start() - 40), m.start())
        start = word.start() if word else m.start()
        if start < m.start():
            yield Span(start, m.end(), "ADDRESS", ("street_shape",))
    if any(stem in lowered for stem in _LEADING_STEMS):
        for m in LEADING_STREET_RE.finditer(text):
            yield Span(m.start(), m.end(), "ADDRESS", ("street_shape",))
    for m in _UNITS.finditer(text):
        kind = "PLACE" if m.group().split()[0].lower() in _WARD_WORDS else "ADDRESS"
        yield Span(m.start(), m.end(), kind, ("unit_number",))


_WARD_WORDS = frozenset({"ward", "bay", "bed", "room", "cell", "wing", "block", "floor"})
_GLUE_TYPES = frozenset({"ADDRESS", "PLACE"})


def glue_address_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Grow places and addresses over a house number before them and a postal code after."""
    out: list[Span] = []
    for span in spans:
        if span.type not in _GLUE_TYPES:
            out.append(span)
            continue
        start, end = span.start, span.end
        lead = _LEADING_NUMBER_RE.search(text, max(0, start - 16), start)
        if lead:
            start = lead.start()
        trail = _TRAILING_CODE_RE.match(text, end)
        if trail:
            code_start = end + len(trail.group()) - len(trail.group().lstrip(", \t\n"))
            out.append(Span(code_start, trail.end(), "POSTCODE", ("context:after_place",)))
        out.append(Span(start, end, span.type, span.reasons))
    return out
