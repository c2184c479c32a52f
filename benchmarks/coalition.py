"""Coalition import and report at scale (docs/architecture.md, "Benchmarks"): 100,000
records in 100 bundles imported in ≤ 60 s with ≤ 400 MB resident; a report over them in ≤ 2 s.

Import and report each run in a child process of their own, so the peak resident size
(getrusage's ru_maxrss) is that of the work alone, not of making the bundles.

    .venv/bin/python benchmarks/coalition.py [--bundles 100] [--per-bundle 1000] [--runs 3]

Each run imports into a fresh copy of the same empty workspace; min and median of the runs
are printed. Every run checks it did the work: every record imported, none rejected, the
second pass all duplicates, the report over every record.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

from testimony.coalition import workspace as ws
from testimony.coalition.analysis import Filters
from testimony.coalition.importing import import_files
from testimony.coalition.report import csv_text, load_report
from testimony.crypto.age import seal
from testimony.crypto.tokens import secret_hash
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.store.workspace_records import record_count

PASSPHRASE = "benchmark passphrase"
BUDGETS = {"import_s": 60.0, "import_rss_mb": 400.0, "report_s": 2.0}
SERVICES = ["ae", "ambulance", "police", "crisis_team", "crisis_line", "nhs111", "gp", "cmht"]
AREAS = ["north_east", "north_west", "yorkshire", "east_midlands", "west_midlands", "east",
         "london", "south_east", "south_west", "wales", "scotland", "northern_ireland"]  # fmt: skip
WORDS = [
    "they",
    "said",
    "I",
    "was",
    "wasting",
    "their",
    "time",
    "and",
    "the",
    "police",
    "came",
    "to",
    "the",
    "door",
    "and",
    "told",
    "me",
    "I",
    "would",
    "be",
    "arrested",
    "if",
    "I",
    "called",
    "again",
    "nobody",
    "asked",
    "what",
    "I",
    "needed",
]


def record(rng: random.Random) -> dict:
    consent = rng.choices(["count", "words", "quote"], [6, 3, 1])[0]
    rec = {
        "export_id": secrets.token_hex(16),
        "withdrawal_hash": secret_hash(secrets.token_hex(32)),
        "consent": consent,
        "form": "crisis-account",
        "form_version": 1,
        "answers": {
            "services": sorted(rng.sample(SERVICES, rng.randint(1, 3)), key=SERVICES.index),
            "when": f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}",
            "area": rng.choice(AREAS),
            "police_involved": rng.choice(["yes", "no", "not_sure"]),
            "care_refused": rng.choice(["refused", "limited", "no", "not_sure"]),
            "label_or_plan": rng.choice(["told", "found_out", "no", "not_sure"]),
            "shared_with_police": rng.choice(["yes", "think_so", "no", "not_sure"]),
            "threats": rng.choice([["arrest"], ["prosecution", "order"], ["none"], ["fine"]]),
            "impact": rng.randint(1, 5),
        },
        "quote": consent == "quote",
    }
    if consent != "count":  # ~600 characters of words for a third of the records
        rec["texts"] = {"what_happened": " ".join(rng.choices(WORDS, k=110))}
        rec["reviewed"] = rng.random() < 0.8
    return rec


def make_bundles(folder: Path, recipient: str, bundles: int, per: int) -> list[Path]:
    rng = random.Random(7)
    paths = []
    for b in range(bundles):
        doc = {
            "format": "testimony-export/2",
            "exported": "2025-06",
            "forms": [{"id": "crisis-account", "version": 1}],
            "records": [record(rng) for _ in range(per)],
        }
        path = folder / f"bundle-{b:03d}.age"
        path.write_bytes(seal(json.dumps(doc).encode("utf-8"), [recipient]))
        paths.append(path)
    return paths


def _cpu() -> float:
    """CPU time of this process (all threads): less disturbed by other work on the machine
    than wall time."""
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def write_bytes() -> int:
    """Bytes this process has caused to be written to storage (/proc/self/io)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    return 0


def _db_size(workspace: Path) -> int:
    return vault_paths(workspace).database.stat().st_size


