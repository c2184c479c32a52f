"""Searching as you type through the list model: an answer to an older search never
replaces a newer one, the count comes with the first page only, a broad search says "more
than" until the end is reached, and the count line says so in words."""

from __future__ import annotations

from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.ui.accounts.model import AccountsModel


def add(session, *texts: str) -> list[int]:
    items = [parse_incoming({"answers": {"what_happened": t}}, i) for i, t in enumerate(texts)]
    return session.call_write(add_incoming, items, Method.IMPORTED)


def test_a_stale_search_never_overwrites_a_newer_one(qtbot, session, runner):
    ward, *_ = add(session, "the ward", "police came", "police again")
    model = AccountsModel(session, runner)
    totals: list[int] = []
    model.loaded.connect(lambda: totals.append(model.total))
    # Both run on the one database thread, in order: the answer for "police" arrives
    # first, after "ward" was already typed, and must be dropped.
    model.reload("police")
    model.reload("ward")
    qtbot.waitUntil(lambda: bool(totals), timeout=5000)
    qtbot.wait(200)
    assert totals == [1]
    assert model.search == "ward"
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.account_id(0) == ward
    assert model.all_fetched()


def test_pages_follow_on_from_the_last_row(qtbot, session, runner):
    ids = add(session, *(f"ward {n}" for n in range(230)))
    model = AccountsModel(session, runner)
    with qtbot.waitSignal(model.loaded):
        model.reload("war")
    assert model.total == 230 and model.rowCount() == 100  # the first page, no more
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)
    assert [model.account_id(r) for r in range(model.rowCount())] == ids[::-1]


def test_a_broad_search_says_more_than_until_the_end(qtbot, session, runner, monkeypatch):
    from testimony.services import accounts as service
    from testimony.ui.accounts import model as model_module
    from testimony.ui.accounts.page import AccountsPage

    monkeypatch.setattr(service, "COUNT_LIMIT", 3)
    monkeypatch.setattr(model_module, "BATCH", 2)
    ids = add(session, *(f"ward {n}" for n in range(5)))
    page = AccountsPage(session, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded):
        page.model.reload("w")  # one letter: every account
    model = page.model
    assert (model.total, model.more, model.rowCount()) == (3, True, 2)
    assert page.count.text() == "More than 3 accounts match"

    def scrolled_to_the_end() -> bool:  # the page's own table may be fetching too
        if model.canFetchMore():
            model.fetchMore()
        return model.all_fetched()

    qtbot.waitUntil(scrolled_to_the_end)
    # At the end the exact number is known, and said.
    assert (model.total, model.more) == (5, False)
    assert page.count.text() == "5 accounts match"
    assert [model.account_id(r) for r in range(5)] == ids[::-1]
