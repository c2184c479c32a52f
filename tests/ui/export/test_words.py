"""Every code the redaction engine gives is said in plain words, never shown as a code."""

from __future__ import annotations

import json
from pathlib import Path

from testimony.core.redaction import KnownDetails, detect
from testimony.core.redaction.replace import LABELS
from testimony.core.review import FORCED_TYPE
from testimony.ui.export.words import reason_words, type_words, why_found

DATA = Path(__file__).resolve().parents[2] / "data" / "redaction_uk_crisis.jsonl"
GENERIC_TYPE = type_words("NO_SUCH_TYPE")
GENERIC_REASON = reason_words("no_such_reason")

KNOWN = KnownDetails(
    own_names=("Alex Morgan",),
    nicknames=("Lexi",),
    people=("Ravi",),
    places=("Oak Ward",),
    address="12 Elm Road, Leeds",
    postcode="LS6 2AB",
    phone="07700 900123",
    email="alex@example.org",
    nhs_number="943 476 5919",
    date_of_birth="1990-03-27",
)
KNOWN_TEXT = (
    "Alex Morgan (Lexi) of 12 Elm Road, Leeds LS6 2AB, phone 07700 900123, "
    "alex@example.org, NHS 943 476 5919, born 27/03/1990, was on Oak Ward with Ravi."
)


def found_codes() -> tuple[set[str], set[str]]:
    texts = [json.loads(line)["text"] for line in DATA.read_text().splitlines() if line]
    types, reasons = set(), set()
    for text in texts:
        for span in detect(text, None):
            types.add(span.type)
            reasons.update(span.reasons)
    for span in detect(KNOWN_TEXT, KNOWN):
        types.add(span.type)
        reasons.update(span.reasons)
    return types, reasons


def test_every_type_and_reason_found_has_its_own_words():
    types, reasons = found_codes()
    assert len(reasons) >= 15  # the corpus exercises most detectors
    assert {t for t in types if type_words(t) == GENERIC_TYPE} == set()
    assert {r for r in reasons if reason_words(r) == GENERIC_REASON} == set()
    assert any(r.startswith("known:") for r in reasons)


def test_every_label_type_and_the_machine_type_have_words():
    assert {t for t in [*LABELS, FORCED_TYPE, "OTHER"] if type_words(t) == GENERIC_TYPE} == set()


def test_words_are_plain():
    assert type_words("PHONE") == "a phone number"
    assert reason_words("known:own_name") == "you told us this is your name"
    assert reason_words("pattern:nhs_mod11") == "it looks like an NHS number (the check digit fits)"
    assert why_found(("namelist", "role:cpn")) == (
        "it is a common first name, and a job title comes before it"
    )
    assert why_found(()) == GENERIC_REASON
