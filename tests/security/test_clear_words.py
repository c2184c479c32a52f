"""Issue 9 items 8 and 9: a full disk and a damaged vault are said in one plain sentence,
and wrong guesses slow down across restarts and on the command line too."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from testimony.cli.common import EXIT_DISK_FULL
from testimony.services import guesses
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.store import accounts as store
from tests.helpers import PASSPHRASE, account

FULL = "There is not enough space on the disk. Nothing was lost"


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 4 MiB file system (tmpfs), so the disk really fills up. Needs the right to
    mount (root, or a user namespace that allows it); skipped cleanly elsewhere."""
    mount = tmp_path / "small"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the disk until only about `leave` bytes are free."""
    filler = folder / "filler"
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_is_said_plainly_and_loses_nothing(small_disk, cli):
    folder = small_disk / "v.testimony"
    assert cli(["vault", "create", folder], stdin=PASSPHRASE + "\n").code == 0
    first = json.dumps([account(what_happened=f"kept {i}") for i in range(5)])
    assert cli(["account", "add", folder, "--json", "-"], stdin=PASSPHRASE + "\n" + first).code == 0
    filler = _fill(small_disk, leave=64 * 1024)
    # Random words (they do not compress in the pages), well within the length an answer
    # may have, and together far more than the space left.
    big = json.dumps(
        [account(what_happened=f"big {i} " + secrets.token_hex(60_000)) for i in range(4)]
    )
    result = cli(["account", "add", folder, "--json", "-"], stdin=PASSPHRASE + "\n" + big)
    assert result.code == EXIT_DISK_FULL, result.err
    assert result.err.startswith(f"testimony: {FULL}"), result.err
    assert len(result.err.strip().splitlines()) == 1
    filler.unlink()
    with Session(vault_paths(folder)) as s:
        s.unlock(PASSPHRASE).result()  # full integrity check
        texts = sorted(
            s.call(store.get_account, i).answers["what_happened"] for i in s.call(store.account_ids)
        )
    assert texts == [f"kept {i}" for i in range(5)]  # all or nothing: the batch is not half in


def test_a_full_disk_when_creating_a_vault(small_disk, cli):
    _fill(small_disk, leave=8 * 1024)
    result = cli(["vault", "create", small_disk / "v.testimony"], stdin=PASSPHRASE + "\n")
    assert result.code == EXIT_DISK_FULL, result.err
    assert FULL in result.err
    assert not (small_disk / "v.testimony").exists()


def test_a_damaged_vault_is_one_sentence_on_stderr(vault_dir):
    """SQLCipher's own log ("ERROR CORE …", 18-19 lines) must not reach the person."""
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0x01  # inside page 1: the key no longer opens the file
    db.write_bytes(bytes(data))
    proc = subprocess.run(
        [sys.executable, "-m", "testimony", "account", "list", str(vault_dir)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "damaged" in lines[0] and "ERROR" not in proc.stderr


def test_wrong_guesses_slow_the_command_line_down_across_runs(vault_dir, cli, monkeypatch):
    """Each `cli` call is a new run of the command: the count lives with the vault."""
    monkeypatch.setattr(guesses, "WAIT_UNIT_SECONDS", 30.0)
    for _ in range(guesses.FREE_TRIES):
        wrong = cli(["account", "list", vault_dir], stdin="not it\n")
        assert "does not open this vault" in wrong.err
    # Now even the right passphrase waits: no key derivation is tried until the wait is over.
    early = cli(["account", "list", vault_dir], stdin=PASSPHRASE + "\n")
    assert early.code != 0 and early.out == ""
    assert "several wrong tries" in early.err and "Wait 60 seconds" in early.err
    assert guesses.failures(vault_dir) == guesses.FREE_TRIES
    monkeypatch.setattr(guesses, "WAIT_UNIT_SECONDS", 0.0)  # the wait is over
    assert cli(["account", "list", vault_dir], stdin=PASSPHRASE + "\n").code == 0
    assert guesses.failures(vault_dir) == 0
    assert not (vault_dir / guesses.FILE_NAME).exists()
