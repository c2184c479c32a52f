"""Changing the passphrase, which re-keys the whole vault (docs/security.md), at 10,000
accounts: how long the person waits, and how often the progress bar moves.

    .venv/bin/python benchmarks/rekey.py [--accounts 10000] [--runs 3]
        [--json benchmarks/results/rekey.json]

Accounts are made as in benchmarks/store.py (synthetic, ~3 KB of answer text each). Key
derivation stays at the floor (m=64 MiB, t=3, p=4), as in the other benchmarks; a vault
calibrated to ~0.5 s per derivation adds about 2 × 0.4 s to every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from store import answers, vocabulary
from testimony.core.types import NewAccount, Status
from testimony.services.vault import (
    change_passphrase,
    create_vault,
    open_unlocked,
    unwrap_key,
)
from testimony.store import accounts as store
from testimony.store.connection import close

PASSPHRASES = ("benchmark passphrase one", "benchmark passphrase two")


def fill(paths, n: int) -> None:
    key = unwrap_key(paths, PASSPHRASES[0])
    conn = open_unlocked(paths, key, full_check=False)
    rng, vocab = random.Random(7), vocabulary(random.Random(1))
    try:
        for start in range(0, n, 500):
            conn.execute("BEGIN IMMEDIATE")
            for _ in range(min(500, n - start)):
                store.insert_account(
                    conn, NewAccount("crisis-account", 1, answers(rng, vocab), Status.COMPLETE)
                )
            conn.execute("COMMIT")
    finally:
        close(conn)
        key.wipe()


def one_change(paths, old: str, new: str) -> dict:
    ticks: list[float] = []
    start = time.perf_counter()
    rekeyed = change_passphrase(
        paths, new, old_passphrase=old, progress=lambda f: ticks.append(time.perf_counter())
    )
    total = time.perf_counter() - start
    rekeyed.key.wipe()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return {
        "total_s": total,
        "progress_updates": len(ticks),
        "longest_gap_between_updates_s": max(gaps) if gaps else total,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path, default=Path("benchmarks/results/rekey.json"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd() / "benchmarks" / "results") as tmp:
        paths = create_vault(Path(tmp) / "bench.testimony", PASSPHRASES[0]).paths
        fill(paths, args.accounts)
        size_mb = paths.database.stat().st_size / 1e6
        runs = []
        for i in range(args.runs):
            old, new = PASSPHRASES[i % 2], PASSPHRASES[(i + 1) % 2]
            runs.append(one_change(paths, old, new))
        key = unwrap_key(paths, PASSPHRASES[args.runs % 2])
        conn = open_unlocked(paths, key)  # full check: the re-keyed vault is whole
        try:
            assert store.count_accounts(conn) == args.accounts
        finally:
            close(conn)
            key.wipe()
    totals = [r["total_s"] for r in runs]
    result = {
        "accounts": args.accounts,
        "database_mb": round(size_mb, 1),
        "runs": runs,
        "total_min_s": min(totals),
        "total_median_s": statistics.median(totals),
        "progress_updates_min": min(r["progress_updates"] for r in runs),
        "longest_gap_max_s": max(r["longest_gap_between_updates_s"] for r in runs),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, {platform.python_version()}",
        "command": " ".join(["benchmarks/rekey.py", *sys.argv[1:]]),
    }
    print(f"re-key {args.accounts:,} accounts ({size_mb:.1f} MB), {args.runs} runs")
    print("| measure | min | median |")
    print("|---|---:|---:|")
    print(
        f"| whole change (2 key derivations + copy) | {min(totals):.2f} s | "
        f"{statistics.median(totals):.2f} s |"
    )
    print(f"| progress updates | {result['progress_updates_min']} | — |")
    print(f"| longest wait between updates | — | {result['longest_gap_max_s']:.2f} s (max) |")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
