"""docs/architecture.md, promise 4: a pulled plug costs at most the last write, never the vault.

A child process saves accounts in a loop and reports each one once its transaction has
committed; we kill it with SIGKILL at random moments, and every time the vault must open,
pass its integrity check and hold every account the child reported.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.store import accounts as store
from testimony.store.connection import check_integrity
from tests.helpers import PASSPHRASE

CHILD = r"""
import sys
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import vault_paths

with Session(vault_paths(sys.argv[1])) as s:
    s.unlock(sys.argv[2], full_check=False).result()
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        text = f"crash-test {sys.argv[3]}-{i} " + "words " * (50 + i % 400)
        aid = s.call_write(accounts.create_draft)
        s.call_write(accounts.save_answers, aid, {"what_happened": text})
        print(f"SAVED {sys.argv[3]}-{i}", flush=True)
"""

KILLS = 24


def test_sigkill_at_random_moments_loses_nothing_reported(tmp_path):
    created = create_vault(tmp_path / "crash.testimony", PASSPHRASE)
    rng = random.Random(20261123)
    reported: set[str] = set()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(created.paths.folder), PASSPHRASE, str(run)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        reported |= {line.split()[1] for line in out.splitlines() if line.startswith("SAVED")}
        _check(created.paths.folder, reported)
    assert len(reported) > KILLS, "the child should have saved something most runs"


def _check(folder: Path, reported: set[str]) -> None:
    with Session(vault_paths(folder)) as s:
        s.unlock(PASSPHRASE).result()  # runs the full integrity check
        assert s.call(check_integrity) == []
        texts = [
            s.call(store.get_account, i).answers.get("what_happened", "")
            for i in s.call(store.account_ids)
        ]
    saved = {t.split()[1] for t in texts if t.startswith("crash-test")}
    missing = reported - saved
    assert not missing, f"reported as saved but lost: {sorted(missing)[:5]}"
