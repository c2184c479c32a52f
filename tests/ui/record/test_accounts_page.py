"""The accounts list: empty state, full-text search through the page, the lazy model under
qtmodeltester, and deleting an account so it is gone from the list, the database and the
files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.store.accounts import account_ids, get_account
from testimony.ui.accounts.model import BATCH, AccountsModel
from testimony.ui.accounts.page import SEARCH_DELAY_MS, AccountsPage
from testimony.ui.accounts.view import AccountView
from tests.ui.record.record_helpers import click, find_button, vault_bytes


def add(session, *accounts: dict) -> list[int]:
    items = [parse_incoming({"form": "crisis-account", **a}, i) for i, a in enumerate(accounts)]
    return session.call_write(add_incoming, items, Method.IMPORTED)


def make_page(qtbot, session, runner) -> AccountsPage:
    page = AccountsPage(session, runner)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def shown_ids(page: AccountsPage) -> list[int]:
    return [page.model.account_id(r) for r in range(page.model.rowCount())]


def test_empty_vault_shows_one_clear_button(qtbot, session, runner):
    page = make_page(qtbot, session, runner)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)
    assert page.empty_button.isVisible() and not page.new_button.isVisible()
    assert page.empty_button.text() == "Record what happened"
    with qtbot.waitSignal(page.new_account_requested):
        click(qtbot, page.empty_button)


def test_search_uses_the_full_text_index(qtbot, session, runner):
    ambulance, police, _other = add(
        session,
        {"answers": {"what_happened": "The ambulance crew were kind", "short_name": "Crew"}},
        {"answers": {"what_happened": "Police came to the ward", "area": "london"}},
        {"answers": {"anything_else": "Nothing to add"}, "status": "draft"},
    )
    page = make_page(qtbot, session, runner)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.count.text() == "3 accounts"

    qtbot.keyClicks(page.search, "ambul")
    # Debounced: nothing is searched while typing goes on.
    assert page.model.search == ""
    qtbot.waitUntil(lambda: shown_ids(page) == [ambulance], timeout=SEARCH_DELAY_MS + 3000)
    assert page.count.text() == "1 account matches"
    title = page.model.index(0, AccountsModel.TITLE).data()
    assert title == "Crew"

    page.search.clear()
    qtbot.keyClicks(page.search, '"police" (ward* -')  # FTS syntax is never interpreted
    qtbot.waitUntil(lambda: shown_ids(page) == [police], timeout=SEARCH_DELAY_MS + 3000)

    page.search.clear()
    qtbot.keyClicks(page.search, "helicopter")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.no_match)
    assert page.new_button.isVisible()  # still one way to start, above the list


def test_row_opens_the_account(qtbot, session, runner):
    (only,) = add(session, {"answers": {"short_name": "Mine"}})
    page = make_page(qtbot, session, runner)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.open_account_requested) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [only]


def loaded_model(qtbot, session, runner) -> AccountsModel:
    model = AccountsModel(session, runner)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    return model


@pytest.mark.parametrize("count", [0, 1, 250])
def test_lazy_model_passes_the_model_tester(qtbot, qtmodeltester, session, runner, count):
    if count:
        add(session, *({"answers": {"short_name": f"Account {n}"}} for n in range(count)))
    model = loaded_model(qtbot, session, runner)
    assert model.total == count
    # The first page comes with the count, from one read; the rest when a view asks.
    assert model.rowCount() == min(count, BATCH)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.fetching)
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)
        assert model.rowCount() - before <= BATCH
    assert model.rowCount() == count
    qtmodeltester.check(model)
    if count:
        newest = model.index(0, AccountsModel.TITLE).data()
        assert newest == f"Account {count - 1}"
        assert model.index(0, AccountsModel.STATUS).data() == "Finished"
        assert model.index(0, AccountsModel.CONSENT).data() == "Private"


CANARY = "Zephyrine-canary-4411 on ward nine"


def test_delete_removes_it_everywhere(qtbot, session, runner, vault_path):
    keep, doomed = add(
        session,
        {"answers": {"what_happened": "This one stays", "short_name": "Stays"}},
        {"answers": {"what_happened": CANARY, "short_name": "Goes"}},
    )
    page = make_page(qtbot, session, runner)
    qtbot.waitUntil(lambda: sorted(shown_ids(page)) == sorted([keep, doomed]))

    view = AccountView(session, runner, doomed)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitUntil(lambda: view.main is not None)
    click(qtbot, view.delete_button)
    assert view.stack.currentWidget() is view.confirm
    assert "This cannot be undone" in " ".join(
        w.text() for w in view.confirm.findChildren(type(view.loading))
    )
    click(qtbot, find_button(view.confirm, "keep"))  # "No, keep it" changes nothing
    assert session.call(get_account, doomed) is not None
    click(qtbot, view.delete_button)
    with qtbot.waitSignal(view.deleted, timeout=5000):
        click(qtbot, view.yes_delete)

    page.refresh()
    qtbot.waitUntil(lambda: shown_ids(page) == [keep])
    assert session.call(get_account, doomed) is None
    assert session.call(account_ids, "Zephyrine") == []
    assert CANARY.encode() not in vault_bytes(vault_path)
