"""Vaults made before key-header format 2 open again, once, and are upgraded in place; after
that, a format-1 key file put back is refused (docs/security.md, promise 4).

The format-1 vaults are built by tests/format1.py exactly as the old code wrote them (real
Argon2id, AES-GCM and SQLCipher, no mocks).
"""

from __future__ import annotations

import json
import shutil
import struct

import pytest

from testimony.core.errors import HeaderInvalid, WrongPassphrase
from testimony.crypto import header as hdr
from testimony.services import backup
from testimony.services.session import Session
from testimony.services.vault import check_vault, read_header, unwrap_key
from testimony.store import accounts as store
from testimony.store.events import recent_events
from testimony.store.header_format import read_header_format
from tests.format1 import Format1Vault, format_1_header, make_format_1_vault
from tests.helpers import PASSPHRASE, snapshot

TEXTS = [f"older vault canary {w} account" for w in ("amber", "birch", "cedar", "damson", "elm")]
KEY_FILE_CHANGED = "key file is damaged or has been changed"


@pytest.fixture
def old(tmp_path) -> Format1Vault:
    return make_format_1_vault(tmp_path / "old.testimony", PASSPHRASE, TEXTS)


def _texts(paths, passphrase=None, recovery_code=None) -> list[str]:
    with Session(paths) as s:
        s.unlock(passphrase, recovery_code=recovery_code).result()  # the full check too
        return sorted(
            s.call(store.get_account, i).answers["what_happened"] for i in s.call(store.account_ids)
        )


def _format(paths) -> tuple[int, int | None]:
    """(the header's format, the format the database records)."""
    key = unwrap_key(paths, PASSPHRASE, upgrade_format_1=False)
    try:
        with Session(paths) as s:
            s.unlock(PASSPHRASE, full_check=False).result()
            recorded = s.call(read_header_format)
    finally:
        key.wipe()
    return read_header(paths).format_version, recorded


def test_a_format_1_vault_opens_with_its_passphrase_and_is_upgraded(old):
    assert read_header(old.paths).format_version == 1
    assert _texts(old.paths, PASSPHRASE) == sorted(TEXTS)
    header = read_header(old.paths)
    assert header.format_version == 2 and header.generation >= 0
    assert {s.kind: s.sealed_under for s in header.slots} == {"passphrase": 1, "recovery": 1}
    assert _format(old.paths) == (2, 2)
    with Session(old.paths) as s:
        s.unlock(PASSPHRASE).result()
        assert "key_file_upgraded" in [kind for _at, kind in s.call(recent_events)]
    # Every slot still opens, and the whole check passes.
    assert _texts(old.paths, recovery_code=old.recovery_code) == sorted(TEXTS)
    assert check_vault(old.paths, PASSPHRASE) == []


def test_a_format_1_vault_opens_with_its_recovery_code_first(old):
    assert _texts(old.paths, recovery_code=old.recovery_code) == sorted(TEXTS)
    assert read_header(old.paths).format_version == 2
    assert _texts(old.paths, PASSPHRASE) == sorted(TEXTS)


def test_a_wrong_passphrase_on_a_format_1_vault_changes_nothing(old):
    before = snapshot(old.paths.folder)
    with pytest.raises(WrongPassphrase):
        _texts(old.paths, "not the passphrase")
    assert snapshot(old.paths.folder) == before
    assert read_header(old.paths).format_version == 1


