"""Details the person gave the app, found again in their own words: exact and loose matches.

Loose means: any case, possessives ("Dan's"), first name or surname alone, accents or not,
any spacing or punctuation inside numbers ("07700 900 123", "+44 7700 900123").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields

from testimony.core.redaction import lexicon
from testimony.core.redaction.roles import KIN_WORDS, ROLE_NOUNS, ROLE_TITLES, TITLES
from testimony.core.redaction.spans import Span
from testimony.core.redaction.text_cache import text_cache

_MONTHS = lexicon.MONTHS


@dataclass(frozen=True)
class KnownDetails:
    """What the person told the app about themselves and others. Every field is optional."""

    own_names: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    nhs_number: str | None = None
    date_of_birth: str | None = None  # "YYYY-MM-DD"

    def __post_init__(self) -> None:
        # Accept lists or a single string for the name fields, store tuples (hashable).
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type == "tuple[str, ...]" and not isinstance(value, tuple):
                value = (value,) if isinstance(value, str) else tuple(value or ())
                object.__setattr__(self, f.name, value)


_POSSESSIVE = r"(?:['’]s|['’])?"


def find_known(text: str, known: KnownDetails | None) -> list[Span]:
    if known is None:
        return []
    out: list[Span] = []
    lower_text = writes_in_lower_case(text)
    for regex, span_type, reason, lower_only in _compiled(known):
        if lower_only and not lower_text:
            continue
        for m in regex.finditer(text):
            if lower_only and not _name_position(text, m.start()):
                continue
            out.append(Span(m.start(), m.end(), span_type, (reason,)))
    return out


_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?]\s+|\n)\s*([^\W\d_])")


def writes_in_lower_case(text: str) -> bool:
    """Does the writer skip capitals? Then a name that is also a word ("mark", "rose") is
    written like the word, and the person's own list must match it in lower case too."""
    starts = [m.group(1) for m in _SENTENCE_START_RE.finditer(text[:2000])]
    return bool(starts) and sum(c.islower() for c in starts) * 2 > len(starts)


# Words after which a lower-case word is a person: a relation or role ("my mate mark"),
# or a verb or joining word that takes a person ("told rose", "me and will").
_BEFORE_NAME = (
    frozenset(
        """and with told asked rang called saw met for from to like about
    me""".split()  # noqa: SIM905
    )
    | KIN_WORDS
    | frozenset(ROLE_NOUNS)
    | frozenset(ROLE_TITLES)
)
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t,]+\Z")


def _name_position(text: str, start: int) -> bool:
    """Is a lower-case word at ``start`` where a name goes: after "my mate", "told", or
    first in its sentence? ("the sun rose" is not.)"""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if not m:
        return True  # first word of the text or of a line
    before = text[: m.start()].rstrip()
    return m.group(1).lower() in _BEFORE_NAME or not before or before[-1] in ".!?"


Rule = tuple[re.Pattern[str], str, str, bool]  # regex, type, reason, only in lower-case text


