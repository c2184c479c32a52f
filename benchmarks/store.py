"""The vault against plain SQLite, each side in a process of its own (docs/architecture.md,
"Benchmarks"; issue 16).

SQLCipher's cipher_memory_security applies to the whole process and cannot be turned off
once on, so the plain side never shares a process with a vault: it runs in a fresh
interpreter that never opens a keyed database and never sets that pragma (recorded in the
JSON). Both sides use the same engine build (sqlcipher3 without a key is plain SQLite), the
same schema (the vault's migrations), the same other pragmas (connection.configure with the
cipher_ ones skipped), the same maintenance setting and the same data. Three rounds; the
order of the two sides alternates; min and median of the three are reported.

    .venv/bin/python benchmarks/store.py [--accounts 10000] [--rounds 3]
    .venv/bin/python benchmarks/store.py --large 100000     # the 100,000-account vault

Searches are what typing into the list asks for (services.accounts.first_page, as the
list model calls it): the count, capped at "more than 1,000", and the first page of 100
rows, for 1-, 2- and 3-character prefixes, whole words, two words and quoted phrases. Saves
run as the session runs them: when a save takes the WAL past the limit, maintenance runs
after it (untimed in the save, timed on its own), as the session's separate task does.

Wall time and CPU time (time.process_time) are both recorded: on a shared machine the CPU
figure is the steadier one. The run checks that it did the work it reports (accounts
inserted, saves made, maintenance run, searches that found rows) and fails otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

import sqlcipher3

from testimony.core.types import NewAccount, Status
from testimony.services import accounts
from testimony.store import accounts as store
from testimony.store import maintenance
from testimony.store.connection import check_integrity, close, configure
from testimony.store.migrations import migrate

PASSPHRASE = "benchmark passphrase"
BUDGETS = {
    "save_p99_ms": 20.0,
    "search_p95_ms": 15.0,
    "ratio": 1.3,
    "large_open_first_page_ms": 500.0,
    "large_search_p95_ms": 50.0,
    "large_idle_rss_mb": 300.0,
}
KINDS = ("prefix1", "prefix2", "prefix3", "word", "two_words", "phrase")
MEASURES = (
    "bulk_insert_s",
    "save_p50_ms",
    "save_p99_ms",
    "maintenance_ms",
    "search_p50_ms",
    "search_p95_ms",
    *(f"search_{k}_p95_ms" for k in KINDS),
    "save_p50_cpu_ms",
    "save_p99_cpu_ms",
    "search_p50_cpu_ms",
    "search_p95_cpu_ms",
    *(f"search_{k}_p95_cpu_ms" for k in KINDS),
    "wal_max_mb",
    "open_first_page_ms",
    "integrity_check_ms",
)
RESULTS = Path("benchmarks/results")
SAVES = 200


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = "ka lo mi ne ru sa to vi ber dan fel gor hin jas mor pel rin sel tor wen"
    parts = syllables.split()
    words = {"".join(rng.choice(parts) for _ in range(rng.randint(1, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def text(rng: random.Random, vocab: list[str], chars: int) -> str:
    out: list[str] = []
    length = 0
    while length < chars:
        w = rng.choice(vocab)
        out.append(w)
        length += len(w) + 1
    return " ".join(out)


def answers(rng: random.Random, vocab: list[str]) -> dict[str, Any]:
    return {
        "services": rng.sample(["ae", "police", "ambulance", "crisis_team", "nhs111"], 2),
        "when": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}",
        "what_happened": text(rng, vocab, 1800),
        "how_affected": text(rng, vocab, 700),
        "would_have_helped": text(rng, vocab, 500),
    }


def query(rng: random.Random, vocab: list[str], kind: str, phrases: list[str]) -> str:
    word = rng.choice(vocab)
    if kind.startswith("prefix"):
        return word[: int(kind[-1])]
    if kind == "word":
        return word
    if kind == "two_words":
        return " ".join(rng.sample(vocab, 2))
    return '"' + rng.choice(phrases) + '"'


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def first_page(conn: Any, search: str = "") -> int:
    """What the list does: the count and the first page, in one call; the count it gives."""
    page = accounts.first_page(conn, search, 100)
    check(len(page.rows) == min(page.count.n, 100), f"a short first page for {search!r}")
    return page.count.n


def check(ok: bool, what: str) -> None:
    """The benchmark did the work it reports, or it stops and says what it did not do."""
    if not ok:
        raise SystemExit(f"benchmark did not do its work: {what}")


def cpu_timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def bulk(conn: Any, n: int, rng: random.Random, vocab: list[str]) -> list[str]:
    """Insert n accounts, 500 to a transaction; two-word phrases taken from what was written."""
    phrases: list[str] = []
    for start in range(0, n, 500):
        batch = []
        for _ in range(min(500, n - start)):
            a = answers(rng, vocab)
            if len(phrases) < 200:
                phrases.append(" ".join(a["what_happened"].split()[5:7]))
            batch.append(NewAccount("crisis-account", 1, a, Status.COMPLETE))
        conn.execute("BEGIN IMMEDIATE")
        store.insert_accounts(conn, batch)  # as add_incoming does for a list
        conn.execute("COMMIT")
        if maintenance.wal_bytes(Path(conn_path(conn))) >= maintenance.WAL_LIMIT_BYTES:
            maintenance.run(conn, Path(conn_path(conn)))
    return phrases


def conn_path(conn: Any) -> str:
    return str(conn.execute("PRAGMA database_list").fetchone()[2])


def searches(conn: Any, rng: random.Random, vocab: list[str], phrases: list[str], per: int):
    by_kind: dict[str, list[float]] = {k: [] for k in KINDS}
    cpu_by_kind: dict[str, list[float]] = {k: [] for k in KINDS}
    hits: dict[str, int] = dict.fromkeys(KINDS, 0)
    for _ in range(per):
        for kind in KINDS:
            q = query(rng, vocab, kind, phrases)
            found: list[int] = []
            wall, cpu = cpu_timed(lambda q=q, found=found: found.append(first_page(conn, q)))
            hits[kind] += found[0]
            by_kind[kind].append(wall)
            cpu_by_kind[kind].append(cpu)
    every = [t for ts in by_kind.values() for t in ts]
    every_cpu = [t for ts in cpu_by_kind.values() for t in ts]
    out: dict[str, Any] = {
        "search_p50_ms": pct(every, 50),
        "search_p95_ms": pct(every, 95),
        "search_p50_cpu_ms": pct(every_cpu, 50),
        "search_p95_cpu_ms": pct(every_cpu, 95),
    }
    for kind in KINDS:
        check(hits[kind] > 0, f"no {kind} search found anything")
        out[f"search_{kind}_p95_ms"] = pct(by_kind[kind], 95)
        out[f"search_{kind}_p95_cpu_ms"] = pct(cpu_by_kind[kind], 95)
        out[f"search_{kind}_mean_hits"] = hits[kind] / per
    return out


def run_side(conn: Any, path: Path, n: int, reopen: Callable[[], Any]) -> dict[str, Any]:
    rng = random.Random(7)
    vocab = vocabulary(random.Random(1))
    result: dict[str, Any] = {}
    phrases: list[str] = []
    result["bulk_insert_s"] = timed(lambda: phrases.extend(bulk(conn, n, rng, vocab))) / 1000
    maintenance.run(conn, path)
    ids = store.account_ids(conn)
    check(len(ids) == n, f"{len(ids)} accounts inserted, not {n}")

    saves, saves_cpu, upkeep, wal_sizes = [], [], [], []
    for _ in range(SAVES):
        aid = rng.choice(ids)
        new = answers(rng, vocab)

        def save(aid: int = aid, new: dict[str, Any] = new) -> None:
            conn.execute("BEGIN IMMEDIATE")
            accounts.save_answers(conn, aid, new)
            conn.execute("COMMIT")

        wall, cpu = cpu_timed(save)
        saves.append(wall)
        saves_cpu.append(cpu)
        wal_sizes.append(maintenance.wal_bytes(path))
        if wal_sizes[-1] >= maintenance.WAL_LIMIT_BYTES:
            done: list[maintenance.Maintained] = []
            upkeep.append(timed(lambda done=done: done.append(maintenance.run(conn, path))))
            wal_sizes.append(done[0].wal_bytes_peak)  # merging writes to the WAL too
    check(len(saves) == SAVES and len(upkeep) > 0, "the saves never ran maintenance")
    check(max(wal_sizes) > 0, "no save reached the WAL")
    result["save_p50_ms"], result["save_p99_ms"] = pct(saves, 50), pct(saves, 99)
    result["save_p50_cpu_ms"], result["save_p99_cpu_ms"] = pct(saves_cpu, 50), pct(saves_cpu, 99)
    result["wal_max_mb"] = max(wal_sizes) / 2**20
    result["maintenance_ms"] = statistics.median(upkeep)
    result["maintenance_runs"] = len(upkeep)
    result.update(searches(conn, rng, vocab, phrases, 50))
    close(conn)

    opens, checks = [], []
    for _ in range(5):
        start = time.perf_counter()
        c = reopen()
        first_page(c)
        opens.append((time.perf_counter() - start) * 1000)
        checks.append(timed(lambda c=c: check_integrity(c)))
        close(c)
    result["open_first_page_ms"] = statistics.median(opens)
    result["integrity_check_ms"] = statistics.median(checks)
    result["file_bytes"] = path.stat().st_size
    return result


class _NoCipherPragmas:
    """The connection, with SQLCipher's own pragmas skipped: the plain side runs every other
    pragma of connection.configure, so the two cannot drift apart."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("PRAGMA cipher_"):
            return self._conn.execute("SELECT 1")
        return self._conn.execute(sql, *args)