def test_the_command_line_opens_and_upgrades_a_format_1_vault(old, cli):
    result = cli(["account", "list", old.paths.folder, "--json"], stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert len(json.loads(result.out)) == len(TEXTS)
    assert read_header(old.paths).format_version == 2
    assert cli(["vault", "check", old.paths.folder], stdin=PASSPHRASE + "\n").code == 0


def test_vault_check_on_a_format_1_vault_says_it_will_be_upgraded_and_changes_nothing(old, cli):
    before = snapshot(old.paths.folder)
    result = cli(["vault", "check", old.paths.folder], stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert "The vault is whole." in result.out
    assert "older format" in result.out and "brought up to date" in result.out
    assert snapshot(old.paths.folder) == before
    assert read_header(old.paths).format_version == 1


def test_a_passphrase_change_on_a_format_1_vault_upgrades_and_re_keys(old, cli):
    stdin = f"{PASSPHRASE}\nthe new one here\nthe new one here\n"
    assert cli(["vault", "passwd", old.paths.folder], stdin=stdin).code == 0, "passwd failed"
    header = read_header(old.paths)
    assert header.format_version == 2
    assert {s.sealed_under for s in header.slots} == {2}  # new slots, sealed as format 2
    assert _texts(old.paths, "the new one here") == sorted(TEXTS)


def test_an_old_backup_file_restores_and_is_upgraded(old, tmp_path):
    """A backup made by the old code: the same file layout around a format-1 header."""
    raw_header = old.paths.header.read_bytes()
    blob = backup.MAGIC + struct.pack(">I", len(raw_header)) + raw_header
    blob += old.paths.database.read_bytes()
    (tmp_path / "old.backup").write_bytes(blob)
    restored = backup.restore_backup(
        tmp_path / "old.backup", tmp_path / "back.testimony", PASSPHRASE
    )
    assert read_header(restored).format_version == 2
    assert _texts(restored, PASSPHRASE) == sorted(TEXTS)


# -- the attack: an old key file put back once the vault is on format 2 --------------------


def _refused_everywhere(paths, cli, *, recovery_code: str | None) -> None:
    """Every way in refuses the header as changed, and nothing in the folder changes."""
    before = snapshot(paths.folder)
    with pytest.raises(HeaderInvalid):
        _texts(paths, PASSPHRASE)
    if recovery_code is not None:
        with pytest.raises(HeaderInvalid):
            _texts(paths, recovery_code=recovery_code)
    listed = cli(["account", "list", paths.folder], stdin=PASSPHRASE + "\n")
    assert listed.code == 1 and KEY_FILE_CHANGED in listed.err, listed.err
    # As for a changed format-2 key file: the vault does not open, so the check says so.
    checked = cli(["vault", "check", paths.folder], stdin=PASSPHRASE + "\n")
    assert checked.code == 1 and KEY_FILE_CHANGED in checked.err, checked.err
    assert snapshot(paths.folder) == before
    assert read_header(paths).format_version == 1  # refused, not upgraded again


def test_the_old_format_1_key_file_put_back_after_the_upgrade_is_refused(old, cli):
    original = old.paths.header.read_bytes()
    assert _texts(old.paths, PASSPHRASE) == sorted(TEXTS)  # upgrades
    old.paths.header.write_bytes(original)
    _refused_everywhere(old.paths, cli, recovery_code=old.recovery_code)


def test_a_format_1_key_file_made_with_the_data_key_and_a_known_passphrase_is_refused(old, cli):
    """Someone who once learnt the data key writes a format-1 key file for it with a
    passphrase of their own (or the lowest Argon2id cost): no MAC to forge, no counter."""
    assert _texts(old.paths, PASSPHRASE) == sorted(TEXTS)
    key = unwrap_key(old.paths, PASSPHRASE)
    try:
        vault_id = read_header(old.paths).vault_id
        planted = format_1_header(key, PASSPHRASE, None, vault_id)
    finally:
        key.wipe()
    old.paths.header.write_bytes(planted)
    _refused_everywhere(old.paths, cli, recovery_code=None)


def test_a_format_1_key_file_with_an_older_database_is_refused(old, cli, tmp_path):
    """Putting back the format-1 key file must not become a way round the rollback check:
    an older copy of the database from after the upgrade knows it was format 2."""
    original = old.paths.header.read_bytes()
    assert _texts(old.paths, PASSPHRASE) == sorted(TEXTS)
    shutil.copy(old.paths.database, tmp_path / "older.db")
    with Session(old.paths) as s:
        s.unlock(PASSPHRASE).result()
        from testimony.services import accounts

        aid = s.call_write(accounts.create_draft)
        s.call_write(accounts.save_answers, aid, {"what_happened": "newer account"})
    shutil.copy(tmp_path / "older.db", old.paths.database)
    old.paths.header.write_bytes(original)
    _refused_everywhere(old.paths, cli, recovery_code=old.recovery_code)


def test_a_format_1_key_file_for_another_key_is_refused_as_changed(old, cli):
    """A key file whose key does not open the database: said as a changed key file."""
    from testimony.crypto.secret import SecretKey

    other = SecretKey.generate()
    try:
        old.paths.header.write_bytes(format_1_header(other, PASSPHRASE, None))
    finally:
        other.wipe()
    _refused_everywhere(old.paths, cli, recovery_code=None)


def test_a_format_2_vault_records_its_format_from_the_start(tmp_path):
    from testimony.services.vault import create_vault

    paths = create_vault(tmp_path / "new.testimony", PASSPHRASE).paths
    assert _format(paths) == (2, 2)


def test_the_carried_slots_mark_cannot_be_edited(old):
    """`sealed_under` is covered by the MAC like every other field."""
    _texts(old.paths, PASSPHRASE)
    doc = json.loads(old.paths.header.read_bytes())
    del doc["slots"][0]["sealed_under"]
    old.paths.header.write_bytes((json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())
    with pytest.raises((HeaderInvalid, WrongPassphrase)):
        hdr.open_slot(read_header(old.paths), "passphrase", PASSPHRASE)


def test_either_record_in_the_database_means_format_2_is_known(tmp_path):
    """The format record, or a generation counter (only format-2 code wrote one)."""
    from testimony.crypto.secret import SecretKey
    from testimony.store.connection import close, open_database
    from testimony.store.generation import write_generation
    from testimony.store.header_format import has_known_format_2, write_header_format
    from testimony.store.tx import transaction

    key = SecretKey.generate()
    try:
        for name in ("none", "format", "counter"):
            conn = open_database(tmp_path / f"{name}.db", key, create=True)
            try:
                with transaction(conn):
                    if name == "format":
                        write_header_format(conn)
                    elif name == "counter":
                        write_generation(conn, 3)
                assert has_known_format_2(conn) is (name != "none"), name
            finally:
                close(conn)
    finally:
        key.wipe()


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 8), ("iterations", 1), ("memory_kib", 2 * 1024 * 1024), ("lanes", 1.0)],
)
def test_a_format_1_key_file_is_held_to_the_kdf_floor_and_caps(old, field, value):
    """A planted format-1 file cannot ask for a weaker (or a ruinous) Argon2id either: it is
    refused while being read, before any derivation and before the database is touched."""
    import time

    doc = json.loads(old.paths.header.read_bytes())
    doc["slots"][0]["kdf"][field] = value
    old.paths.header.write_bytes((json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())
    before = snapshot(old.paths.folder)
    started = time.process_time()
    with pytest.raises(HeaderInvalid):
        unwrap_key(old.paths, PASSPHRASE)
    assert time.process_time() - started < 0.05
    assert snapshot(old.paths.folder) == before
