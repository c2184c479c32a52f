"""Issue 12, item 6: arrow keys choose radio options, Return on a question means Continue,
and the consent page never drops a choice that was made but not saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from testimony.core.consent import Level, Method
from testimony.services.accounts import set_consent
from testimony.services.drafts import set_supported
from testimony.store.accounts import count_accounts
from testimony.store.consent import consent_history
from testimony.ui.consent.page import ConsentPage
from testimony.ui.record.flow import RecordFlow
from tests.ui.record.record_helpers import click, start_flow, stored, to_question


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_arrow_keys_choose_and_return_goes_on(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    flow.activateWindow()
    qtbot.waitActive(flow)
    page = to_question(qtbot, flow, "area")
    page.focus_first()
    first = focused()
    assert page.editor.value() is None
    qtbot.keyClick(first, Qt.Key.Key_Down)
    second = focused()
    assert second is not first and second.isChecked()  # moved, and chose
    chosen = page.editor.value()
    assert chosen is not None
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert focused() is first and first.isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Up)  # round to the last option
    last = focused()
    assert last is not first and last.isChecked() and page.editor.value() != chosen
    qtbot.keyClick(last, Qt.Key.Key_Return)  # Return on a choice means Continue
    assert flow.current_page is not page
    flow.flush()
    qtbot.waitUntil(lambda: stored(session, draft_id).answers.get("area") is not None)


def test_arrow_keys_choose_on_the_first_page(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    flow.activateWindow()
    qtbot.waitActive(flow)
    assert focused() is flow.intro.helped and not flow.intro.helped.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert flow.intro.alone.isChecked() and focused() is flow.intro.alone
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    assert flow.current_page is not flow.intro


def _consent_page(qtbot, session, runner, account_id) -> ConsentPage:
    page = ConsentPage(session, runner, account_id)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitUntil(page.save_button.isEnabled)
    return page


def test_done_saves_a_choice_made_but_not_saved(qtbot, session, runner, draft_id):
    page = _consent_page(qtbot, session, runner, draft_id)
    click(qtbot, page.levels[Level.WORDS])
    with qtbot.waitSignal(page.done, timeout=10000):
        click(qtbot, page.done_button)  # not "Save my choice"
    history = session.call(consent_history, draft_id)
    assert [r.level for r in history] == [Level.WORDS]


def test_locking_saves_a_choice_made_but_not_saved(qtbot, session, runner, draft_id):
    page = _consent_page(qtbot, session, runner, draft_id)
    click(qtbot, page.levels[Level.COUNT])
    page.flush()  # what the workspace does before every lock
    qtbot.waitUntil(lambda: len(session.call(consent_history, draft_id)) == 1)
    assert session.call(consent_history, draft_id)[0].level is Level.COUNT


def test_done_without_a_change_saves_nothing(qtbot, session, runner, draft_id):
    page = _consent_page(qtbot, session, runner, draft_id)
    with qtbot.waitSignal(page.done):
        click(qtbot, page.done_button)
    assert session.call(consent_history, draft_id) == []


def test_how_it_was_chosen_follows_someone_is_helping(qtbot, session, runner, draft_id):
    session.call_write(set_consent, draft_id, Level.COUNT, Method.ALONE)  # an earlier choice
    session.call_write(set_supported, draft_id, True)
    page = _consent_page(qtbot, session, runner, draft_id)
    assert page.chosen_method() is Method.SUPPORTED


def test_leaving_a_new_account_with_nothing_answered_keeps_nothing(qtbot, session, runner):

    flow = RecordFlow(session, runner, None)  # "Record what happened", pressed by mistake
    qtbot.addWidget(flow)
    flow.show()
    qtbot.waitUntil(lambda: flow.current_page is flow.intro)
    with qtbot.waitSignal(flow.closed):
        flow.intro.save_and_leave.emit()
    flow.hide()
    qtbot.wait(100)
    assert session.call(count_accounts) == 0
    assert flow.account_id is None


def test_a_new_account_is_made_once_on_its_first_answer(qtbot, session, runner):
    flow = RecordFlow(session, runner, None)
    qtbot.addWidget(flow)
    flow.show()
    qtbot.waitUntil(lambda: flow.current_page is flow.intro)
    click(qtbot, flow.intro.helped)
    click(qtbot, flow.intro.continue_button)
    page = flow.current_page
    click(qtbot, page.editor.option_button("police"))
    click(qtbot, page.continue_button)
    flow.flush()
    click(qtbot, flow.current_page.continue_button)  # a second save, maybe before the first
    flow.flush()
    qtbot.waitUntil(lambda: flow.account_id is not None)
    qtbot.wait(100)
    assert session.call(count_accounts) == 1
    account = stored(session, flow.account_id)
    assert account.supported is True and account.answers == {"services": ["police"]}
