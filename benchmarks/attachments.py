"""Attachments (issue 15): how long the largest file takes to go into the vault, come back
out for showing, and be deleted for good, and how much memory that takes.

    .venv/bin/python benchmarks/attachments.py [--runs 3] [--mb 50]

Each run is a child process with a new vault, so "peak resident" (`ru_maxrss`) is that
run alone. A file of random bytes wrapped as a valid PDF is used (random bytes do not
compress, like a scanned document). Key derivation is not counted. Prints a table and
writes benchmarks/results/attachments.json; min and median of the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "results" / "attachments.json"

CHILD = r"""
import json, os, resource, shutil, sys, tempfile, time
from pathlib import Path
os.environ["TESTIMONY_KDF_SECONDS"] = "0"
from testimony.services import accounts
from testimony.services.attachments import attach_paths, attachment_data, delete_attachment
from testimony.services.session import Session
from testimony.services.vault import create_vault

mb = int(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="bench-attach-"))
body = os.urandom(mb * 1024 * 1024 - 4096)
head = b"%%PDF-1.4\n1 0 obj\n<< /Length %d >>\nstream\n" % len(body)
tail = (b"\nendstream\nendobj\nxref\n0 1\n0000000000 65535 f \n"
        b"trailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n")
src = work / "scan.pdf"
src.write_bytes(head + body + tail)
created = create_vault(work / "v.testimony", "bench pass phrase")
with Session(created.paths) as s:
    s.unlock("bench pass phrase").result()
    aid = s.call_write(accounts.create_draft)
    t = time.perf_counter()
    (a,) = s.call_write(attach_paths, aid, [src])
    add = time.perf_counter() - t
    t = time.perf_counter()
    data = s.call(attachment_data, a.id).data
    read = time.perf_counter() - t
    assert len(data) == src.stat().st_size
    del data
    t = time.perf_counter(); s.call(delete_attachment, a.id); gone = time.perf_counter() - t
shutil.rmtree(work)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"attach_s": add, "read_s": read, "delete_s": gone, "peak_mb": peak}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mb", type=int, default=50)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.mb)],
            env=env,
            capture_output=True,
            text=True,
        )
        if out.returncode:
            raise SystemExit(out.stderr)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    rows = [
        ("attach (read, check, write in one transaction)", "attach_s", "s"),
        ("read back for showing", "read_s", "s"),
        ("delete (secure_delete + WAL checkpoint)", "delete_s", "s"),
        ("peak resident of the process", "peak_mb", "MB"),
    ]
    result = {"mb": args.mb, "runs": runs, "summary": {}}
    print(f"{args.mb} MB file, {args.runs} runs")
    print(f"{'measure':<50} {'min':>8} {'median':>8}")
    for label, key, unit in rows:
        values = [r[key] for r in runs]
        lo, mid = min(values), statistics.median(values)
        result["summary"][key] = {"min": lo, "median": mid}
        print(f"{label:<50} {lo:>8.2f} {mid:>8.2f}  {unit}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
