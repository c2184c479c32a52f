"""The hand-over check on a shared laptop (issue 12): how long looking for anything of a
visitor's vault takes, in a config folder, a cache folder and a busy temp folder.

    .venv/bin/python benchmarks/hand_over.py [--files 5000] [--runs 3]

The temp folder holds FILES small files changed during the session (the worst case: only
those changed since the session began are read). Prints min and median of the runs and
writes benchmarks/results/hand_over.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "benchmarks" / "results" / "hand_over.json"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        os.environ["TESTIMONY_CONFIG_DIR"] = str(root / "config")
        from testimony.services.app_settings import AppSettings, save_app_settings
        from testimony.services.hand_over import Place, check_nothing_left

        save_app_settings(AppSettings(shared_laptop=True))
        temp = root / "temp"
        for n in range(args.files):
            folder = temp / f"d{n % 50}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"f{n}.txt").write_bytes(os.urandom(2048))
        vault = root / "stick" / "Visitor.testimony"
        vault.mkdir(parents=True)
        places = [Place(root / "config"), Place(root / "cache"), Place(temp, since=0.0)]
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = check_nothing_left(vault, AppSettings(shared_laptop=True), places)
            times.append(time.perf_counter() - start)
        assert result.clean
    row = {
        "files": args.files,
        "looked_at": result.looked_at,
        "min_s": min(times),
        "median_s": statistics.median(times),
    }
    print(f"{'files in temp':>14} {'read':>6} {'min':>8} {'median':>8}")
    print(
        f"{row['files']:>14} {row['looked_at']:>6} {row['min_s']:>7.3f}s {row['median_s']:>7.3f}s"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(row, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
