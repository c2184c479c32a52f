"""The coalition's publication (core/publication.py) at scale: counting, suppressing and
checking every number any view may show, over 100,000 synthetic records, and a report built
from it with and without filters. Three runs each; min and median, wall and CPU.

    .venv/bin/python benchmarks/publication.py [--records 100000]

Records are skewed (a few areas and services common, most rare), so there are many small
counts to hide and check, as in real data.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from testimony.coalition.analysis import Fact, Filters, dimensions  # noqa: E402
from testimony.coalition.report import build_report, publication  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "publication.json"
SERVICES = ["ae", "ambulance", "police", "crisis_team", "crisis_line", "nhs111", "gp", "cmht"]
CONCERNS = ["care_refused", "threatened", "labelled", "shared_with_police", "police_involved"]


def facts(n: int, seed: int = 1) -> list[Fact]:
    rng = random.Random(seed)
    areas = dimensions()["area"].ids()
    area_w = [1 / (i + 1) ** 2.5 for i in range(len(areas))]
    service_w = [1 / (i + 1) ** 2.5 for i in range(len(SERVICES))]
    out = []
    for _ in range(n):
        services: set[str] = set()
        for _ in range(rng.randint(0, 3)):
            services.add(rng.choices(SERVICES, service_w)[0])
        out.append(
            Fact(
                frozenset(services),
                frozenset(rng.sample(CONCERNS, rng.randint(0, 3))),
                rng.choices(areas, area_w)[0],
                f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}",
                rng.choice(["count", "words", "quote"]),
            )
        )
    return out


def timed(fn: Callable[[], object], runs: int = 3) -> dict[str, float]:
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return {
        "wall_min": min(wall),
        "wall_median": statistics.median(wall),
        "cpu_min": min(cpu),
        "cpu_median": statistics.median(cpu),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--json", type=Path, default=OUT)
    args = ap.parse_args()
    data = facts(args.records)
    pub = publication(data, 10)
    two = Filters(area="london", concern="threatened")
    results = {
        "publication": timed(lambda: publication(data, 10)),
        "report, whole workspace": timed(lambda: build_report(data, Filters(), 10)),
        "report, two filters": timed(lambda: build_report(data, two, 10)),
    }
    print(f"{args.records:,} records; {len(pub.counts)} counts, {len(pub.primary)} small or "
          f"whole-group, {len(pub.hidden)} hidden in all")  # fmt: skip
    print(f"{'':28} {'wall min':>9} {'median':>8} {'CPU min':>9} {'median':>8}")
    for name, r in results.items():
        print(
            f"{name:28} {r['wall_min']:8.2f}s {r['wall_median']:7.2f}s "
            f"{r['cpu_min']:8.2f}s {r['cpu_median']:7.2f}s"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    summary = {"records": args.records, "hidden": len(pub.hidden), "primary": len(pub.primary)}
    args.json.write_text(json.dumps({**summary, "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
