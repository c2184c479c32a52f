"""Search as you type: prefixes from one letter, phrases in quotes, a count and pages read in
SQLite, hostile text that is never read as FTS syntax, and the migration that rebuilds the
index for an existing vault."""

from __future__ import annotations

import json

import pytest

from testimony.core.consent import Method
from testimony.services import accounts
from testimony.services.accounts import (
    FirstPage,
    MatchCount,
    add_incoming,
    count_matching,
    first_page,
    list_page,
    parse_incoming,
)
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store import accounts as store
from testimony.store.migrations import VAULT, Plan
from tests.helpers import PASSPHRASE


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "s.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def add(session: Session, *texts: str) -> list[int]:
    items = [parse_incoming({"answers": {"what_happened": t}}, i) for i, t in enumerate(texts)]
    return session.call_write(add_incoming, items, Method.IMPORTED)


def found(session: Session, search: str) -> list[int]:
    return [row.id for row in session.call(list_page, search, None, 1000)]


def test_one_letter_is_a_prefix_and_whole_words_still_match(session):
    ward, police, _ = add(session, "the ward was cold", "police came", "nothing else")
    assert set(found(session, "w")) == {ward}  # "ward", "was"
    assert set(found(session, "p")) == {police}
    assert set(found(session, "co")) == {ward}  # "cold"; "came" does not start with co
    assert found(session, "police came") == [police]
    assert found(session, "police cold") == []  # every word must match


def test_quotes_make_a_phrase(session):
    kind, apart = add(session, "the crew were kind to me", "kind words, but the crew left")
    assert set(found(session, "crew kind")) == {kind, apart}
    assert found(session, '"crew were kind"') == [kind]
    assert found(session, '"kind crew"') == []  # order matters inside quotes
    assert found(session, '"crew were"') == [kind]
    # A closed phrase is exact; a phrase still being typed ends in a prefix.
    assert found(session, '"crew were ki"') == []
    assert found(session, '"crew were ki') == [kind]
    assert found(session, '"the crew" left') == [apart]


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '""',
        "*",
        "a*",
        "NEAR(a b)",
        "body:ward",
        "ward OR police",
        "ward NOT police",
        "ward AND",
        "(ward",
        "^ward",
        "{body}: ward",
        "'; DROP TABLE accounts; --",
        "\x00ward",
        '"ward" "',
    ],
)
def test_fts_syntax_typed_by_a_person_is_only_text(session, hostile):
    _, police = add(session, "the ward and the body", "police came")
    # Never an error, and operators are words that must be in the text like any other.
    result = set(found(session, hostile))
    assert police not in result or "police" in hostile.lower()
    assert session.call(count_matching, hostile) == MatchCount(len(result))
    assert session.call(store.count_accounts) == 2


def test_operator_words_are_searched_as_words(session):
    ward, _ = add(session, "the ward and the body", "police came")
    assert found(session, "ward AND") == [ward]  # "and" is in the text
    assert found(session, "ward OR police") == []  # no account has all three words
    assert found(session, "body:ward") == [ward]


def test_operators_are_not_obeyed():
    assert store.fts_query("ward OR police") == '"ward"* "OR"* "police"*'
    assert store.fts_query('a" NEAR(b') == '"a"* "NEAR b"*'  # an open phrase, not NEAR()
    assert store.fts_query("body:ward*") == '"body"* "ward"*'
    assert store.fts_query('"" * ()') == ""


def test_count_and_pages_without_building_every_id(session):
    ids = add(session, *(f"account number {n} about the ward" for n in range(250)))
    add(session, "something else entirely")
    newest_first = ids[::-1]
    assert session.call(count_matching, "ward") == MatchCount(250)
    assert session.call(count_matching, "") == MatchCount(251)
    assert session.call(count_matching, "zzz") == MatchCount(0)
    pages: list[int] = []
    after = None
    while True:
        page = session.call(list_page, "ward", after, 100)
        pages += [row.id for row in page]
        if len(page) < 100:
            break
        after = page[-1]
    assert pages == newest_first
    assert len(session.call(list_page, "", None, 100)) == 100


def test_a_saved_account_moves_to_the_top_without_appearing_twice(session):
    ids = add(session, *(f"ward {n}" for n in range(5)))
    first = session.call(list_page, "ward", None, 2)
    assert [r.id for r in first] == [ids[4], ids[3]]
    # The oldest is saved between pages: it moves to the top, not into the next page twice
    # (its place is taken at the save, so this holds within the same second too).
    session.call_write(accounts.save_answers, ids[0], {"what_happened": "ward again"})
    rest = session.call(list_page, "ward", first[-1], 100)
    assert [r.id for r in rest] == [ids[2], ids[1]]
    assert [r.id for r in session.call(list_page, "ward", None, 2)] == [ids[0], ids[4]]
    assert [r.id for r in session.call(list_page, "", None, 2)] == [ids[0], ids[4]]
    # Its old words left the index with its old place: "again" finds it once.
    assert found(session, "again") == [ids[0]]


