"""The letters are complete in Welsh: every field of every block, the teams, the title and
the words the code puts in, with no English left over except names that Welsh letters
keep in English (docs/translation.md, "The letters")."""

from __future__ import annotations

import re
import tomllib

import pytest

from testimony.core.errors import FormError
from testimony.core.letter_templates import available_templates, load_template
from testimony.core.letter_translation import missing_words, translate_template
from testimony.core.letters import NATIONS, ORGANISATION_TYPES, Sender, fill
from testimony.core.resources import read_text

# Names a Welsh letter keeps in English, each after its Welsh name or where there is none:
# Acts of the UK Parliament and UK GDPR exist only in English; bodies with no official
# Welsh name (or whose English name the organisation will look for); labels quoted from
# records, which the organisation must search for as they are written.
ENGLISH_NAMES = (
    "UK GDPR",
    "Data Protection Act 2018",
    "Police Reform Act 2002",
    "Information Commissioner's Office, ICO",
    "Serenity Integrated Mentoring (SIM)",
    "High Intensity Network",
    '"high intensity user"',
    '"high intensity"',
    '"frequent attender"',
    "Putting Things Right",
    "Parliamentary and Health Service Ombudsman, PHSO",
    "Scottish Public Services Ombudsman, SPSO",
    "Northern Ireland Public Services Ombudsman, NIPSO",
    "Independent Office for Police Conduct, IOPC",
    "Police Investigations and Review Commissioner, PIRC",
    "Police Ombudsman for Northern Ireland",
    "Healthwatch",
    "Mind",
)
WEB = re.compile(r"\S+\.(?:uk|org|wales|scot|cymru)\S*")
# Everyday English words that are not also Welsh words ("a", "i", "at", "am", "to" and
# "help" are).
ENGLISH_WORDS = {
    "the", "and", "you", "your", "please", "of", "for", "with", "this", "that", "are", "we",
    "will", "my", "have", "be", "or", "not", "from", "what", "when", "who", "how", "it",
    "letter", "complaint", "information", "months", "days", "about", "police", "health",
    "council", "they", "them", "which", "should", "ask", "free", "if", "by", "on",
}  # fmt: skip


def _doc(kind: str) -> dict:
    return tomllib.loads(read_text("letters", f"{kind}-v1.cy.toml"))


def _fields(kind: str):
    """(where, English words, Welsh words) for every piece of text in the letter."""
    english, welsh = load_template(kind), load_template(kind, language="cy")
    yield "title", english.title, welsh.title
    for t in ORGANISATION_TYPES:
        for nation in NATIONS:
            yield f"team.{nation}.{t}", english.team(t, nation), welsh.team(t, nation)
    for e, w in zip(english.blocks, welsh.blocks, strict=True):
        assert e.id == w.id
        yield f"{e.id}.heading", e.heading, w.heading
        yield f"{e.id}.text", e.text, w.text
        assert len(e.items) == len(w.items), e.id
        for n, (ei, wi) in enumerate(zip(e.items, w.items, strict=True)):
            yield f"{e.id}.items[{n}]", ei, wi
    yield "words", " ".join(english.words.months), " ".join(welsh.words.months)


@pytest.mark.parametrize("kind", sorted(available_templates()))
def test_every_field_of_the_letter_has_welsh_words(kind):
    assert missing_words(load_template(kind), _doc(kind)) == []
    for where, english, welsh in _fields(kind):
        assert bool(english) == bool(welsh), where
        if english and re.sub(r"\{[a-z_]+\}|\s", "", english):  # more than placeholders
            assert welsh != english, where
        # The same placeholders, so nothing the person gave is lost in Welsh.
        assert sorted(re.findall(r"\{[a-z_]+\}", welsh)) == sorted(
            re.findall(r"\{[a-z_]+\}", english)
        ), where


@pytest.mark.parametrize("kind", sorted(available_templates()))
def test_no_english_is_left_in_the_welsh_letter(kind):
    for where, _english, welsh in _fields(kind):
        words = WEB.sub(" ", re.sub(r"\{[a-z_]+\}", " ", welsh))
        for name in ENGLISH_NAMES:
            words = words.replace(name, " ")
        left = {w for w in re.findall(r"[A-Za-z']+", words.lower())} & ENGLISH_WORDS
        assert not left, (where, left)


def test_the_english_names_kept_are_each_given_with_welsh():
    """A name kept in English is never the only words: the Welsh says what it is."""
    text = read_text("letters", "access-v1.cy.toml") + read_text("letters", "complaint-v1.cy.toml")
    for welsh, english in (
        ("Reoliad Cyffredinol y DU ar Ddiogelu Data", "UK GDPR"),
        ("Ddeddf Diogelu Data 2018", "Data Protection Act 2018"),
        ("Ddeddf Diwygio'r Heddlu 2002", "Police Reform Act 2002"),
        ("Swyddfa'r Comisiynydd Gwybodaeth", "Information Commissioner's Office"),
        ("Gweithio i Wella", "Putting Things Right"),
        ("Swyddfa Annibynnol Ymddygiad yr Heddlu", "Independent Office for Police Conduct"),
    ):
        assert f"{welsh} ({english}" in text, english


def test_a_translation_cannot_change_the_letter_only_its_words():
    english = load_template("access")
    doc = _doc("access")
    with pytest.raises(FormError):  # a block the template does not have
        translate_template(english, {**doc, "block": {**doc["block"], "extra": {}}}, "cy")
    fewer = {**doc["block"]["asking_for"], "items": doc["block"]["asking_for"]["items"][:2]}
    with pytest.raises(FormError):  # a point dropped from the request
        translate_template(english, {**doc, "block": {**doc["block"], "asking_for": fewer}}, "cy")
    with pytest.raises(FormError):
        translate_template(english, {**doc, "language": "fr"}, "cy")
    with pytest.raises(FormError):
        translate_template(english, {**doc, "block": {"when": {"for": ["police"]}}}, "cy")


def test_welsh_words_the_code_puts_in():
    welsh = load_template("complaint", language="cy")
    letter = fill(welsh, {}, {}, "Bwrdd Iechyd", "nhs_trust", Sender(), "1 Mai 2025", "wales")
    assert letter.language == "cy" and letter.nation == "wales"
    assert letter.text.startswith("[Eich enw]\n[Eich cyfeiriad]\n\n1 Mai 2025")
    assert welsh.words.months[10] == "Tachwedd"


def test_a_language_with_no_letter_translation_gets_english():
    assert load_template("complaint", language="fr") == load_template("complaint")
