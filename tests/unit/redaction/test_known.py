"""Details the person gave the app are found every time, in any case and possessive form."""

from __future__ import annotations

import pytest

from testimony.core.redaction import KnownDetails, detect, redact

from .helpers import overlaps

KNOWN = KnownDetails(
    own_names=("Niamh O'Sullivan",),
    nicknames=("Nee",),
    people=("Dariusz Kowalczyk", "Rose Whitaker"),
    places=("Hollybank",),
    address="27 Larch Crescent, Bramley, Leeds",
    postcode="LS13 3PQ",
    phone="07700 900456",
    email="niamh.os@example.com",
    nhs_number="943 476 5919",
    date_of_birth="1991-06-09",
)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("niamh went to A&E", "niamh"),
        ("NIAMH went to A&E", "NIAMH"),
        ("Niamh's mum called 999", "Niamh's"),
        ("o'sullivan was my name on the form", "o'sullivan"),
        ("they called me nee all night", "nee"),
        ("dariusz's van was outside", "dariusz's"),
        ("kowalczyk came with me", "kowalczyk"),
        ("Mr Kowalczyk's statement", "Kowalczyk's"),
        ("Rose came to see me", "Rose"),
        ("Whitaker said nothing", "Whitaker"),
        ("back at hollybank by noon", "hollybank"),
        ("they came to 27 larch crescent at night", "27 larch crescent"),
        ("Larch Crescent was full of police", "Larch Crescent"),
        ("postcode ls133pq", "ls133pq"),
        ("postcode LS13  3PQ", "LS13  3PQ"),
        ("ring 07700900456", "07700900456"),
        ("ring +44 (0)7700 900 456", "+44 (0)7700 900 456"),
        ("ring 077 00 90 04 56", "077 00 90 04 56"),
        ("write to NIAMH.OS@EXAMPLE.COM", "NIAMH.OS@EXAMPLE.COM"),
        ("nhs no 9434765919", "9434765919"),
        ("nhs no 943-476-5919", "943-476-5919"),
        ("born 9th June 1991 in Leeds", "9th June 1991"),
        ("born 09/06/1991", "09/06/1991"),
    ],
)
def test_known_details_found(text: str, wanted: str) -> None:
    spans = detect(text, KNOWN)
    start = text.index(wanted)
    end = start + len(wanted)
    hits = [s for s in spans if overlaps(s, start, end)]
    assert hits, f"missed {wanted!r}"
    assert min(s.start for s in hits) <= start and max(s.end for s in hits) >= end
    assert any(r.startswith("known:") for s in hits for r in s.reasons)


def test_common_word_name_needs_its_capital() -> None:
    # "Rose" the person is found; "rose" the verb is not taken for her.
    spans = detect("the sun rose over the ward", KnownDetails(people=("Rose",)))
    assert not any("known:person" in s.reasons for s in spans)


def test_known_accepts_lists() -> None:
    known = KnownDetails(own_names=["Ada Lovelace"], people="Charles")  # type: ignore[arg-type]
    assert known.own_names == ("Ada Lovelace",)
    assert known.people == ("Charles",)
    assert detect("charles and ada", known)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("PC Smith said I was a nuisance.", "[POLICE OFFICER]"),
        ("I spoke to Sgt Baker at the desk.", "[POLICE OFFICER]"),
        ("Nurse Hope gave me water.", "[NURSE]"),
        ("Mrs Mason from the council rang.", "[PERSON 1]"),
    ],
)
def test_a_title_makes_an_everyday_word_a_name(text: str, label: str) -> None:
    """Smith, Baker, Hope and Mason are ordinary words, but after a title they are names."""
    out = redact(text, detect(text)).text
    assert label in out
    for word in ("Smith", "Baker", "Hope", "Mason"):
        assert word not in out


def test_a_title_word_alone_is_not_a_name() -> None:
    for text in ("The PC said so.", "My PC crashed again.", "The nurse was kind."):
        assert redact(text, detect(text)).text == text
