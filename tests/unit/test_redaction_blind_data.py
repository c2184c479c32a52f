"""The blind redaction set is what its script writes, and its split rule holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def test_blind_files_match_their_script() -> None:
    done = subprocess.run(
        [sys.executable, str(DATA / "make_redaction_blind.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_blind_split_is_every_third_text_of_each_voice() -> None:
    for name, held in (("tuning", False), ("heldback", True)):
        lines = (DATA / f"redaction_blind_{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for rec in map(json.loads, lines):
            assert (int(rec["id"].rsplit("-", 1)[1]) % 3 == 2) is held, rec["id"]
            for span in rec["spans"]:
                part = rec["text"][span["start"] : span["end"]]
                assert part == part.strip() and part, rec["id"]
