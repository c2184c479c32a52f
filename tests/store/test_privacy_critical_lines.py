"""Lines a mutation check could change with no test failing (issue 9, item 10), on real
SQLCipher files: a deleted account leaves the search index; a receipt that cannot be
committed after the sealed file is in place takes the file with it; a migration that fails
part-way leaves the database and its version record as they were."""

from __future__ import annotations

import os

import pytest

from testimony.core.consent import Level, Method
from testimony.crypto.age import new_identity
from testimony.crypto.secret import SecretKey
from testimony.exporting import write as write_module
from testimony.exporting.plan import accept_automatic, plan_export
from testimony.exporting.write import write_export
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store import accounts as store
from testimony.store import schema_v1
from testimony.store.connection import close, open_database
from testimony.store.migrations import Plan, applied, migrate
from testimony.store.sharing import receipts
from tests.helpers import PASSPHRASE


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "m.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def test_a_deleted_account_leaves_the_search_index(session):
    gone = session.call_write(accounts.create_draft)
    session.call_write(accounts.save_answers, gone, {"what_happened": "zebracrossing at night"})
    session.call(accounts.delete_account, gone)
    # The index itself holds nothing of it (it is inside the vault, but deleted is deleted).
    rows = session.call(
        lambda c: c.execute(
            "SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH 'zebracrossing'"
        ).fetchall()
    )
    assert rows == []
    # A new account takes the freed id; the old words must not find it.
    new = session.call_write(accounts.create_draft)
    session.call_write(accounts.save_answers, new, {"what_happened": "a quiet afternoon"})
    assert new == gone
    assert session.call(store.account_ids, "zebracrossing") == []


def test_a_receipt_that_cannot_be_committed_takes_the_sealed_file_with_it(
    session, tmp_path, monkeypatch
):
    aid = session.call_write(accounts.create_draft)
    session.call_write(accounts.save_answers, aid, {"services": ["police"]})
    session.call_write(accounts.set_consent, aid, Level.COUNT, Method.ALONE)
    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    plan = session.call(plan_export, session.paths.folder)
    out = tmp_path / "sealed.age"
    real_write = write_module.files.atomic_write
    seen: list[bool] = []

    def export_with_failing_commit(conn):
        def write_then_spoil_the_commit(path, data):
            real_write(path, data)
            seen.append(path.exists())
            # A real failure at COMMIT: a deferred foreign key that does not hold.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute(
                "INSERT INTO export_items (receipt_id, export_id, withdrawal_secret, level)"
                " VALUES (999999, 'spoiler', 's', 'count')"
            )

        monkeypatch.setattr(write_module.files, "atomic_write", write_then_spoil_the_commit)
        return write_export(conn, plan, [("c", new_identity().recipient)], out)

    with pytest.raises(Exception, match="FOREIGN KEY"):
        session.call(export_with_failing_commit)
    assert seen == [True]  # the sealed file had been written …
    assert not out.exists()  # … and was taken away again
    assert session.call(receipts) == []
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".sealed")]


def test_a_migration_that_fails_part_way_changes_nothing(tmp_path):
    def half_done(conn):
        conn.execute("CREATE TABLE half (x)")
        conn.execute("INSERT INTO half VALUES (1)")
        raise RuntimeError("the disk was pulled out")

    key = SecretKey(os.urandom(32))
    path = tmp_path / "db"
    conn = open_database(path, key, create=True)
    plan = Plan("vault", (("m001_initial", schema_v1.apply), ("m002_half_done", half_done)))
    try:
        with pytest.raises(RuntimeError):
            migrate(conn, plan)
        assert applied(conn) == ["m001_initial"]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables and "accounts" in tables
    finally:
        close(conn)
    # Opened again, the vault is still at the first version and can move on from it.
    conn = open_database(path, key)
    try:
        assert applied(conn) == ["m001_initial"]
        assert migrate(conn, Plan("vault", plan.migrations[:1])) == []
    finally:
        close(conn)