def side_plain(folder: Path, n: int) -> dict[str, Any]:
    path = folder / "plain.db"

    def open_plain() -> Any:
        c = sqlcipher3.connect(str(path), isolation_level=None)
        configure(_NoCipherPragmas(c))  # type: ignore[arg-type]
        migrate(c)
        maintenance.defer(c)
        return c

    conn = open_plain()
    result = run_side(conn, path, n, open_plain)
    probe = sqlcipher3.connect(":memory:")
    result["cipher_memory_security"] = probe.execute("PRAGMA cipher_memory_security").fetchone()
    return result


def side_vault(folder: Path, n: int) -> dict[str, Any]:
    from testimony.services.vault import create_vault, open_unlocked, unwrap_key

    created = create_vault(folder / "bench.testimony", PASSPHRASE)
    key = unwrap_key(created.paths, PASSPHRASE)

    def open_vault() -> Any:
        c = open_unlocked(created.paths, key, full_check=False)
        maintenance.defer(c)
        return c

    result = run_side(open_vault(), created.paths.database, n, open_vault)
    result["open_with_full_check_ms"] = timed(lambda: close(open_unlocked(created.paths, key)))
    return result


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def large_build(folder: Path, n: int) -> None:
    from testimony.services.vault import create_vault, open_unlocked, unwrap_key

    created = create_vault(folder / "large.testimony", PASSPHRASE)
    key = unwrap_key(created.paths, PASSPHRASE)
    conn = open_unlocked(created.paths, key, full_check=False)
    maintenance.defer(conn)
    phrases = bulk(conn, n, random.Random(7), vocabulary(random.Random(1)))
    maintenance.run(conn, created.paths.database)
    close(conn)
    (folder / "phrases.json").write_text(json.dumps(phrases))


