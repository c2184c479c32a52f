"""Import into a real, encrypted workspace: records added, duplicates skipped and counted,
withdrawals applied only with the right secret, a bad file rejected whole, a log without
content, progress and cancel."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from testimony.coalition.importing import IMPORTED, NOT_RUN, REJECTED, import_files
from testimony.core.errors import WrongKind
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.store import workspace_records as wr
from testimony.store.workspace_schema import WORKSPACE
from tests import coalition_bundles as cb
from tests.helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path: Path):
    session, recipient = cb.make_workspace(tmp_path / "coalition.testimony")
    yield session, recipient
    session.close()


def contents(session: Session) -> dict[str, list]:
    """Everything in the workspace except the log, to compare before and after."""

    def read(conn):
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("records", "withdrawn", "identity", "settings")
        }

    return session.call(read)


def run(session: Session, files: list[Path], **kwargs):
    return session.call(import_files, files, **kwargs)


def test_import_adds_then_skips_duplicates(ws, tmp_path: Path):
    session, recipient = ws
    first, second = cb.many(30, seed=1), cb.many(20, seed=2)
    a = cb.write(tmp_path / "a.age", cb.bundle(first), recipient)
    b = cb.write(tmp_path / "b.age", cb.bundle(second + first[:5]), recipient)
    summary = run(session, [a, b])
    assert [f.status for f in summary.files] == [IMPORTED, IMPORTED]
    assert (summary.files[0].added, summary.files[1].added) == (30, 20)
    assert summary.files[1].duplicates == 5
    assert session.call(wr.record_count) == 50

    before = contents(session)
    again = run(session, [a, b])
    assert again.totals["added"] == 0 and again.totals["duplicates"] == 55
    assert contents(session) == before


def test_withdrawal_removes_exactly_its_records_and_only_with_the_secret(ws, tmp_path: Path):
    session, recipient = ws
    recs = cb.many(12)
    src = cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)
    run(session, [src])
    good = cb.write(
        tmp_path / "w.age", cb.notice([(r.export_id, r.secret) for r in recs[:3]]), recipient
    )
    bad = cb.write(tmp_path / "x.age", cb.notice([(recs[5].export_id, "0" * 64)]), recipient)
    summary = run(session, [bad, good])
    assert summary.files[0].withdrawn == 0 and summary.files[0].not_matched == 1
    assert summary.files[1].withdrawn == 3
    left = {r[0] for r in session.call(lambda c: list(wr.iter_answers(c)))}
    assert left == {r.export_id for r in recs[3:]}

    # The old bundle again: the withdrawn records do not come back.
    again = run(session, [src])
    assert again.files[0].added == 0 and again.files[0].withdrawn_before == 3
    assert session.call(wr.record_count) == 9


def test_a_notice_before_its_bundle_still_keeps_the_record_out(ws, tmp_path: Path):
    session, recipient = ws
    recs = cb.many(3)
    wrong = cb.write(tmp_path / "0.age", cb.notice([(recs[0].export_id, "1" * 64)]), recipient)
    right = cb.write(
        tmp_path / "1.age", cb.notice([(recs[0].export_id, recs[0].secret)]), recipient
    )
    summary = run(session, [wrong, right])
    assert [f.not_found for f in summary.files] == [1, 1]
    later = run(session, [cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)])
    assert later.files[0].added == 2 and later.files[0].withdrawn_before == 1


def test_a_bad_file_among_good_ones_is_rejected_whole(ws, tmp_path: Path):
    session, recipient = ws
    good = cb.write(tmp_path / "good.age", cb.bundle(cb.many(5, seed=3)), recipient)
    recs = cb.many(5, seed=4)
    doc = cb.bundle(recs)
    doc["records"][4]["answers"]["area"] = "atlantis"  # the last record is wrong
    bad = cb.write(tmp_path / "bad.age", doc, recipient)
    summary = run(session, [bad, good])
    assert summary.files[0].status == REJECTED
    assert summary.files[0].reason == "invalid_answers"
    assert summary.files[1].added == 5
    assert session.call(wr.record_count) == 5  # none of the bad file's first four


def test_the_log_has_one_row_per_file_and_no_content(ws, tmp_path: Path):
    session, recipient = ws
    recs = cb.many(4, consent="words", text="Secret words nobody should log")
    good = cb.write(tmp_path / "person-name.age", cb.bundle(recs), recipient)
    bad = tmp_path / "junk.age"
    bad.write_bytes(b"not an age file")
    run(session, [good, bad])
    log = session.call(wr.import_log)
    assert [e.outcome for _, e in log] == ["rejected", "imported"]
    flat = json.dumps([[at, *e.__dict__.values()] for at, e in log])
    assert "person-name" not in flat and "Secret words" not in flat
    assert recs[0].export_id not in flat
    assert log[1][1].added == 4 and len(log[1][1].fingerprint) == 64


def test_progress_and_cancel_between_files(ws, tmp_path: Path):
    session, recipient = ws
    files = [
        cb.write(tmp_path / f"{i}.age", cb.bundle(cb.many(2, seed=10 + i)), recipient)
        for i in range(5)
    ]
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            cancel.set()

    summary = run(session, files, progress=progress, cancel=cancel)
    assert summary.cancelled
    assert seen == [(1, 5), (2, 5)]
    assert [f.status for f in summary.files] == [IMPORTED, IMPORTED, NOT_RUN, NOT_RUN, NOT_RUN]
    assert session.call(wr.record_count) == 4


def test_a_vault_is_not_a_workspace(tmp_path: Path):
    folder = tmp_path / "person.testimony"
    create_vault(folder, PASSPHRASE)
    session = Session(vault_paths(folder), plan=WORKSPACE)
    with pytest.raises(WrongKind):
        session.unlock(PASSPHRASE).result()
    session.close()


def test_the_identity_never_leaves_the_encrypted_file(ws, tmp_path: Path):
    session, recipient = ws
    secret, public = session.call(wr.read_identity)
    assert public == recipient and secret.startswith("AGE-SECRET-KEY-1")
    session.lock().result()
    for path in (tmp_path / "coalition.testimony").iterdir():
        data = path.read_bytes()
        assert secret.encode() not in data and b"AGE-SECRET" not in data
