"""Choosing, changing and taking back consent: each choice is recorded with the wording
shown and how it was made; the history is kept and shown, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from testimony.core.consent import Level, Method, wording
from testimony.services.accounts import save_answers
from testimony.store.consent import consent_history
from testimony.ui.accounts.view import AccountView
from testimony.ui.consent.page import ConsentPage
from tests.ui.record.record_helpers import click


def choose(qtbot, page: ConsentPage, level: Level, method: Method) -> str:
    click(qtbot, page.levels[level])
    click(qtbot, page.methods[method])
    page.result.setText("")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.result.text() != "" and page.save_button.isEnabled())
    return page.result.text()


def test_change_and_withdraw_consent_keeps_history(qtbot, session, runner, draft_id):
    page = ConsentPage(session, runner, draft_id)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitUntil(page.save_button.isEnabled)
    assert page.chosen_level() is Level.PRIVATE  # nothing chosen yet means private
    texts = [label.text() for label in page.findChildren(QLabel)]
    for item in wording().levels:  # all four levels, explained in the file's own words
        assert item.text in texts

    assert "Saved" in choose(qtbot, page, Level.COUNT, Method.ALONE)
    assert "Saved" in choose(qtbot, page, Level.QUOTE, Method.SUPPORTED)
    assert "Saved" in choose(qtbot, page, Level.PRIVATE, Method.ALONE)  # taken back
    assert "Nothing changed" in choose(qtbot, page, Level.PRIVATE, Method.ALONE)

    history = session.call(consent_history, draft_id)
    assert [(r.level, r.method) for r in history] == [
        (Level.COUNT, Method.ALONE),
        (Level.QUOTE, Method.SUPPORTED),
        (Level.PRIVATE, Method.ALONE),
    ]
    assert {r.wording_hash for r in history} == {wording().sha256}
    shown = [
        (page.history.topLevelItem(i).text(1), page.history.topLevelItem(i).text(2))
        for i in range(page.history.topLevelItemCount())
    ]
    assert shown == [
        ("Keep it private", "Chose myself"),
        ("My words may be quoted", "Chose with support"),
        ("Count it", "Chose myself"),
    ]

    # The account view shows the level now in force and that it was changed.
    view = AccountView(session, runner, draft_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.main is not None)
    words = " ".join(label.text() for label in view.main.findChildren(QLabel))
    assert "Who can see it: Keep it private" in words
    assert "changed this 2 times" in words
    with qtbot.waitSignal(view.consent_requested) as signal:
        click(qtbot, view.main.findChild(type(view.delete_button), "consent"))
    assert signal.args == [draft_id]


def test_account_view_shows_answers_read_only(qtbot, session, runner, draft_id):
    session.call_write(
        save_answers, draft_id, {"what_happened": "<b>not bold</b>", "police_involved": "no"}
    )
    view = AccountView(session, runner, draft_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.main is not None)
    labels = {label.text(): label for label in view.main.findChildren(QLabel)}
    assert "<b>not bold</b>" in labels  # shown as the person typed it, never as markup
    assert "No" in labels and "Not answered" in labels
    assert view.edit_button.text() == "Continue"
    with qtbot.waitSignal(view.edit_requested) as signal:
        click(qtbot, view.edit_button)
    assert signal.args == [draft_id]
