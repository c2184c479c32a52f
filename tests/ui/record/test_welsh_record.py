"""An account recorded in Welsh is stored and exported as the same ids as one recorded in
English, so the two count together; the consent record says which wording was read."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from testimony.core.consent import Level, Method, wording
from testimony.exporting.bundle import build_export
from testimony.exporting.plan import plan_export
from testimony.services.accounts import create_draft, set_consent
from testimony.store.consent import consent_history
from testimony.ui.language import PROPERTY
from testimony.ui.record.flow import RecordFlow
from tests.ui.record.record_helpers import click, press, start_flow, stored, to_question

# The words a person sees in each language, for the same choices.
CHOICES = {
    "en": {"services": ["Police", "NHS 111"], "area": ["Wales"], "threats": ["Being arrested"]},
    "cy": {
        "services": ["Yr heddlu", "GIG 111"],
        "area": ["Cymru"],
        "threats": ["Cael eich arestio"],
    },
}


@pytest.fixture
def in_language(qapp):
    def set_to(code: str) -> None:
        qapp.setProperty(PROPERTY, code)

    yield set_to
    qapp.setProperty(PROPERTY, "en")


def button_labelled(page, text: str) -> QAbstractButton:
    found = [
        b
        for b in page.findChildren(QAbstractButton)
        if b.isVisible() and b.accessibleName() == text
    ]
    assert len(found) == 1, f"{text!r}: {len(found)} buttons"
    return found[0]


def record(qtbot, session, runner, language: str) -> int:
    account_id = session.call_write(create_draft)
    flow: RecordFlow = start_flow(qtbot, session, runner, account_id)
    for question_id, labels in CHOICES[language].items():
        page = to_question(qtbot, flow, question_id)
        for label in labels:
            click(qtbot, button_labelled(page, label))
    press(qtbot, flow, "continue")
    flow.flush()
    # Ticking Police answers "Were the police involved?" for the person (issue 12), in
    # either language; wait for that answer too, so both accounts are compared whole.
    wanted = set(CHOICES[language]) | {"police_involved"}
    qtbot.waitUntil(lambda: wanted <= set(stored(session, account_id).answers), timeout=5000)
    flow.close()
    QApplication.processEvents()
    return account_id


def test_welsh_account_exports_the_same_ids_as_english(qtbot, session, runner, in_language):
    in_language("en")
    english = record(qtbot, session, runner, "en")
    in_language("cy")
    welsh = record(qtbot, session, runner, "cy")
    for account_id in (english, welsh):
        session.call_write(set_consent, account_id, Level.COUNT, Method.ALONE)

    def exported() -> list[dict]:
        plan = session.call(plan_export, None, [english, welsh])
        payload, _sent = build_export(list(plan.accounts))
        return json.loads(payload)["records"]

    records = exported()
    assert len(records) == 2
    shape = [{k: r[k] for k in ("form", "form_version", "answers")} for r in records]
    assert shape[0] == shape[1]
    assert shape[0]["answers"] == {
        "services": ["police", "nhs111"],
        "police_involved": "yes",  # follows from ticking Police
        "area": "wales",
        "threats": ["arrest"],
    }
    assert "Cymru" not in json.dumps(records) and "Wales" not in json.dumps(records)


def test_the_welsh_form_is_what_is_shown(qtbot, session, runner, draft_id, in_language):
    in_language("cy")
    flow = start_flow(qtbot, session, runner, draft_id)
    words = "\n".join(w.text() for w in flow.current_page.findChildren(QLabel) if w.isVisible())
    assert "mewn argyfwng iechyd meddwl" in words  # the Welsh introduction
    flow.close()


def test_consent_keeps_the_language_and_hash_of_the_words_read(session, draft_id):
    session.call_write(set_consent, draft_id, Level.COUNT, Method.ALONE, "cy")
    session.call_write(set_consent, draft_id, Level.WORDS, Method.ALONE, "en")
    welsh, english = session.call(consent_history, draft_id)
    assert (welsh.language, welsh.wording_hash) == ("cy", wording(language="cy").sha256)
    assert (english.language, english.wording_hash) == ("en", wording().sha256)
    assert welsh.wording_id == english.wording_id and welsh.wording_hash != english.wording_hash
