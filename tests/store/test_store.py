"""The store and the session, below the command line."""

from __future__ import annotations

import json
import shutil
import threading

import pytest

from testimony.core.consent import Level, Method
from testimony.core.errors import VaultDamaged, VaultLocked, VaultUnavailable
from testimony.core.types import Status
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.store import accounts as store
from testimony.store.consent import consent_history, current_level
from testimony.store.events import recent_events
from testimony.store.migrations import MIGRATIONS, applied
from tests.helpers import PASSPHRASE


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "s.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def test_migrations_are_recorded_once(session):
    assert session.call(applied) == [name for name, _ in MIGRATIONS]
    session.lock().result()
    session.unlock(PASSPHRASE).result()  # opening again applies nothing twice
    assert session.call(applied) == [name for name, _ in MIGRATIONS]


def test_all_database_work_runs_on_one_thread(session):
    names = {session.call(lambda conn: threading.current_thread().name) for _ in range(5)}
    names.add(session.call_write(lambda conn: threading.current_thread().name))
    assert len(names) == 1
    assert names.pop() != threading.current_thread().name


def test_index_follows_every_change(session):
    aid = session.call_write(accounts.create_draft)
    assert session.call(store.account_ids, "lantern") == []
    session.call_write(accounts.save_answers, aid, {"what_happened": "a lantern in the ward"})
    assert session.call(store.account_ids, "lantern") == [aid]
    session.call_write(accounts.save_answers, aid, {"what_happened": "a candle"})
    assert session.call(store.account_ids, "lantern") == []
    assert session.call(store.account_ids, "candle") == [aid]
    session.call(accounts.delete_account, aid)
    assert session.call(store.account_ids, "candle") == []
    assert session.call(store.get_account, aid) is None


def test_consent_history_is_append_only(session):
    aid = session.call_write(accounts.create_draft)
    assert session.call(current_level, aid) is Level.PRIVATE
    session.call_write(accounts.set_consent, aid, Level.WORDS, Method.ALONE)
    session.call_write(accounts.set_consent, aid, Level.WORDS, Method.ALONE)  # same again
    session.call_write(accounts.set_consent, aid, Level.PRIVATE, Method.SUPPORTED)
    history = session.call(consent_history, aid)
    assert [(h.level, h.method) for h in history] == [
        (Level.WORDS, Method.ALONE),
        (Level.PRIVATE, Method.SUPPORTED),
    ]
    assert all(h.wording_id == "consent-v1" and len(h.wording_hash) == 64 for h in history)
    with pytest.raises(Exception, match="append-only"):
        session.call_write(lambda conn: conn.execute("UPDATE consent SET level = 'quote'"))
    assert session.call(current_level, aid) is Level.PRIVATE


def test_status_and_rows(session):
    aid = session.call_write(accounts.create_draft, True)
    session.call_write(
        accounts.save_answers,
        aid,
        {"short_name": "Night at A&E", "when": "2023-11"},
        Status.COMPLETE,
    )
    [row] = session.call(store.account_rows, [aid])
    assert (row.title, row.when, row.status, row.supported) == (
        "Night at A&E",
        "2023-11",
        Status.COMPLETE,
        True,
    )


def test_event_log_holds_no_content(session):
    aid = session.call_write(accounts.create_draft)
    session.call_write(accounts.save_answers, aid, {"what_happened": "SECRET-WORDS"})
    session.call_write(accounts.set_consent, aid, Level.COUNT, Method.ALONE)
    events = session.call(recent_events)
    assert [k for _, k in events][:3] == ["consent_changed", "account_updated", "account_created"]
    assert "SECRET" not in json.dumps(events)


def test_lock_drops_the_key_and_refuses_work(session):
    key = session._key
    session.lock().result()
    assert not session.is_unlocked
    assert key is not None and key.wiped
    with pytest.raises(VaultLocked):
        session.call(store.count_accounts)


def test_work_queued_before_lock_is_saved(session):
    aid = session.call_write(accounts.create_draft)
    session.submit_write(accounts.save_answers, aid, {"what_happened": "last words"})
    session.lock()
    session.unlock(PASSPHRASE).result()
    assert session.call(store.get_account, aid).answers == {"what_happened": "last words"}


def test_vault_removed_while_open_is_said_plainly(tmp_path):
    created = create_vault(tmp_path / "usb.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        aid = s.call_write(accounts.create_draft)
        s.call_write(accounts.save_answers, aid, {"what_happened": "kept"})
        away = tmp_path / "elsewhere"
        shutil.move(created.paths.folder, away)  # the stick is pulled
        with pytest.raises(VaultUnavailable):
            s.call_write(accounts.save_answers, aid, {"what_happened": "kept, and more"})
        shutil.move(away, created.paths.folder)  # and put back
        s.reconnect().result()
        s.call_write(accounts.save_answers, aid, {"what_happened": "kept, and more"})
    with Session(vault_paths(created.paths.folder)) as again:
        again.unlock(PASSPHRASE).result()
        assert again.call(store.get_account, aid).answers == {"what_happened": "kept, and more"}


def test_background_verify_finds_a_flipped_byte(tmp_path):
    created = create_vault(tmp_path / "v.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        for i in range(30):
            aid = s.call_write(accounts.create_draft)
            s.call_write(accounts.save_answers, aid, {"what_happened": f"story {i} " * 300})
        assert s.verify().result() == []
    db = created.paths.database
    data = bytearray(db.read_bytes())
    data[len(data) - 3000] ^= 0x40
    db.write_bytes(bytes(data))
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE, full_check=False).result()  # the quick open still works
        assert s.verify().result() != []
        with pytest.raises(VaultDamaged):
            s.unlock(PASSPHRASE).result()


def test_a_vault_from_a_newer_app_is_named_as_such(tmp_path, cli):
    created = create_vault(tmp_path / "new.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        s.call_write(
            lambda conn: conn.execute(
                "INSERT INTO _migrations (id, name, applied_at) VALUES (99, 'm099_future', 'x')"
            )
        )
    result = cli(["account", "list", created.paths.folder], stdin=PASSPHRASE + "\n")
    assert result.code != 0 and "made by a newer version" in result.err


def test_retitling_takes_quoted_words_out_of_list_titles(session):
    """Issue 12: a list on a shared screen never shows the first words of what happened;
    the migration works titles out again for accounts made before."""
    from testimony.services.accounts import add_incoming, parse_incoming

    words, named = session.call_write(
        add_incoming,
        [
            parse_incoming({"answers": {"what_happened": "They held me down"}}),
            parse_incoming({"answers": {"what_happened": "x", "short_name": "March"}}),
        ],
        Method.ALONE,
    )
    session.call_write(lambda conn: conn.execute("UPDATE accounts SET title = 'They held me down'"))
    session.call_write(store.retitle_all)
    rows = session.call(store.account_rows, [words, named])
    assert {r.id: r.title for r in rows} == {words: "", named: "March"}
