"""An account recorded with a form version this Testimony does not have: clear words, and
nothing about the account changes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from testimony.core.types import NewAccount, Status
from testimony.store.accounts import insert_account
from testimony.ui.accounts.model import AccountsModel
from testimony.ui.accounts.view import AccountView
from tests.ui.record.record_helpers import click, start_flow, stored


def add_future_account(session) -> int:
    new = NewAccount(
        "crisis-account",
        99,
        {"what_happened": "Words from the future", "q_new": "x"},
        Status.DRAFT,
        True,
    )
    return session.call_write(insert_account, new)


def test_unknown_form_version_is_explained_and_untouched(qtbot, session, runner):
    account_id = add_future_account(session)
    before = stored(session, account_id)

    flow = start_flow(qtbot, session, runner, account_id)
    assert flow.current_page is flow.message
    text = flow.message.text.text()
    assert "newer version of Testimony" in text and "Nothing has been changed" in text
    flow.flush()  # what a lock does: with nothing shown, there is nothing to save
    with qtbot.waitSignal(flow.closed):
        click(qtbot, flow.message.close_button)
    flow.hide()
    assert stored(session, account_id) == before

    view = AccountView(session, runner, account_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.main is not None)
    words = " ".join(label.text() for label in view.main.findChildren(QLabel))
    assert "newer version of Testimony" in words
    assert not hasattr(view, "edit_button")  # no way to edit what cannot be shown

    model = AccountsModel(session, runner)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, AccountsModel.TITLE).data().startswith("Account from ")
    assert stored(session, account_id) == before