@text_cache(maxsize=64)
def _compiled(known: KnownDetails) -> tuple[Rule, ...]:
    rules: list[Rule] = []

    def add(
        variants: Iterable[str], span_type: str, reason: str, flags: int = re.IGNORECASE
    ) -> None:
        alts = sorted({v for v in variants if v}, key=len, reverse=True)
        if alts:
            body = r"(?<!\w)(?:" + "|".join(alts) + r")" + _POSSESSIVE + r"(?!\w)"
            rules.append((re.compile(body, flags), span_type, reason, False))
            if not flags & re.IGNORECASE:
                rules.append((re.compile(body, re.IGNORECASE), span_type, reason, True))

    for field, reason in (
        ("own_names", "known:own_name"),
        ("nicknames", "known:nickname"),
        ("people", "known:person"),
    ):
        loose, cased = _name_variants(getattr(known, field))
        add(loose, "PERSON", reason)
        add(cased, "PERSON", reason, flags=0)
    add((_phrase(p) for p in known.places if p.strip()), "PLACE", "known:place")
    if known.address:
        add(_address_variants(known.address), "ADDRESS", "known:address")
    if known.postcode:
        add(_postcode_variants(known.postcode), "POSTCODE", "known:postcode")
    if known.phone:
        add(_phone_variants(known.phone), "PHONE", "known:phone")
    if known.email and known.email.strip():
        add([re.escape(known.email.strip())], "EMAIL", "known:email")
    if known.nhs_number:
        add([_digits_loose(known.nhs_number)], "NHS_NUMBER", "known:nhs_number")
    if known.date_of_birth:
        add(_dob_variants(known.date_of_birth), "DATE", "known:date_of_birth")
    return tuple(rules)


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _phrase(s: str) -> str:
    """A phrase matched with any spacing or hyphen between its words, accents optional."""
    parts = []
    for word in re.split(r"[\s\-]+", s.strip()):
        folded = _fold(word)
        parts.append(
            re.escape(word) if folded == word else f"(?:{re.escape(word)}|{re.escape(folded)})"
        )
    return r"[\s\-]+".join(parts)


def _name_variants(names: Iterable[str]) -> tuple[set[str], set[str]]:
    """Full names any case; each part alone any case, unless the part is also an everyday
    English word ("Will", "Rose"), which then only matches with its capital."""
    common = lexicon.common_words()
    loose: set[str] = set()
    cased: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        parts = re.split(r"[\s\-]+", name)
        if len(parts) > 1:
            loose.add(_phrase(name))
        for part in parts:
            key = part.strip(".").lower()
            if len(key) < 2 or key in TITLES or key in ROLE_TITLES:
                continue
            if key in common:
                cased.add(_phrase(part[:1].upper() + part[1:]))
            else:
                loose.add(_phrase(part))
    return loose, cased


def _digits_loose(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return r"[\s().\-]*".join(digits) if digits else ""


def _phone_variants(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if not digits:
        return []
    out = [_digits_loose(digits)]
    if digits.startswith("44"):
        digits = "0" + digits[2:]
        out.append(_digits_loose(digits))
    if digits.startswith("0"):
        out.append(r"\+\s*44\s*(?:\(0\))?[\s\-]*" + _digits_loose(digits[1:]))
    return out


def _postcode_variants(postcode: str) -> list[str]:
    compact = re.sub(r"\s", "", postcode).upper()
    if len(compact) < 5:
        return [re.escape(compact)]
    outward, inward = compact[:-3], compact[-3:]
    return [re.escape(outward) + r"\s*" + re.escape(inward), re.escape(outward)]


def _address_variants(address: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"[,\n]+", address) if p.strip()]
    out = [r"[\s,]+".join(_phrase(p) for p in parts)]
    common = lexicon.common_words()
    for part in parts:
        if part.lower() not in common and len(part) > 2:
            out.append(_phrase(part))
        # "12 Acacia Avenue" -> also "Acacia Avenue"
        street = re.sub(r"^\d+[A-Za-z]?\s+", "", part)
        if street != part and len(street) > 2:
            out.append(_phrase(street))
    return out


def _dob_variants(dob: str) -> list[str]:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", dob)
    if not m:
        return [re.escape(dob.strip())]
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return [re.escape(dob.strip())]
    name = _MONTHS[month - 1]
    yy = year[2:]
    d = rf"0?{day}"
    mm = rf"0?{month}"
    ordinal = rf"{day}(?:st|nd|rd|th)?"
    mon = rf"(?:{name}|{name[:3]})\.?"
    return [
        rf"{d}[/.\-]{mm}[/.\-](?:{year}|{yy})",
        rf"{year}-0?{month}-0?{day}",
        rf"{ordinal}\s+(?:of\s+)?{mon},?\s+{year}",
        rf"{mon}\s+{ordinal},?\s+{year}",
    ]
