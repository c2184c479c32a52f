"""Coalition import and report at scale (docs/architecture.md, "Benchmarks"): 100,000
records in 100 bundles imported in ≤ 60 s with ≤ 400 MB resident; a report over them in ≤ 2 s.

Import and report each run in a child process of their own, so the peak resident size
(getrusage's ru_maxrss) is that of the work alone, not of making the bundles.

    .venv/bin/python benchmarks/coalition.py [--bundles 100] [--per-bundle 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import secrets
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

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workspace = folder / "coalition.testimony"
        create_vault(workspace, PASSPHRASE, plan=ws.WORKSPACE)
        with Session(vault_paths(workspace), plan=ws.WORKSPACE) as session:
            session.unlock(PASSPHRASE).result()
            recipient = session.call_write(ws.init_identity).recipient
        t0 = time.perf_counter()
        files = make_bundles(folder, recipient, args.bundles, args.per_bundle)
        made_s = time.perf_counter() - t0
        sealed_mb = sum(f.stat().st_size for f in files) / 2**20
        imp = run_child("--child-import", str(workspace), *map(str, files))
        again = run_child("--child-import", str(workspace), *map(str, files))
        rep = run_child("--child-report", str(workspace))

    total = args.bundles * args.per_bundle
    b = BUDGETS
    rows = [
        ("records / bundles", f"{total:,} / {args.bundles}", ""),
        ("sealed bundles, total size", f"{sealed_mb:.1f} MB", f"(made in {made_s:.1f} s)"),
        ("import, wall time", f"{imp['seconds']:.1f} s", f"≤ {BUDGETS['import_s']:.0f} s"),
        ("import, CPU time", f"{imp['cpu_seconds']:.1f} s", ""),
        (
            "import, bytes written",
            f"{imp['write_bytes'] / 2**20:.0f} MB",
            f"{imp['write_bytes'] / 2**20 / sealed_mb:.1f}× input, ≤ 3×",
        ),
        ("workspace database after import", f"{imp['database_bytes'] / 2**20:.0f} MB", ""),
        ("import, peak resident", f"{imp['max_rss_mb']:.0f} MB", f"≤ {b['import_rss_mb']:.0f} MB"),
        ("import again (all duplicates)", f"{again['seconds']:.1f} s", ""),
        ("report (read, count, suppress)", f"{rep['seconds']:.2f} s", f"≤ {b['report_s']:.0f} s"),
        ("report, CPU time", f"{rep['cpu_seconds']:.2f} s", ""),
        ("report with two filters", f"{rep['filtered_seconds']:.2f} s", ""),
        ("report, peak resident", f"{rep['max_rss_mb']:.0f} MB", ""),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for name, value, budget in rows:
        print(f"{name:<{width}}  {value:>14}  {budget}")
    assert imp["records"] == total and imp["rejected"] == 0, imp
    assert again["records"] == total, again
    out = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
        },
        "records": total,
        "bundles": args.bundles,
        "sealed_mb": round(sealed_mb, 1),
        "import": imp,
        "import_again": again,
        "report": rep,
        "budgets": BUDGETS,
        "within_budget": {
            "import_s": imp["seconds"] <= BUDGETS["import_s"],
            "import_rss_mb": imp["max_rss_mb"] <= BUDGETS["import_rss_mb"],
            "report_s": rep["seconds"] <= BUDGETS["report_s"],
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
