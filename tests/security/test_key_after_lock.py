"""Issue 9 item 1: after Lock, no copy of the data key may remain in the process.

A child process unlocks a vault, reads every account, saves one more, locks, and then
waits. We read its whole memory through /proc/PID/mem and search it for the key: the raw
bytes, hex in either case, and the text of a `PRAGMA key` statement.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from testimony.services.vault import create_vault, unwrap_key, vault_paths
from tests.helpers import PASSPHRASE, account

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="needs Linux's /proc/PID/mem"
)

CHILD = r"""
import sys, time
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.store import accounts as store

session = Session(vault_paths(sys.argv[1]))
session.unlock(sys.stdin.readline().rstrip("\n")).result()
for i in session.call(store.account_ids):
    session.call(store.get_account, i)
aid = session.call_write(accounts.create_draft)
session.call_write(accounts.save_answers, aid, {"what_happened": "written before the lock"})
session.lock().result()
print("LOCKED", flush=True)
time.sleep(120)
"""


def read_memory(pid: int) -> bytes:
    """Every readable region of a process's memory, joined."""
    chunks = []
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            m = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\S+)", line)
            assert m is not None
            start, end, perms = int(m[1], 16), int(m[2], 16), m[3]
            if not perms.startswith("r") or line.endswith(("[vvar]", "[vsyscall]")):
                continue
            try:
                mem.seek(start)
                chunks.append(mem.read(end - start))
            except OSError:
                continue  # a region that went away, or a device mapping
    return b"".join(chunks)


def key_copies(memory: bytes, key: bytes) -> dict[str, int]:
    hexed = key.hex()
    needles = {
        "raw bytes": key,
        "hex": hexed.encode(),
        "HEX": hexed.upper().encode(),
        "pragma text": f"x'{hexed}'".encode(),
        "hex as UCS-4": hexed.encode("utf-32-le"),
    }
    return {name: memory.count(n) for name, n in needles.items() if n in memory}


def test_no_copy_of_the_key_survives_lock(tmp_path, cli):
    folder = tmp_path / "mem.testimony"
    create_vault(folder, PASSPHRASE)
    body = json.dumps([account(what_happened=f"story {i}") for i in range(5)])
    assert cli(["account", "add", folder, "--json", "-"], stdin=PASSPHRASE + "\n" + body).code == 0

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.close()
        assert child.stdout.readline().strip() == "LOCKED"
        time.sleep(0.2)
        memory = read_memory(child.pid)
    finally:
        child.kill()
        child.wait(timeout=30)
    key = unwrap_key(vault_paths(folder), PASSPHRASE)
    try:
        raw = key.bytes()
    finally:
        key.wipe()
    assert len(memory) > 5_000_000, "the dump should hold the interpreter at least"
    # The control: the dump does show things the child still holds.
    assert str(folder).encode() in memory
    assert key_copies(memory, raw) == {}