def child_import(workspace: Path, files: list[Path]) -> dict:
    with Session(vault_paths(workspace), plan=ws.WORKSPACE) as session:
        session.unlock(PASSPHRASE).result()
        start, cpu, written = time.perf_counter(), _cpu(), write_bytes()
        summary = session.call(import_files, files)
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu
        count = session.call(record_count)
    written = write_bytes() - written  # after closing: the last checkpoint is counted too
    return {
        "write_bytes": written,
        "database_bytes": workspace.stat().st_size if workspace.is_file() else _db_size(workspace),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "records": count,
        "added": summary.totals["added"],
        "duplicates": summary.totals["duplicates"],
        "rejected": summary.totals["rejected"],
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_report(workspace: Path) -> dict:
    with Session(vault_paths(workspace), plan=ws.WORKSPACE) as session:
        session.unlock(PASSPHRASE).result()
        start, cpu = time.perf_counter(), _cpu()
        report = session.call(load_report, Filters(), 10)
        text = csv_text(report)
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu
        start = time.perf_counter()
        filtered = session.call(load_report, Filters(area="wales", concern="threatened"), 10)
        filtered_s = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "filtered_seconds": filtered_s,
        "records": report.records,
        "csv_lines": text.count("\n"),
        "quotes": len(report.quotes),
        "filtered_records": filtered.records,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_child(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundles", type=int, default=100)
    ap.add_argument("--per-bundle", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path, default=Path("benchmarks/results/coalition.json"))
    ap.add_argument("--child-import", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--child-report", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_import:
        print(
            json.dumps(
                child_import(Path(args.child_import[0]), [Path(p) for p in args.child_import[1:]])
            )
        )
        return 0
    if args.child_report:
        print(json.dumps(child_report(Path(args.child_report))))
        return 0

    total = args.bundles * args.per_bundle
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        empty = folder / "empty.testimony"
        create_vault(empty, PASSPHRASE, plan=ws.WORKSPACE)
        with Session(vault_paths(empty), plan=ws.WORKSPACE) as session:
            session.unlock(PASSPHRASE).result()
            recipient = session.call_write(ws.init_identity).recipient
        t0 = time.perf_counter()
        files = make_bundles(folder, recipient, args.bundles, args.per_bundle)
        made_s = time.perf_counter() - t0
        sealed_mb = sum(f.stat().st_size for f in files) / 2**20
        for n in range(args.runs):
            workspace = folder / f"run-{n}.testimony"
            shutil.copytree(empty, workspace)
            imp = run_child("--child-import", str(workspace), *map(str, files))
            again = run_child("--child-import", str(workspace), *map(str, files))
            rep = run_child("--child-report", str(workspace))
            # The work was done: every record in, none refused, the second pass all
            # duplicates, and the report counted every record.
            assert imp["records"] == total and imp["rejected"] == 0, imp
            assert imp["added"] == total and again["added"] == 0, (imp, again)
            assert again["records"] == total and again["duplicates"] == total, again
            assert rep["records"] == total and rep["csv_lines"] > 100, rep
            runs.append({"import": imp, "import_again": again, "report": rep})
            print(f"run {n + 1}: import {imp['seconds']:.1f} s wall, {imp['cpu_seconds']:.1f} s "
                  f"CPU, {imp['write_bytes'] / 2**20:.0f} MB written; report "
                  f"{rep['seconds']:.2f} s", flush=True)  # fmt: skip
            shutil.rmtree(workspace)

    def mm(part: str, key: str) -> tuple[float, float]:
        values = [r[part][key] for r in runs]
        return min(values), statistics.median(values)

    b = BUDGETS
    mb = 2**20
    wall, cpu = mm("import", "seconds"), mm("import", "cpu_seconds")
    wrote, db = mm("import", "write_bytes"), mm("import", "database_bytes")
    rss, again_s = mm("import", "max_rss_mb"), mm("import_again", "seconds")
    rep_s, rep_cpu = mm("report", "seconds"), mm("report", "cpu_seconds")
    rep_f, rep_rss = mm("report", "filtered_seconds"), mm("report", "max_rss_mb")
    rss_budget, rep_budget = f"≤ {b['import_rss_mb']:.0f} MB", f"≤ {b['report_s']:.0f} s"
    rows = [
        ("records / bundles", f"{total:,} / {args.bundles}", "", ""),
        ("sealed bundles, total size", f"{sealed_mb:.1f} MB", "", f"(made in {made_s:.1f} s)"),
        ("import, wall time", f"{wall[0]:.1f} s", f"{wall[1]:.1f} s", f"≤ {b['import_s']:.0f} s"),
        ("import, CPU time", f"{cpu[0]:.1f} s", f"{cpu[1]:.1f} s", ""),
        ("import, bytes written", f"{wrote[0] / mb:.0f} MB", f"{wrote[1] / mb:.0f} MB",
         f"{wrote[0] / mb / sealed_mb:.2f}× / {wrote[1] / mb / sealed_mb:.2f}× input, ≤ 3×"),
        ("workspace database after import", f"{db[0] / mb:.0f} MB", f"{db[1] / mb:.0f} MB", ""),
        ("import, peak resident", f"{rss[0]:.0f} MB", f"{rss[1]:.0f} MB", rss_budget),
        ("import again (all duplicates)", f"{again_s[0]:.1f} s", f"{again_s[1]:.1f} s", ""),
        ("report (read, count, suppress)", f"{rep_s[0]:.2f} s", f"{rep_s[1]:.2f} s", rep_budget),
        ("report, CPU time", f"{rep_cpu[0]:.2f} s", f"{rep_cpu[1]:.2f} s", ""),
        ("report with two filters", f"{rep_f[0]:.2f} s", f"{rep_f[1]:.2f} s", ""),
        ("report, peak resident", f"{rep_rss[0]:.0f} MB", f"{rep_rss[1]:.0f} MB", ""),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'min':>16}  {'median':>10}  budget")
    for name, low, mid, budget in rows:
        print(f"{name:<{width}}  {low:>16}  {mid:>10}  {budget}")
    out = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
        },
        "records": total,
        "bundles": args.bundles,
        "sealed_mb": round(sealed_mb, 1),
        "runs": runs,
        "min_median": {"import_s": wall, "import_cpu_s": cpu, "write_bytes": wrote,
                       "write_x_input": (wrote[0] / mb / sealed_mb, wrote[1] / mb / sealed_mb),
                       "report_s": rep_s, "report_cpu_s": rep_cpu},
        "budgets": BUDGETS,
        "within_budget": {
            "import_s": wall[1] <= b["import_s"],
            "import_rss_mb": rss[1] <= b["import_rss_mb"],
            "import_write_3x": wrote[1] / mb / sealed_mb <= 3.0,
            "report_s": rep_s[1] <= b["report_s"],
        },
    }  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
