"""Checksummed and patterned identifiers: NHS, NI, postcodes, cards, emails, phones, refs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from testimony.core.redaction import lexicon
from testimony.core.redaction.checksums import iban_ok, luhn_ok, nhs_number_ok
from testimony.core.redaction.phones import find_phones
from testimony.core.redaction.scan import Anchored, Caseless, Scanner, words
from testimony.core.redaction.spans import Span

_NB = r"(?<![A-Za-z0-9])"  # not glued to a letter or digit before
_NA = r"(?![A-Za-z0-9])"  # ... or after

NHS_RE = re.compile(_NB + r"\d{3}([ -]?)\d{3}\1\d{4}" + _NA)
NI_RE = Caseless(
    _NB + r"(?!BG|GB|NK|KN|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]" + _NA
)
POSTCODE_RE = Caseless(
    _NB + r"(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d(?:\d|[ABEHMNPRV-Y])?|\d[A-HJKPS-UW])"
    r" ?\d[ABD-HJLNP-UW-Z]{2})" + _NA
)
# Two-letter postcode areas (Royal Mail); a district alone ("SE15") is still a small area.
_AREAS2 = [
    "AB",
    "AL",
    "BA",
    "BB",
    "BD",
    "BH",
    "BL",
    "BN",
    "BR",
    "BS",
    "BT",
    "CA",
    "CB",
    "CF",
    "CH",
    "CM",
    "CO",
    "CR",
    "CT",
    "CV",
    "CW",
    "DA",
    "DD",
    "DE",
    "DG",
    "DH",
    "DL",
    "DN",
    "DT",
    "DY",
    "EC",
    "EH",
    "EN",
    "EX",
    "FK",
    "FY",
    "GL",
    "GU",
    "HA",
    "HD",
    "HG",
    "HP",
    "HR",
    "HS",
    "HU",
    "HX",
    "IG",
    "IP",
    "IV",
    "KA",
    "KT",
    "KW",
    "KY",
    "LA",
    "LD",
    "LE",
    "LL",
    "LN",
    "LS",
    "LU",
    "ME",
    "MK",
    "ML",
    "NE",
    "NG",
    "NN",
    "NP",
    "NR",
    "NW",
    "OL",
    "OX",
    "PA",
    "PE",
    "PH",
    "PL",
    "PO",
    "PR",
    "RG",
    "RH",
    "RM",
    "SA",
    "SE",
    "SG",
    "SK",
    "SL",
    "SM",
    "SN",
    "SO",
    "SP",
    "SR",
    "SS",
    "ST",
    "SW",
    "SY",
    "TA",
    "TD",
    "TF",
    "TN",
    "TQ",
    "TR",
    "TS",
    "TW",
    "UB",
    "WA",
    "WC",
    "WD",
    "WF",
    "WN",
    "WR",
    "WS",
    "WV",
    "YO",
    "ZE",
]
# A letter-digit shape first (a fast start), the area looked up after: "SE15", "in ls9".
DISTRICT_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<d>[A-Z]{2}\d{1,2}[A-Z]?|[a-z]{2}\d{1,2}[a-z]?)"
    r"(?![A-Za-z0-9]|[ -]?[A-Z]{3}\b)"
    r"|\b(?i:in|near|around|from|to|2|postcode|district|area)[ \t]+"
    r"(?P<d1>(?i:[A-Z]{1,2}\d{1,2}[A-Z]?))(?![A-Za-z0-9])"
)
# where a district or its lead word can start: two letters and a digit, or the word
_DISTRICTS = Anchored(
    Caseless(
        r"[a-z](?<![a-z0-9].)[a-z]?\d|"
        + words(["in", "near", "around", "from", "to", "2", "postcode", "district", "area"])
    ),
    DISTRICT_RE,
)
_AREA_SET = frozenset(_AREAS2)
# Lower-case districts that are text-speak or other things: "ne1" is "anyone", "me2"
_TEXT_SPEAK = frozenset({"NE1", "ME2", "SK8", "TF2", "HD1", "CV2"})
_ONE_LETTER_AREAS = frozenset("BEGLMNSW")
_DISTRICT_NOT = frozenset({"CO2", "SO2", "ST1", "PO1"})
PASSPORT_RE = Caseless(_NB + r"[A-Z]{2}\d{7}" + _NA)
LICENCE_RE = Caseless(
    _NB
    + r"[A-Z9]{5}\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}"
    + _NA
)
# Age identifiers run 02..29 (March) and 51..79 (September) up to 2029.
VEHICLE_RE = re.compile(
    _NB + r"(?:(?i:[A-HJ-PR-Y]{2}(?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ -]?[A-HJ-PR-Z]{3})"
    r"|[A-HJ-NPR-TV-Y]\d{1,3} ?[A-HJ-PR-Y]{3}"
    r"|[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NPR-TV-Y])" + _NA
)
CARD_RE = re.compile(_NB + r"\d(?:[ -]?\d){12,18}" + _NA)
IBAN_RE = Caseless(
    _NB + r"[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)" + _NA
)
# Each pattern below starts only where its run of characters starts (the look-behind), so a
# long run with no match ("1111…", "aaaa…", "....") is read once, not once from every
# position: redaction stays linear in the length of the text.
EMAIL_RE = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = Caseless(
    r"(?<![\w.\-/@])(?:https?://|www\.)[^\s<>\"'()]+[^\s<>\"'().,;:!?]"
    r"|(?<![@\w.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|co\.uk|org\.uk|ac\.uk|"
    r"gov\.uk|uk|io|info|biz|eu|de|fr|es|it|nl|be|ch|se|no|dk|fi|pl|cz|pt|ie|us|ca|au|br|cy|si|"
    r"hu|at|uy|ru|in)(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)])?(?![\w.@])"
)
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
IPV4_RE = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
)
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
# A reference number named by what it is: "crime reference 14/12345/23", "CAD 1234",
# "collar number 4567", "hospital number RX123456", "zip code is 35350".
_REF_CONTEXTS = """card cc crime incident cad log ref(?:erence)? case hospital patient mrn rio
collar shoulder badge warrant licen[cs]e passport account membership policy claim zip postal
post booking ticket id identification custody record sort serial ssn security""".split()  # noqa: SIM905
REFERENCE_RE = re.compile(
    r"\b(?P<ctx>" + "|".join(_REF_CONTEXTS) + ")"
    r"(?:[ \t]+(?:reference|ref|number|no|num|code|id|is|was|of|nr|#)\.?)*[ \t]*[:#]?[ \t]*"
    r"(?P<ref>(?=[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9/\-]{2,}"
    r"(?-i:[ ](?:\d[A-Z0-9]{1,5}|[A-Z]{2}\d?)\b)?)",
    re.IGNORECASE,
)
_REFERENCES = Anchored(Caseless(words(_REF_CONTEXTS)), REFERENCE_RE)

# A reference by its shape a few words after what it is: "the ref on my letter is
# 55-22-1190", "log 0733 of 4 June", "incident number INC-20230104-0091".
_REF_SHAPE = (
    r"(?<![\w/-])(?:(?=[A-Z0-9/-]*\d)[A-Z0-9]{1,12}(?:[/-][A-Z0-9]{1,12}){1,4}"
    r"|[A-Z]{0,4}\d{5,12}|[A-Z]{2,4} \d{4,12})(?![\w/-])"
)
REFERENCE_NEAR_RE = re.compile(
    r"\b(?i:ref(?:erence|rence|erance|ernce)?s?|log|incident|crime|case|complaint|letter|"
    r"investigation|pals|cad|job)\b(?P<gap>[^\S\n]?[^\n.!?\d]{0,30}?)"
    r"(?P<ref>\d{3,5}[ \t]+of[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}|\d{1,2}/\d{1,2}"
    r"(?:/\d{2,4})?)|(?i:" + _REF_SHAPE + r"))"
)

_NEAR_REFERENCES = Anchored(
    Caseless(
        words(
            [
                "ref",
                "log",
                "incident",
                "crime",
                "case",
                "complaint",
                "letter",
                "investigation",
                "pals",
                "cad",
                "job",
            ]
        )
    ),
    REFERENCE_NEAR_RE,
)
# an IPv4 address starts where a run of digits does (not after a dot)
_IPV4 = Anchored(re.compile(r"\d(?<![\d.]\d)"), IPV4_RE)

Finder = Callable[[str], Iterator[Span]]


def _simple(regex: Scanner, span_type: str, reason: str) -> Finder:
    def find(text: str) -> Iterator[Span]:
        for m in regex.finditer(text):
            yield Span(m.start(), m.end(), span_type, (reason,))

    return find


def _checked(regex: Scanner, span_type: str, reason: str, ok: Callable[[str], bool]) -> Finder:
    def find(text: str) -> Iterator[Span]:
        for m in regex.finditer(text):
            # these patterns separate their digits only by spaces and dashes
            compact = m.group().replace(" ", "").replace("-", "")
            if ok(compact):
                yield Span(m.start(), m.end(), span_type, (reason,))

    return find


def _districts(text: str) -> Iterator[Span]:
    for m in _DISTRICTS.finditer(text):
        group = "d" if m.group("d") else "d1"
        district = m.group(group).upper()
        if group == "d" and m.group("d").islower() and district in _TEXT_SPEAK:
            continue
        area = district[:2] if district[1].isalpha() else district[:1]
        known = area in _AREA_SET or (group == "d1" and area in _ONE_LETTER_AREAS)
        if known and district not in _DISTRICT_NOT:
            yield Span(m.start(group), m.end(group), "POSTCODE", ("pattern:postcode_district",))


_ZIP_CONTEXT = frozenset({"zip", "postal", "post"})


def _references(text: str) -> Iterator[Span]:
    for m in _REFERENCES.finditer(text):
        ctx = m.group("ctx").lower()
        kind = "POSTCODE" if ctx in _ZIP_CONTEXT else "REFERENCE"
        if ctx in ("card", "cc"):
            if not m.group("ref").replace(" ", "").isdigit():
                continue
            kind = "CARD_NUMBER"
        yield Span(m.start("ref"), m.end("ref"), kind, ("context:" + ctx,))


def _near_references(text: str) -> Iterator[Span]:
    common = lexicon.common_words()
    for m in _NEAR_REFERENCES.finditer(text):
        start = m.start("ref")
        head, _sep, _rest = m.group("ref").partition(" ")
        if _sep and not head[:1].isdigit() and (head.lower() in common or len(head) < 3):
            start += len(head) + 1  # "log 4471920", "at 6400": a word, then the number
        yield Span(start, m.end("ref"), "REFERENCE", ("context:reference_shape",))


def _urls(text: str) -> Iterator[Span]:
    for m in URL_RE.finditer(text):
        # A bare "e.g." or "etc." will not match; a dotted word needs a real domain ending.
        yield Span(m.start(), m.end(), "URL", ("pattern:url",))


FINDERS: tuple[Finder, ...] = (
    _checked(NHS_RE, "NHS_NUMBER", "pattern:nhs_mod11", nhs_number_ok),
    _simple(NI_RE, "NI_NUMBER", "pattern:ni_number"),
    _simple(POSTCODE_RE, "POSTCODE", "pattern:postcode"),
    _districts,
    _simple(PASSPORT_RE, "PASSPORT", "pattern:passport"),
    _simple(LICENCE_RE, "DRIVING_LICENCE", "pattern:driving_licence"),
    _simple(VEHICLE_RE, "VEHICLE_REG", "pattern:vehicle_reg"),
    _checked(CARD_RE, "CARD_NUMBER", "pattern:card_luhn", luhn_ok),
    _checked(IBAN_RE, "IBAN", "pattern:iban_mod97", iban_ok),
    _simple(EMAIL_RE, "EMAIL", "pattern:email"),
    _urls,
    _simple(HANDLE_RE, "HANDLE", "pattern:handle"),
    _simple(_IPV4, "IP_ADDRESS", "pattern:ipv4"),
    _simple(IPV6_RE, "IP_ADDRESS", "pattern:ipv6"),
    _simple(SSN_RE, "REFERENCE", "pattern:ssn"),
    _references,
    _near_references,
    find_phones,
)


def find_identifiers(text: str) -> list[Span]:
    out: list[Span] = []
    for finder in FINDERS:
        out.extend(finder(text))
    return out
