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


# -- decrypted words after lock ----------------------------------------------------------

WORDS_CHILD = r"""
from testimony.hardening import wipe_freed_memory
wipe_freed_memory()  # what the entry points do first: restart once, wiping freed memory
import gc, sys, time
from testimony.core.consent import Level
from testimony.services import accounts, drafts, sharing
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.store import accounts as store

# Read as bytes, in one go: no text buffer of stdin keeps a decoded copy.
passphrase, marker, *typed = sys.stdin.buffer.read().decode().split("\n")[:6]
paths = vault_paths(sys.argv[1])
session = Session(paths)
session.unlock(passphrase).result()
ids = session.call(store.account_ids)
for i in ids:  # what the list, the account page and the review page read
    session.call(store.get_account, i)
    session.call(drafts.account_detail, i)
session.call(accounts.list_page, "")
session.call(accounts.list_page, "nurse")
session.call(accounts.count_matching, "nurse")
for i in ids[:4]:
    session.call_write(accounts.set_consent, i, Level.WORDS, "alone")
    session.call(sharing.load_review, paths.folder, i)
for text in typed:  # words typed into this process, saved before the lock
    aid = session.call_write(accounts.create_draft)
    session.call_write(accounts.save_answers, aid, {"what_happened": text})
typed = text = passphrase = None
session.lock().result()

# Every object still reachable, followed through containers gc does not track.
seen, todo, live = set(), list(gc.get_objects()), 0
while todo:
    o = todo.pop()
    if id(o) in seen:
        continue
    seen.add(id(o))
    if type(o) is str:
        live += o is not marker and marker in o
        continue
    todo.extend(gc.get_referents(o))
print("LOCKED", live, flush=True)
time.sleep(120)
"""
MARK = "canarywordx"
READ, TYPED = range(8), range(20, 24)  # accounts read from the vault / typed in the child


def _canary(i: int) -> str:
    return f"qzv{i:02d}{MARK}"


def _words_after_lock(tmp_path, wipe: bool) -> tuple[int, dict[int, int]]:
    """(str objects holding a canary still reachable after lock, hits per canary in the
    memory dump). Without `wipe` the child's restart is skipped (its marker is set)."""
    from testimony.hardening import WIPE_MARKER
    from testimony.services import accounts
    from testimony.services.session import Session

    folder = tmp_path / f"words-{wipe}.testimony"
    paths = create_vault(folder, PASSPHRASE).paths
    with Session(paths) as s:
        s.unlock(PASSPHRASE).result()
        for i in READ:
            aid = s.call_write(accounts.create_draft)
            text = f"account {i} said {_canary(i)} to the nurse " + "filler " * 30
            s.call_write(accounts.save_answers, aid, {"what_happened": text})
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for name in (WIPE_MARKER, "PYTHONMALLOC", "GLIBC_TUNABLES", "MALLOC_PERTURB_"):
        env.pop(name, None)
    if not wipe:
        env[WIPE_MARKER] = "off"
    child = subprocess.Popen(
        [sys.executable, "-c", WORDS_CHILD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        typed = [f"new {j} {_canary(j)} typed here " + "more " * 30 for j in TYPED]
        child.stdin.write("\n".join([PASSPHRASE, MARK, *typed]) + "\n")
        child.stdin.close()
        word, live = child.stdout.readline().split()
        assert word == "LOCKED"
        time.sleep(0.2)
        memory = read_memory(child.pid)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert str(folder).encode() in memory  # the dump is real
    return int(live), {i: memory.count(_canary(i).encode()) for i in [*READ, *TYPED]}


def test_no_decrypted_words_are_held_after_lock(tmp_path):
    """Issue 9 item 1, the words: after lock nothing in the process still refers to any
    account's text (Python objects), and, started as the entry points start the program
    (restarted once with glibc filling freed memory, hardening.wipe_freed_memory), no
    canary of a read or a typed account is found anywhere in the dump, freed memory
    included. The control skips the restart: then words of the accounts the review page
    read, and of the typed ones, are found in freed memory (10 and 11-12 copies in every
    run here), so the zero is not a dump that sees nothing. Before the allocator fix the
    wiped run found what the control finds."""
    live, hits = _words_after_lock(tmp_path, wipe=False)
    assert live == 0
    assert sum(hits.values()) > 0, "the control should find words in freed memory"
    wiped_live, wiped_hits = _words_after_lock(tmp_path, wipe=True)
    assert wiped_live == 0
    assert {i: n for i, n in wiped_hits.items() if n} == {}
    print(
        f"canaries after lock: without the restart {sum(1 for i in READ if hits[i])} of "
        f"{len(READ)} read accounts ({sum(hits[i] for i in READ)} copies), "
        f"{sum(1 for i in TYPED if hits[i])} of {len(TYPED)} typed; with it none"
    )
