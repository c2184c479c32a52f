"""Checkpoints and index merges happen beside saves, never inside them, and the WAL stays
bounded: a size check on real files, not a timing."""

from __future__ import annotations

import random

import pytest

from testimony.services import accounts
from testimony.services import session as session_module
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store import maintenance
from tests.helpers import PASSPHRASE

LIMIT = 512 * 1024


def words(rng: random.Random, n: int) -> str:
    return " ".join(
        rng.choice(("ward", "police", "kind", "cold", "nurse", "door")) + str(rng.randint(0, 5000))
        for _ in range(n)
    )


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(maintenance, "WAL_LIMIT_BYTES", LIMIT)


@pytest.fixture
def session(tmp_path, small_limit):
    created = create_vault(tmp_path / "m.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def wal(session: Session) -> int:
    return maintenance.wal_bytes(session.paths.database)


def save_many(session: Session, count: int, seed: int = 1) -> list[int]:
    """Saves of long accounts; the WAL size seen after each one."""
    rng = random.Random(seed)
    ids = [session.call_write(accounts.create_draft) for _ in range(10)]
    sizes = []
    for _ in range(count):
        answers = {"what_happened": words(rng, 400), "how_affected": words(rng, 150)}
        session.call_write(accounts.save_answers, rng.choice(ids), answers)
        for _ in range(maintenance.MERGE_STEPS + 2):
            session.call(lambda conn: None)  # let maintenance queued by that save finish
        sizes.append(wal(session))
    return sizes


def test_saves_do_not_checkpoint_and_automerge_is_off(session):
    assert session.call(lambda c: c.execute("PRAGMA wal_autocheckpoint").fetchone()[0]) == 0
    automerge = session.call(
        lambda c: c.execute("SELECT v FROM accounts_fts_config WHERE k = 'automerge'").fetchone()
    )
    assert automerge == (0,)


def test_saves_leave_merging_to_maintenance(session, monkeypatch):
    # No maintenance at all: FTS5's default crisis merge (16 segments on a level) would
    # merge inside the 16th save's commit, and merging removes index rows.
    monkeypatch.setattr(session, "_after_write", lambda: None)
    options = dict(
        session.call(lambda c: c.execute("SELECT k, v FROM accounts_fts_config").fetchall())
    )
    assert (options["crisismerge"], options["usermerge"]) == (64, 2)
    rows = []
    for n in range(40):
        session.call_write(
            accounts.save_answers,
            session.call_write(accounts.create_draft),
            {"what_happened": f"ward {n}"},
        )
        rows.append(
            session.call(
                lambda c: c.execute("SELECT count(*) FROM accounts_fts_data").fetchone()[0]
            )
        )
    assert rows == sorted(rows) and rows[-1] > rows[0]  # never fewer: no save merged
    done = session.maintain().result()
    assert done is not None and done.merged_steps > 0
    after = session.call(
        lambda c: c.execute("SELECT count(*) FROM accounts_fts_data").fetchone()[0]
    )
    assert after < rows[-1]


def test_the_wal_stays_bounded_over_many_saves(session):
    sizes = save_many(session, 120)
    # The saves wrote several times the limit in all ...
    assert sum(b - a for a, b in zip([0, *sizes], sizes, strict=False) if b > a) > 3 * LIMIT
    # ... yet the WAL never grew past the limit by more than one save's pages.
    assert max(sizes) < LIMIT + 256 * 1024
    done = session.maintain().result()
    assert done is not None and done.wal_bytes_after == 0 and wal(session) == 0


def test_maintenance_merges_the_index_segments_saves_leave(session):
    save_many(session, 40)
    done = session.maintain().result()
    assert done is not None and done.merged_steps > 0
    again = session.maintain().result()
    assert again is not None and again.merged_steps == 0  # nothing left to merge
    assert session.call(lambda c: c.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"


def test_an_idle_vault_checkpoints_by_itself(session, monkeypatch, qtbot):
    monkeypatch.setattr(session_module, "IDLE_SECONDS", 0.2)
    session.call_write(
        accounts.save_answers,
        session.call_write(accounts.create_draft),
        {"what_happened": "the ward was cold"},
    )
    assert wal(session) > 0
    qtbot.waitUntil(lambda: wal(session) == 0, timeout=10_000)


def test_locking_leaves_an_empty_wal(session):
    save_many(session, 5)
    assert wal(session) > 0
    session.lock().result()
    assert wal(session) == 0


def test_work_asked_for_meanwhile_waits_for_one_merge_step_not_all(session, monkeypatch):
    monkeypatch.setattr(session, "_after_write", lambda: None)  # no maintenance while saving
    monkeypatch.setattr(maintenance, "_MERGE_PAGES", 10)  # small steps: several to do
    rng = random.Random(3)
    for _ in range(40):
        draft = session.call_write(accounts.create_draft)
        session.call_write(accounts.save_answers, draft, {"what_happened": words(rng, 300)})
    order: list[str] = []
    merge_step = maintenance.merge_step

    def recorded(conn):
        worked = merge_step(conn)
        order.append("merge" if worked else "nothing to merge")
        return worked

    monkeypatch.setattr(maintenance, "merge_step", recorded)
    session._submit_maintenance()  # what the idle timer does
    session.submit(lambda conn: order.append("search")).result()
    session.call(lambda conn: None)
    while order[-1] != "nothing to merge":
        session.call(lambda conn: None)
    assert order[:3] == ["merge", "search", "merge"]
    assert wal(session) == 0  # the checkpoint came after the last step