def test_a_one_letter_search_pages_through_every_account_newest_first(session):
    ids = add(session, *(f"ward {n}" for n in range(130)))
    assert session.call(count_matching, "w") == MatchCount(130)
    assert session.call(count_matching, "w", 100) == MatchCount(100, more=True)
    first = session.call(first_page, "w", 50, 100)
    assert first.count == MatchCount(100, more=True)  # "more than 100"
    assert [r.id for r in first.rows] == ids[::-1][:50]
    rows = list(first.rows)
    while True:
        page = session.call(list_page, "w", rows[-1], 50)
        rows += page
        if len(page) < 50:
            break
    assert [r.id for r in rows] == ids[::-1]
    # Two and three letters, as typing goes on; a letter that starts no word finds nothing.
    assert session.call(first_page, "wa", 200, 1000).count == MatchCount(130)
    assert session.call(first_page, "war", 200, 1000).count == MatchCount(130)
    assert session.call(first_page, "q", 200, 1000) == FirstPage(MatchCount(0), ())


def test_the_first_page_and_count_agree_with_every_kind_of_search(session):
    kind, apart, other = add(
        session, "the crew were kind to me", "kind words, but the crew left", "nobody came"
    )
    for search, expected in [
        ("", [other, apart, kind]),
        ("k", [apart, kind]),
        ("crew kind", [apart, kind]),
        ('"crew were kind"', [kind]),
        ('"the crew" left', [apart]),
        ('"crew were ki', [kind]),
        ("zzz", []),
    ]:
        page = session.call(first_page, search, 100, 1000)
        assert [r.id for r in page.rows] == expected, search
        assert page.count == MatchCount(len(expected)) == session.call(count_matching, search)
    # Without a search the count is always exact, however many there are.
    assert session.call(first_page, "", 1, 1).count == MatchCount(3)
    assert session.call(count_matching, "", 1) == MatchCount(3)


def test_deleting_an_account_takes_its_words_out_of_the_index(session):
    kept, gone = add(session, "the ward was cold", "the ward was warm")
    accounts_before = session.call(count_matching, "ward")
    session.call(accounts.delete_account, gone)
    assert accounts_before == MatchCount(2)
    assert found(session, "ward") == [kept]
    assert found(session, "warm") == []
    assert session.call(count_matching, "warm") == MatchCount(0)


OLD_TEXTS = [
    ("the ward was cold", "2026-01-01T10:00:00Z"),
    ("police came", "2026-01-01T09:00:00Z"),
    ("the ward again", "2026-03-01T09:00:00Z"),
]


def old_insert(conn, text: str, updated: str) -> int:
    """An account as vaults before m008 stored it: no place, its words under its id."""
    cur = conn.execute(
        "INSERT INTO accounts (form_id, form_version, status, created, updated)"
        " VALUES ('crisis-account', 1, 'complete', ?, ?)",
        (updated, updated),
    )
    account_id = int(cur.lastrowid)
    answers = json.dumps({"what_happened": text})
    conn.execute("INSERT INTO account_answers VALUES (?, ?)", (account_id, answers))
    conn.execute("INSERT INTO accounts_fts (rowid, body) VALUES (?, ?)", (account_id, text))
    return account_id


def old_plan_before(suffix: str) -> Plan:
    names = [name for name, _ in VAULT.migrations]
    return Plan(
        "vault", VAULT.migrations[: next(i for i, n in enumerate(names) if n.endswith(suffix))]
    )


def test_an_existing_vault_keeps_its_list_order_and_searches_in_it(tmp_path):
    old_plan = old_plan_before("_search_in_list_order")
    created = create_vault(tmp_path / "old.testimony", PASSPHRASE, plan=old_plan)
    with Session(created.paths, plan=old_plan) as old:
        old.unlock(PASSPHRASE).result()
        cold, police, again = (old.call_write(old_insert, t, s) for t, s in OLD_TEXTS)
    with Session(created.paths) as new:
        new.unlock(PASSPHRASE).result()
        # Newest saved first, as before: by `updated`, not by id.
        assert found(new, "") == [again, cold, police]
        assert found(new, "w") == [again, cold]
        assert found(new, "police") == [police]
        assert found(new, '"ward was"') == [cold]
        new.call_write(accounts.save_answers, police, {"what_happened": "police came back"})
        assert found(new, "") == [police, again, cold]
        assert found(new, '"came back"') == [police]


def test_an_existing_vault_gets_the_one_letter_index(tmp_path):
    # A vault made just before the prefix index existed.
    names = [name for name, _ in VAULT.migrations]
    before = next(i for i, name in enumerate(names) if name.endswith("_search_prefixes"))
    old_plan = Plan("vault", VAULT.migrations[:before])
    created = create_vault(tmp_path / "old.testimony", PASSPHRASE, plan=old_plan)
    with Session(created.paths, plan=old_plan) as old:
        old.unlock(PASSPHRASE).result()
        ward, _ = (old.call_write(old_insert, t, s) for t, s in OLD_TEXTS[:2])
    with Session(created.paths) as new:
        new.unlock(PASSPHRASE).result()
        sql = new.call(
            lambda c: c.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'accounts_fts'"
            ).fetchone()[0]
        )
        assert "prefix='1 2 3'" in sql
        assert found(new, "w") == [ward]
        assert found(new, "cold") == [ward]
        new.call(accounts.delete_account, ward)
        assert found(new, "cold") == []


def test_a_list_added_at_once_is_indexed_in_one_run_and_keeps_its_order(session):
    before = session.call(lambda c: c.execute("SELECT count(*) FROM accounts_fts_data").fetchone())
    ids = add(session, *(f"the ward, number {n}" for n in range(50)))
    after = session.call(lambda c: c.execute("SELECT count(*) FROM accounts_fts_data").fetchone())
    # One new segment of a few pages; one account at a time would have made 50 segments.
    assert after[0] - before[0] < 25
    assert found(session, "ward") == ids[::-1]
    assert found(session, '"number 7"') == [ids[7]]
