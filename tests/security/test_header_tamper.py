"""Issue 9 items 4 and 5: the whole key header is authenticated, a hostile header cannot
make us run Argon2id at any cost it likes, and an older database beside the current header
is found.
"""

from __future__ import annotations

import json
import random
import shutil
import time

import pytest

from testimony.core.errors import (
    HeaderInvalid,
    VaultDamaged,
    VaultRolledBack,
    WrongPassphrase,
)
from testimony.crypto import header as hdr
from testimony.services import guesses
from testimony.services.session import Session
from testimony.services.vault import (
    check_vault,
    create_vault,
    read_header,
    unwrap_key,
)
from testimony.store import accounts as store
from tests.helpers import PASSPHRASE

FLIPS = 200
REFUSED = (HeaderInvalid, WrongPassphrase)


def _written(doc: dict) -> bytes:
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


@pytest.fixture
def with_recovery(tmp_path):
    created = create_vault(tmp_path / "h.testimony", PASSPHRASE, with_recovery=True)
    return created.paths


def _open(paths) -> None:
    """What unlocking does with the header: open a slot, then the database."""
    with Session(paths) as session:
        session.unlock(PASSPHRASE, full_check=False).result()


def test_any_bit_flip_anywhere_in_the_header_is_refused(with_recovery, monkeypatch):
    """200 single-bit flips spread over every byte of the header, the recovery slot (which
    unlocking with the passphrase never opens) included: none opens, none is checked whole."""
    monkeypatch.setattr(guesses, "FREE_TRIES", 10**6)  # this test guesses on purpose
    path = with_recovery.header
    original = path.read_bytes()
    rng = random.Random(9_2026)
    recovery_at = original.index(b'"recovery"')
    positions = [rng.randrange(len(original)) for _ in range(FLIPS - 20)]
    positions += [rng.randrange(recovery_at, len(original)) for _ in range(20)]
    outcomes: dict[str, int] = {}
    for n, pos in enumerate(positions):
        flipped = bytearray(original)
        flipped[pos] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(flipped))
        with pytest.raises(REFUSED) as opened:
            _open(with_recovery)
        if n % 4 == 0:  # `vault check` takes the same path; a quarter keeps the test quick
            with pytest.raises(REFUSED):
                check_vault(with_recovery, PASSPHRASE)
        name = type(opened.value).__name__
        outcomes[name] = outcomes.get(name, 0) + 1
    path.write_bytes(original)
    _open(with_recovery)  # the control: unflipped, it opens
    assert sum(outcomes.values()) == FLIPS
    print(f"{FLIPS} flips refused: {outcomes}")


def test_deleting_the_recovery_slot_is_found(with_recovery):
    doc = json.loads(with_recovery.header.read_text())
    doc["slots"] = [s for s in doc["slots"] if s["kind"] == "passphrase"]
    with_recovery.header.write_bytes(_written(doc))
    read_header(with_recovery)  # well-formed: only the MAC can tell
    with pytest.raises(HeaderInvalid):
        _open(with_recovery)
    with pytest.raises(HeaderInvalid):
        check_vault(with_recovery, PASSPHRASE)


def test_swapping_in_another_vaults_recovery_slot_is_found(with_recovery, tmp_path):
    """An attacker who made their own vault cannot plant their recovery slot in ours: the
    slot is bound to its vault id, and the MAC covers the set of slots."""
    other = create_vault(tmp_path / "o.testimony", PASSPHRASE, with_recovery=True).paths
    mine, theirs = (json.loads(p.header.read_text()) for p in (with_recovery, other))
    mine["slots"] = [mine["slots"][0], theirs["slots"][1]]
    with_recovery.header.write_bytes(_written(mine))
    with pytest.raises(HeaderInvalid):
        _open(with_recovery)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 2 * 1024 * 1024),  # 2 GiB
        ("iterations", 64),
        ("lanes", 64),
        ("memory_kib", 65536.0),
        ("memory_kib", "65536"),
        ("iterations", 3.5),
        ("iterations", True),
        ("lanes", None),
    ],
)
def test_hostile_kdf_parameters_are_refused_before_any_key_derivation(with_recovery, field, value):
    doc = json.loads(with_recovery.header.read_text())
    doc["slots"][0]["kdf"][field] = value
    with_recovery.header.write_bytes(_written(doc))
    start = time.process_time()
    with pytest.raises(HeaderInvalid):
        unwrap_key(with_recovery, PASSPHRASE)
    # Not a timing assertion on wall time: CPU time spent by this process, which a single
    # Argon2id at the floor (64 MiB, 3 passes) already takes well past.
    assert time.process_time() - start < 0.05


