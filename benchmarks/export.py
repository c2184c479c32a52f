"""Export of 1,000 accounts with confirmed reviews: plan (generalise + redact), bundle,
validate, seal, write (budget ≤ 3 s, docs/architecture.md,
"Benchmarks").

    .venv/bin/python benchmarks/export.py [--accounts 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

from testimony.core.consent import Level, Method
from testimony.crypto.age import new_identity
from testimony.exporting.plan import accept_automatic, plan_export
from testimony.exporting.write import write_export
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store.tx import transaction

SENTENCES = [
    "I rang 111 at 3am because I could not keep myself safe.",
    "PC Davies and another officer came instead of the crisis team.",
    "At A&E in Leeds the nurse said I was a high intensity user and should go home.",
    "My CPN Sarah had told the police about my care plan without asking me.",
    "They said if I called 999 again I could be prosecuted.",
    "I waited nine hours on a plastic chair and nobody asked how I was.",
    "The paramedics were kind and listened, which helped more than anything.",
    "On 14th March my friend Tom Hughes drove me to the hospital on Beckett Street.",
    "I was told about a Community Protection Notice in a letter from the council.",
    "Nobody explained what section 136 meant or why I was taken to the station.",
]


def story(rng: random.Random, chars: int) -> str:
    out = []
    while sum(len(s) + 1 for s in out) < chars:
        out.append(rng.choice(SENTENCES))
    return " ".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=1000)
    ap.add_argument("--json", type=Path, default=Path("benchmarks/results/export.json"))
    args = ap.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        created = create_vault(Path(tmp) / "bench.testimony", "pw")
        with Session(created.paths) as s:
            s.unlock("pw").result()

            def fill(conn) -> None:
                with transaction(conn):
                    for i in range(args.accounts):
                        aid = accounts.create_draft(conn)
                        accounts.save_answers(
                            conn,
                            aid,
                            {
                                "services": ["police", "ae"],
                                "when": "2024-03-14",
                                "area": "yorkshire",
                                "what_happened": story(rng, 1800),
                                "how_affected": story(rng, 700),
                                "would_have_helped": story(rng, 500),
                            },
                        )
                        level = (Level.COUNT, Level.WORDS, Level.QUOTE)[i % 3]
                        accounts.set_consent(conn, aid, level, Method.ALONE)

            s.call(fill)
            start = time.perf_counter()
            s.call_write(
                accept_automatic, s.call(plan_export, created.paths.folder, assume_automatic=True)
            )
            review_s = time.perf_counter() - start

            key = new_identity().recipient
            t0 = time.perf_counter()
            plan = s.call(plan_export, created.paths.folder)
            t1 = time.perf_counter()
            result = s.call(write_export, plan, [("Coalition", key)], Path(tmp) / "out.age")
            t2 = time.perf_counter()
            size = result.path.stat().st_size
            chars = sum(len(t.original) for a in plan.accounts for t in a.texts)
    out = {
        "accounts": args.accounts,
        "texts_chars": chars,
        "confirm_reviews_s": review_s,
        "plan_s": t1 - t0,
        "bundle_seal_write_s": t2 - t1,
        "export_total_s": t2 - t0,
        "bundle_bytes": size,
        "budget_s": 3.0,
    }
    print(f"{'measure':<28}{'value':>12}")
    for k, v in out.items():
        print(f"{k:<28}{v:>12.3f}" if isinstance(v, float) else f"{k:<28}{v:>12}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
