"""The vault against plain SQLite, side by side in one run (docs/architecture.md,
"Benchmarks").

Both sides use the same engine build (sqlcipher3 without a key is plain SQLite), the same
schema, the same pragmas and the same store functions; the only difference is encryption.

    .venv/bin/python benchmarks/store.py [--accounts 10000] [--json benchmarks/results/store.json]
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
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

from testimony.core.types import NewAccount, Status
from testimony.services import accounts
from testimony.services.vault import create_vault, open_unlocked, unwrap_key
from testimony.store import accounts as store
from testimony.store.connection import check_integrity, close, configure
from testimony.store.migrations import migrate

PASSPHRASE = "benchmark passphrase"
BUDGETS = {"save_p99_ms": 20.0, "search_p95_ms": 15.0, "ratio": 1.3, "open_first_page_ms": 300.0}


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = [
        "ka",
        "lo",
        "mi",
        "ne",
        "ru",
        "sa",
        "to",
        "vi",
        "ber",
        "dan",
        "fel",
        "gor",
        "hin",
        "jas",
        "mor",
        "pel",
        "rin",
        "sel",
        "tor",
        "wen",
    ]
    words = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(size * 2)
    }
    return sorted(words)[:size]


def text(rng: random.Random, vocab: list[str], chars: int) -> str:
    out: list[str] = []
    length = 0
    while length < chars:
        w = rng.choice(vocab)
        out.append(w)
        length += len(w) + 1
    return " ".join(out)


def answers(rng: random.Random, vocab: list[str]) -> dict:
    return {
        "services": rng.sample(["ae", "police", "ambulance", "crisis_team", "nhs111"], 2),
        "when": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}",
        "what_happened": text(rng, vocab, 1800),
        "how_affected": text(rng, vocab, 700),
        "would_have_helped": text(rng, vocab, 500),
    }


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def run_side(conn, label: str, n: int, seed: int, reopen: Callable[[], object]) -> dict:
    rng = random.Random(seed)
    vocab = vocabulary(random.Random(1))
    result: dict = {"side": label}

    def bulk() -> None:
        for start in range(0, n, 500):
            conn.execute("BEGIN IMMEDIATE")
            for _ in range(min(500, n - start)):
                store.insert_account(
                    conn, NewAccount("crisis-account", 1, answers(rng, vocab), Status.COMPLETE)
                )
            conn.execute("COMMIT")

    result["bulk_insert_s"] = timed(bulk) / 1000
    ids = store.account_ids(conn)

    saves = []
    for _ in range(300):
        aid = rng.choice(ids)
        new = answers(rng, vocab)

        def save(aid: int = aid, new: dict = new) -> None:
            conn.execute("BEGIN IMMEDIATE")
            accounts.save_answers(conn, aid, new)
            conn.execute("COMMIT")

        saves.append(timed(save))
    result["save_p50_ms"], result["save_p99_ms"] = pct(saves, 50), pct(saves, 99)

    searches = []
    hits = 0
    for _ in range(300):
        q = " ".join(rng.sample(vocab, rng.choice((1, 1, 2))))
        start = time.perf_counter()
        found = store.account_ids(conn, q)
        store.account_rows(conn, found[:50])
        searches.append((time.perf_counter() - start) * 1000)
        hits += len(found)
    result["search_p50_ms"], result["search_p95_ms"] = pct(searches, 50), pct(searches, 95)
    result["search_mean_hits"] = hits / 300
    close(conn)

    opens, checks = [], []
    for _ in range(5):
        start = time.perf_counter()
        c = reopen()
        store.account_rows(c, store.account_ids(c)[:50])
        opens.append((time.perf_counter() - start) * 1000)
        checks.append(timed(lambda c=c: check_integrity(c)))
        close(c)
    result["open_first_page_ms"] = statistics.median(opens)
    result["integrity_check_ms"] = statistics.median(checks)
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=10_000)
    ap.add_argument("--json", type=Path, default=Path("benchmarks/results/store.json"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(dir=Path.cwd() / "benchmarks" / "results") as tmp:
        root = Path(tmp)
        # Encrypted: the real vault, opened as the app opens it (key derivation excluded).
        created = create_vault(root / "bench.testimony", PASSPHRASE)
        key = unwrap_key(created.paths, PASSPHRASE)
        vault = run_side(
            open_unlocked(created.paths, key),
            "vault (SQLCipher)",
            args.accounts,
            7,
            lambda: open_unlocked(created.paths, key, full_check=False),
        )
        full_open = []
        for _ in range(3):
            full_open.append(timed(lambda: close(open_unlocked(created.paths, key))))
        vault["open_with_full_check_ms"] = statistics.median(full_open)

        def plain_open(path: Path = root / "plain.db"):
            c = sqlcipher3.connect(str(path), isolation_level=None)
            configure(c)
            migrate(c)
            return c

        plain = run_side(plain_open(), "plain SQLite", args.accounts, 7, plain_open)
        plain["open_with_full_check_ms"] = None
        sizes = {
            "vault_bytes": created.paths.database.stat().st_size,
            "plain_bytes": (root / "plain.db").stat().st_size,
        }

    keys = [
        "bulk_insert_s",
        "save_p50_ms",
        "save_p99_ms",
        "search_p50_ms",
        "search_p95_ms",
        "open_first_page_ms",
        "integrity_check_ms",
    ]
    ratios = {k: vault[k] / plain[k] for k in keys if plain[k]}
    print(
        f"{args.accounts} accounts of ~3 KB; {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, SQLCipher {_cipher_version()}"
    )
    print(f"{'measure':<22}{'vault':>12}{'plain':>12}{'ratio':>8}")
    for k in keys:
        print(f"{k:<22}{vault[k]:>12.2f}{plain[k]:>12.2f}{ratios[k]:>8.2f}")
    print(f"{'open_with_full_check_ms':<22}{vault['open_with_full_check_ms']:>12.2f}")
    print(f"search mean hits: {vault['search_mean_hits']:.1f}; file sizes: {sizes}")
    out = {
        "accounts": args.accounts,
        "vault": vault,
        "plain": plain,
        "ratios": ratios,
        "sizes": sizes,
        "budgets": BUDGETS,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2))
    return 0


def _cipher_version() -> str:
    c = sqlcipher3.connect(":memory:")
    try:
        return c.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        c.close()


if __name__ == "__main__":
    sys.exit(main())
