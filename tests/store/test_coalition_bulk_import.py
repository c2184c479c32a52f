"""An import of many files drops the index of export ids and builds it once at the end
(coalition/importing.py, docs/performance.md). It must decide exactly as file-by-file
imports do (duplicates, withdrawals, a notice in the middle), leave the index whole after
an import that is cancelled or cut short, and the words' index must not keep the words of
a withdrawn record."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from testimony.coalition.importing import BULK_FILES, NOT_RUN, import_files
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.store import workspace_records as wr
from testimony.store.workspace_schema import WORKSPACE
from tests import coalition_bundles as cb
from tests.helpers import PASSPHRASE


@pytest.fixture
def two(tmp_path: Path):
    """Two workspaces and the same files for each (each sealed to its own key)."""
    a, ra = cb.make_workspace(tmp_path / "a.testimony")
    b, rb = cb.make_workspace(tmp_path / "b.testimony")
    yield (a, ra), (b, rb), tmp_path
    a.close()
    b.close()


def _files(folder: Path, recipient: str, name: str) -> list[Path]:
    """BULK_FILES + 3 files: bundles that overlap, a notice (one right secret, one wrong,
    one for a record that comes later), the withdrawn bundle again, and the late record."""
    recs = cb.many(40, seed=5, consent="words", text="They told me to stop calling.")
    late = cb.record(consent="words", text="The late one.")
    folder.mkdir()
    docs = [cb.bundle(recs[n * 5 : n * 5 + 7]) for n in range(BULK_FILES - 1)]
    docs.append(
        cb.notice(
            [
                (recs[0].export_id, recs[0].secret),
                (recs[1].export_id, "0" * 64),
                (late.export_id, late.secret),
            ]
        )
    )
    docs += [cb.bundle(recs[:10]), cb.bundle([late, *recs[30:]]), cb.bundle(recs[:3])]
    return [cb.write(folder / f"{name}-{n:02d}.age", d, recipient) for n, d in enumerate(docs)]


def _state(session: Session) -> dict[str, object]:
    def read(conn):
        return {
            "records": conn.execute(
                "SELECT export_id, consent, facet, answers FROM records ORDER BY export_id"
            ).fetchall(),
            "withdrawn": conn.execute("SELECT export_id FROM withdrawn ORDER BY 1").fetchall(),
            "found": conn.execute(
                "SELECT count(*) FROM texts_fts WHERE texts_fts MATCH 'calling'"
            ).fetchone(),
            "index": conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'records_export'"
            ).fetchone(),
        }

    return session.call(read)


def _counts(summary) -> list[tuple[int, ...]]:
    keys = ("added", "duplicates", "withdrawn_before", "withdrawn", "not_matched", "not_found")
    return [tuple(getattr(f, k) for k in keys) for f in summary.files]


def test_many_files_at_once_decide_as_one_at_a_time(two):
    (bulk, rb), (single, rs), tmp = two
    bulk_files = _files(tmp / "bulk", rb, "b")
    # The same documents for the other workspace: same records, its own key.
    single_files = _files(tmp / "single", rs, "s")
    at_once = bulk.call(import_files, bulk_files)
    one_by_one = [single.call(import_files, [f]) for f in single_files]
    assert len(bulk_files) >= BULK_FILES
    assert _counts(at_once) == [c for s in one_by_one for c in _counts(s)]
    # (the ids are random per call of _files, so compare shapes, not the ids themselves)
    a, b = _state(bulk), _state(single)
    assert len(a["records"]) == len(b["records"]) and a["found"] == b["found"]
    assert len(a["withdrawn"]) == len(b["withdrawn"]) == 2
    assert a["index"] is not None and "UNIQUE" in a["index"][0]


def test_the_index_is_back_after_a_cancelled_import(two):
    (session, recipient), _other, tmp = two
    folder = tmp / "c"
    folder.mkdir()
    files = [
        cb.write(folder / f"{n}.age", cb.bundle(cb.many(3, seed=20 + n)), recipient)
        for n in range(BULK_FILES + 2)
    ]
    cancel = threading.Event()
    summary = session.call(
        import_files, files, progress=lambda done, _t: done == 3 and cancel.set(), cancel=cancel
    )
    assert summary.files[3].status == NOT_RUN
    assert session.call(wr.has_export_index)
    again = session.call(import_files, files)
    assert again.totals["duplicates"] == 9 and again.totals["added"] == 3 * (BULK_FILES - 1)
    assert session.call(wr.record_count) == 3 * len(files)


def test_opening_builds_the_index_an_interrupted_import_left_out(two):
    (session, recipient), _other, tmp = two
    recs = cb.many(4, seed=30)
    session.call(import_files, [cb.write(tmp / "x.age", cb.bundle(recs), recipient)])

    def crash_mid_import(conn):  # what a killed process leaves: the index dropped, committed
        conn.execute("BEGIN IMMEDIATE")
        wr.drop_export_index(conn)
        conn.execute("COMMIT")

    session.call(crash_mid_import)
    assert not session.call(wr.has_export_index)
    session.close()
    reopened = Session(vault_paths(tmp / "a.testimony"), plan=WORKSPACE)
    reopened.unlock(PASSPHRASE).result()
    try:
        assert reopened.call(wr.has_export_index)
        again = reopened.call(
            import_files, [cb.write(tmp / "y.age", cb.bundle(recs[:2]), recipient)]
        )
        assert again.totals["duplicates"] == 2 and reopened.call(wr.record_count) == 4
    finally:
        reopened.close()


def test_a_withdrawn_records_words_leave_the_words_index(two):
    (session, recipient), _other, tmp = two
    secret_word = "xylophonequartz"
    mine = cb.record(consent="words", text=f"Only I said {secret_word} to them.")
    others = cb.many(30, seed=40, consent="words", text="They said to go home.")
    session.call(import_files, [cb.write(tmp / "b.age", cb.bundle([mine, *others]), recipient)])

    def index_bytes(conn) -> bytes:
        return b"".join(
            bytes(r[0]) for r in conn.execute("SELECT block FROM texts_fts_data") if r[0]
        )

    assert secret_word.encode() in session.call(index_bytes)
    notice = cb.notice([(mine.export_id, mine.secret)])
    summary = session.call(import_files, [cb.write(tmp / "w.age", notice, recipient)])
    assert summary.files[0].withdrawn == 1
    # Not only unfindable: gone from the index's own pages (FTS5 secure-delete).
    assert secret_word.encode() not in session.call(index_bytes)
    assert secret_word not in str(session.call(lambda c: c.execute(
        "SELECT term FROM texts_vocab").fetchall()))  # fmt: skip


def test_a_workspace_made_before_keeps_its_records_words_and_tags(tmp_path: Path):
    from testimony.coalition import texts, themes
    from testimony.services.vault import create_vault
    from testimony.store.migrations import Plan

    folder = tmp_path / "old.testimony"
    old = Plan("workspace", WORKSPACE.migrations[:2])
    create_vault(folder, PASSPHRASE, plan=old)
    session = Session(vault_paths(folder), plan=old)
    session.unlock(PASSPHRASE).result()

    def fill(conn):  # as the earlier version wrote them (its trigger fills the index)
        conn.execute("BEGIN IMMEDIATE")
        for n in range(1, 4):
            conn.execute(
                "INSERT INTO records (id, export_id, withdrawal_hash, consent, form,"
                " form_version, exported, answers, facet, quote, imported_at, reviewed)"
                " VALUES (?, ?, 'h', 'words', 'crisis-account', 1, '2024-05', '{}', '', 0,"
                " '2024-06-01 10:00:00', 1)",
                (n, f"{n:032x}"),
            )
            conn.execute(
                "INSERT INTO record_texts (record_id, texts) VALUES (?, ?)",
                (n, f'{{"what_happened": "record number{n} waited"}}'),
            )
        conn.execute("INSERT INTO record_themes VALUES (?, 1)", (f"{2:032x}",))
        conn.execute("COMMIT")

    session.call(fill)
    session.close()
    session = Session(vault_paths(folder), plan=WORKSPACE)
    session.unlock(PASSPHRASE).result()
    try:
        found = session.call(texts.matching_ids, "waited")
        assert found == [f"{n:032x}" for n in (3, 2, 1)]
        assert session.call(texts.matching_ids, "number2") == [f"{2:032x}"]
        tagged = session.call(lambda c: c.execute("SELECT export_id FROM record_themes").fetchall())
        assert tagged == [(f"{2:032x}",)]
        assert session.call(wr.has_export_index)
        assert [t.records for t in session.call(themes.themes) if t.id == 1] == [1]

        def remove(conn):
            conn.execute("BEGIN IMMEDIATE")
            wr.delete_record(conn, f"{2:032x}")
            conn.execute("COMMIT")

        session.call(remove)
        assert session.call(texts.matching_ids, "number2") == []
        assert session.call(texts.matching_ids, "waited") == [f"{n:032x}" for n in (3, 1)]
    finally:
        session.close()