def test_the_whole_hostile_header_of_the_review_fails_fast(with_recovery):
    """2 GiB x 64 passes in both slots, as the review tried: refused while parsing."""
    doc = json.loads(with_recovery.header.read_text())
    for slot in doc["slots"]:
        slot["kdf"].update(memory_kib=2 * 1024 * 1024, iterations=64)
    with pytest.raises(HeaderInvalid):
        hdr.load_header(_written(doc))


def _add(paths, text: str) -> None:
    with Session(paths) as session:
        session.unlock(PASSPHRASE, full_check=False).result()
        from testimony.services import accounts

        aid = session.call_write(accounts.create_draft)
        session.call_write(accounts.save_answers, aid, {"what_happened": text})


def test_an_older_database_beside_the_current_header_is_found(with_recovery, tmp_path, cli):
    _add(with_recovery, "before the copy")
    old_copy = tmp_path / "old-vault.db"
    shutil.copy2(with_recovery.database, old_copy)
    _add(with_recovery, "after the copy")
    shutil.copy2(old_copy, with_recovery.database)
    with pytest.raises(VaultRolledBack):
        _open(with_recovery)
    assert check_vault(with_recovery, PASSPHRASE) == ["database older than its key header"]
    listed = cli(["account", "list", with_recovery.folder], stdin=PASSPHRASE + "\n")
    assert listed.code != 0 and listed.out == ""
    assert "older than its key file" in listed.err
    checked = cli(["vault", "check", with_recovery.folder], stdin=PASSPHRASE + "\n")
    assert checked.code == 3


def test_a_crash_between_the_two_counts_still_opens(with_recovery):
    """The database counts up first; a header left one behind is healed, not refused."""
    _add(with_recovery, "kept")
    header = read_header(with_recovery)
    key = unwrap_key(with_recovery, PASSPHRASE)
    try:
        behind = hdr.seal_header(header.vault_id, header.generation - 1, header.slots, key)
    finally:
        key.wipe()
    with_recovery.header.write_bytes(hdr.dump_header(behind))
    with Session(with_recovery) as session:
        session.unlock(PASSPHRASE).result()
        ids = session.call(store.account_ids)
        assert [session.call(store.get_account, i).answers["what_happened"] for i in ids] == [
            "kept"
        ]
    assert read_header(with_recovery).generation == header.generation


def test_a_whole_folder_rollback_is_not_detected(with_recovery, tmp_path):
    """What the README says cannot be found: an old copy of the whole folder opens."""
    _add(with_recovery, "old")
    saved = tmp_path / "saved.testimony"
    shutil.copytree(with_recovery.folder, saved)
    _add(with_recovery, "new")
    shutil.rmtree(with_recovery.folder)
    shutil.copytree(saved, with_recovery.folder)
    with Session(with_recovery) as session:
        session.unlock(PASSPHRASE).result()
        assert session.call(store.count_accounts) == 1


def test_database_of_another_vault_is_not_opened(with_recovery, tmp_path):
    other = create_vault(tmp_path / "o.testimony", PASSPHRASE).paths
    shutil.copy2(other.database, with_recovery.database)
    with pytest.raises(VaultDamaged):
        _open(with_recovery)