def large_measure(folder: Path) -> dict[str, Any]:
    """In a fresh process: open as the app does (quick check), count and first page; then
    the search mix; then the resident size with the vault open and idle."""
    from testimony.services.vault import open_unlocked, unwrap_key, vault_paths

    paths = vault_paths(folder / "large.testimony")
    key = unwrap_key(paths, PASSPHRASE)  # key derivation, not timed (issue 16)
    start = time.perf_counter()
    conn = open_unlocked(paths, key, full_check=False)
    total = first_page(conn)
    opened = (time.perf_counter() - start) * 1000
    phrases = json.loads((folder / "phrases.json").read_text())
    result = {"accounts": total, "large_open_first_page_ms": opened}
    check(total > 0, "the large vault is empty")
    found = searches(conn, random.Random(11), vocabulary(random.Random(1)), phrases, 20)
    result.update({f"large_{k}": v for k, v in found.items()})
    time.sleep(1.0)
    result["large_idle_rss_mb"] = rss_mb()
    close(conn)
    return result


def child(args: list[str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def summary(runs: list[dict[str, Any]], keys: list[str]) -> dict[str, dict[str, float]]:
    return {
        k: {"min": min(r[k] for r in runs), "median": statistics.median(r[k] for r in runs)}
        for k in keys
        if all(isinstance(r.get(k), int | float) for r in runs)
    }


def compare(n: int, rounds: int) -> dict[str, Any]:
    vault_runs, plain_runs, order = [], [], []
    for i in range(rounds):
        sides = ("vault", "plain") if i % 2 == 0 else ("plain", "vault")
        order.append(sides)
        for side in sides:
            with tempfile.TemporaryDirectory(dir=RESULTS) as tmp:
                run = child(["--side", side, "--accounts", str(n), "--folder", tmp])
            (vault_runs if side == "vault" else plain_runs).append(run)
    v = summary(vault_runs, [*MEASURES, "open_with_full_check_ms"])
    p = summary(plain_runs, list(MEASURES))
    ratios = {k: v[k]["median"] / p[k]["median"] for k in MEASURES if p[k]["median"]}
    print(f"{n} accounts of ~3 KB, {rounds} rounds, order {order}")
    print(f"{'measure':<26}{'vault min/med':>18}{'plain min/med':>18}{'ratio':>7}")
    for k in MEASURES:
        print(
            f"{k:<26}{v[k]['min']:>9.2f}/{v[k]['median']:<8.2f}"
            f"{p[k]['min']:>9.2f}/{p[k]['median']:<8.2f}{ratios.get(k, 0):>7.2f}"
        )
    print(f"plain side cipher_memory_security: {plain_runs[0]['cipher_memory_security']}")
    return {
        "accounts": n,
        "order": order,
        "vault": v,
        "plain": p,
        "ratios_of_medians": ratios,
        "vault_runs": vault_runs,
        "plain_runs": plain_runs,
    }


def large(n: int, rounds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=RESULTS) as tmp:
        start = time.perf_counter()
        child(["--build-large", str(n), "--folder", tmp])
        build_s = time.perf_counter() - start
        runs = [child(["--measure-large", "--folder", tmp]) for _ in range(rounds)]
    check(all(r["accounts"] == n for r in runs), f"the large vault does not hold {n} accounts")
    keys = [k for k in runs[0] if k != "accounts"]
    s = summary(runs, keys)
    print(f"{n} accounts, built in {build_s:.0f} s; {rounds} fresh processes")
    for k in keys:
        print(f"{k:<34}{s[k]['min']:>10.2f}/{s[k]['median']:<10.2f}")
    return {"accounts": n, "build_s": build_s, "summary": s, "runs": runs}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--large", type=int, default=0, help="measure a vault of this many")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--side", choices=("vault", "plain"), help=argparse.SUPPRESS)
    ap.add_argument("--build-large", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--measure-large", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:  # a child: one side, one round, JSON on the last line
        side = side_vault if args.side == "vault" else side_plain
        print(json.dumps(side(args.folder, args.accounts)))
        return 0
    if args.build_large:
        large_build(args.folder, args.build_large)
        print("{}")
        return 0
    if args.measure_large:
        print(json.dumps(large_measure(args.folder)))
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.large:
        out = large(args.large, args.rounds)
        default = RESULTS / "store_large.json"
    else:
        out = compare(args.accounts, args.rounds)
        default = RESULTS / "store.json"
    out.update(
        budgets=BUDGETS,
        python=platform.python_version(),
        cpus=os.cpu_count(),
        load=os.getloadavg(),
        command=" ".join(["benchmarks/store.py", *sys.argv[1:]]),
    )
    (args.json or default).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
