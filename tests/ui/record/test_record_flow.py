"""Recording a whole account through every page, as a person would with a mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from testimony.core.consent import CURRENT_WORDING, Level, Method, wording
from testimony.core.types import Status
from testimony.store.consent import consent_history
from testimony.ui.consent.page import ConsentPage
from testimony.ui.record.flow import RecordFlow
from testimony.ui.record.pages import IntroPage, QuestionPage
from tests.ui.record.record_helpers import click, find_button, press, start_flow, stored

WHAT_HAPPENED = "I went to A&E at night.\nThey said I was a 'frequent attender' and sent me home."


def on_question(flow: RecordFlow, question_id: str) -> QuestionPage:
    page = flow.current_page
    assert isinstance(page, QuestionPage), type(page).__name__
    assert page.question.id == question_id
    return page


def choose(qtbot, flow: RecordFlow, question_id: str, *options: str) -> None:
    page = on_question(flow, question_id)
    for option in options:
        click(qtbot, page.editor.option_button(option))
    press(qtbot, flow, "continue")


def skip(qtbot, flow: RecordFlow, question_id: str) -> None:
    on_question(flow, question_id)
    press(qtbot, flow, "skip")


def write(qtbot, flow: RecordFlow, question_id: str, text: str) -> None:
    page = on_question(flow, question_id)
    qtbot.keyClicks(page.editor.edit, text)
    press(qtbot, flow, "continue")


def labels_on(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_record_whole_account(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    assert isinstance(flow.current_page, IntroPage)
    assert "advocate or supporter" in labels_on(flow.current_page)
    click(qtbot, flow.intro.helped)
    press(qtbot, flow, "continue")

    choose(qtbot, flow, "services", "ae", "police")
    when = on_question(flow, "when").editor
    when.month.setCurrentIndex(when.month.findData(3))
    when.year.setCurrentIndex(when.year.findData(2024))
    press(qtbot, flow, "continue")
    skip(qtbot, flow, "area")

    # A content note comes before the run of hard questions, once, naming them all: five,
    # as "Were the police involved?" is answered by the ticked "Police" and not asked.
    assert flow.current_page is flow.note
    note = labels_on(flow.note)
    assert "The next 5 questions" in note and "What happened?" in note
    assert "Were the police involved?" not in note
    press(qtbot, flow, "continue")
    box = on_question(flow, "what_happened").editor.edit
    first, second = WHAT_HAPPENED.split("\n")
    qtbot.keyClicks(box, first)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Return makes a new line in the big box
    qtbot.keyClicks(box, second)
    press(qtbot, flow, "continue")

    # "Police" was ticked, so "Were the police involved?" is answered Yes and not asked.
    # Take a break from the middle of the run, then come back to exactly the same page.
    on_question(flow, "care_refused")
    click(qtbot, flow.current_page.editor.option_button("no"))
    press(qtbot, flow, "takeBreak")
    assert flow.current_page is flow.pause
    support = labels_on(flow.pause)
    for number in ("116 123", "85258", "111"):
        assert number in support
    assert "cannot help in a crisis" in support
    press(qtbot, flow, "resume")
    page = on_question(flow, "care_refused")
    assert page.editor.value() == "no"
    assert QApplication.focusWidget() is page.editor.option_button("no")
    click(qtbot, find_button(page, "clearAnswer"))
    press(qtbot, flow, "skip")

    skip(qtbot, flow, "label_or_plan")  # no second note inside the same run
    choose(qtbot, flow, "shared_with_police", "think_so")
    choose(qtbot, flow, "threats", "prosecution", "none")  # "none" clears the other box
    choose(qtbot, flow, "impact", "4")
    # how_affected starts a new run of hard questions: a new note, for one question.
    assert flow.current_page is flow.note
    assert "The next question asks about" in labels_on(flow.note)
    press(qtbot, flow, "continue")
    write(qtbot, flow, "how_affected", "I stopped asking for help.")
    skip(qtbot, flow, "would_have_helped")
    skip(qtbot, flow, "anything_else")
    write(qtbot, flow, "short_name", "The night at A&E")

    # Check page: every question, "Not answered" for skipped ones, Change goes and comes back.
    assert flow.current_page is flow.check
    shown = labels_on(flow.check)
    assert "Not answered" in shown and "A&E (accident and emergency)" in shown
    assert "March 2024" in shown and "4 out of 5" in shown
    click(qtbot, flow.check.change_buttons[2])
    choose(qtbot, flow, "area", "london")
    assert flow.current_page is flow.check
    assert "London" in labels_on(flow.check)

    press(qtbot, flow, "finish")
    qtbot.waitUntil(lambda: isinstance(flow.current_page, ConsentPage))
    consent = flow.current_page
    qtbot.waitUntil(lambda: consent.save_button.isEnabled())
    assert consent.chosen_level() is Level.PRIVATE  # the default
    assert consent.chosen_method() is Method.SUPPORTED  # recorded with support
    click(qtbot, consent.levels[Level.WORDS])
    click(qtbot, consent.save_button)
    qtbot.waitUntil(lambda: "Saved" in consent.result.text())
    with qtbot.waitSignal(flow.closed):
        click(qtbot, find_button(consent, "done"))

    account = stored(session, draft_id)
    assert account.status is Status.COMPLETE
    assert account.supported is True
    assert account.consent is Level.WORDS
    assert account.answers == {
        "services": ["ae", "police"],
        "when": "2024-03",
        "area": "london",
        "what_happened": WHAT_HAPPENED,
        "police_involved": "yes",
        "shared_with_police": "think_so",
        "threats": ["none"],
        "impact": 4,
        "how_affected": "I stopped asking for help.",
        "short_name": "The night at A&E",
    }
    history = session.call(consent_history, draft_id)
    assert [(r.level, r.method) for r in history] == [(Level.WORDS, Method.SUPPORTED)]
    assert history[0].wording_id == CURRENT_WORDING
    assert history[0].wording_hash == wording().sha256


def test_break_returns_to_the_same_place_in_the_text(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    flow.activateWindow()
    press(qtbot, flow, "continue")
    while getattr(flow.current_page, "question", None) is None or (
        flow.current_page.question.id != "what_happened"
    ):
        press(qtbot, flow, "skip" if getattr(flow.current_page, "question", None) else "continue")
    box = flow.current_page.editor.edit
    click(qtbot, box)
    qtbot.keyClicks(box, "half a sentence")
    cursor = box.textCursor()
    cursor.setPosition(4)
    box.setTextCursor(cursor)
    press(qtbot, flow, "takeBreak")
    assert flow.current_page is flow.pause
    press(qtbot, flow, "resume")
    assert QApplication.focusWidget() is box
    assert box.textCursor().position() == 4
    assert box.toPlainText() == "half a sentence"


def test_save_and_come_back_later_closes_once_saved(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    press(qtbot, flow, "continue")
    click(qtbot, flow.current_page.editor.option_button("gp"))
    with qtbot.waitSignal(flow.closed, timeout=5000):
        press(qtbot, flow, "saveAndLeave")
    assert stored(session, draft_id).answers == {"services": ["gp"]}
    # Opening it again carries on after the last answer.
    again = start_flow(qtbot, session, runner, draft_id)
    assert again.current_page.question.id == "when"
    assert again.current_page.editor  # the page is a question page
    assert again.questions[0].editor.value() == ["gp"]
