"""An import checkpoints rarely, yet leaves no withdrawn words in the WAL: size checks on
the real files, not timings."""

from __future__ import annotations

from pathlib import Path

import pytest

from testimony.coalition.importing import import_files
from testimony.store import maintenance
from tests import coalition_bundles as cb


@pytest.fixture
def ws(tmp_path: Path):
    session, recipient = cb.make_workspace(tmp_path / "coalition.testimony")
    yield session, recipient
    session.close()


def wal(session) -> int:
    return maintenance.wal_bytes(session.paths.database)


def test_bundles_go_into_the_wal_without_a_checkpoint_each(ws, tmp_path: Path):
    session, recipient = ws
    files = [
        cb.write(tmp_path / f"{n}.age", cb.bundle(cb.many(150, seed=n)), recipient)
        for n in range(4)
    ]
    seen: list[int] = []
    session.call(import_files, files, progress=lambda done, total: seen.append(wal(session)))
    # SQLite on its own checkpoints every 1,000 pages; here the WAL only grows between
    # bundles (well under the import's limit), and is emptied once at the end.
    assert seen == sorted(seen) and seen[0] > 0
    assert wal(session) == 0
    assert session.call(lambda c: c.execute("PRAGMA secure_delete").fetchone()[0]) == 1


def test_withdrawn_records_leave_the_wal_at_once(ws, tmp_path: Path):
    session, recipient = ws
    recs = cb.many(20)
    source = cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)
    notice = cb.write(
        tmp_path / "w.age", cb.notice([(r.export_id, r.secret) for r in recs[:5]]), recipient
    )
    more = cb.write(tmp_path / "c.age", cb.bundle(cb.many(20, seed=9)), recipient)
    sizes: list[int] = []
    session.call(
        import_files, [source, notice, more], progress=lambda d, t: sizes.append(wal(session))
    )
    assert sizes[0] > 0  # the first bundle waits in the WAL
    assert sizes[1] == 0  # the notice that withdrew records was checkpointed at once
