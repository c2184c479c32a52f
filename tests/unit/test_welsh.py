"""Welsh is complete: every UI string, every question and option of the question set, and
the consent wording (docs/translation.md says how it was made)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from testimony.core.consent import Level, wording
from testimony.core.form_translation import missing_words
from testimony.core.forms import available_forms, load_form

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "src" / "testimony" / "resources"
TRANSLATIONS = RESOURCES / "translations"
PLACEHOLDER = re.compile(r"%L?\d|\{\d\}")
WELSH_PLURAL_FORMS = 5  # Qt's rule for cy: 0 | 1 | 2-5 | 6 | other (lupdate -target-language)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_welsh_ts_has_every_ui_string_and_none_unfinished():
    welsh = _messages(TRANSLATIONS / "testimony_cy.ts")
    english = {(c, m.findtext("source")) for c, m in _messages(TRANSLATIONS / "testimony_en.ts")}
    assert {(c, m.findtext("source")) for c, m in welsh} == english
    assert len(welsh) > 500
    for _context, message in welsh:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == WELSH_PLURAL_FORMS and all("%n" in f for f in forms), source
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), source
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), source


def test_welsh_is_really_welsh_not_copied_english():
    welsh = _messages(TRANSLATIONS / "testimony_cy.ts")
    same = [
        m.findtext("source")
        for _c, m in welsh
        if m.get("numerus") != "yes" and m.findtext("translation") == m.findtext("source")
    ]
    # Only things that read the same in both languages: file filters, "{0}%", names.
    assert len(same) <= 10, same


def test_the_fill_source_covers_every_string():
    """packaging/translations/cy.json is what made the .ts; it must be able to remake it."""
    table = json.loads((ROOT / "packaging/translations/cy.json").read_text(encoding="utf-8"))
    sources = {m.findtext("source") for _c, m in _messages(TRANSLATIONS / "testimony_cy.ts")}
    assert sources <= set(table)


def test_every_question_and_option_has_welsh_words():
    for form_id, versions in available_forms().items():
        for version in versions:
            english = load_form(form_id, version)
            path = RESOURCES / "forms" / f"{form_id}-v{version}.cy.json"
            doc = json.loads(path.read_text(encoding="utf-8"))
            assert missing_words(english, doc) == []
            welsh = load_form(form_id, version, "cy")
            assert welsh.title != english.title and welsh.intro != english.intro
            for w, e in zip(welsh.questions, english.questions, strict=True):
                # Only the words change: ids, types and export rules are the form's own.
                assert (w.id, w.type, w.export, w.option_ids) == (
                    e.id,
                    e.type,
                    e.export,
                    e.option_ids,
                )
                assert w.title != e.title, e.id
                for wo, eo in zip(w.options, e.options, strict=True):
                    assert wo.label.strip(), (e.id, eo.id)


def test_consent_wording_is_complete_in_welsh():
    english, welsh = wording(), wording(language="cy")
    assert welsh.language == "cy" and welsh.id == english.id
    assert welsh.sha256 != english.sha256
    assert welsh.question != english.question and welsh.footer != english.footer
    for level in Level:
        w, e = welsh.for_level(level), english.for_level(level)
        assert w.title and w.text and (w.title, w.text) != (e.title, e.text), level


def test_a_language_with_no_translation_gets_english():
    assert load_form("crisis-account", 1, "fr") == load_form("crisis-account", 1)
    assert wording(language="fr") == wording()
