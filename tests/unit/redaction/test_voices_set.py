"""The project's informal-voices set (issue 10): well formed, fixed, and held to its figures."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from testimony.core.redaction import detect

from .helpers import ROOT, covered, load_jsonl, overlaps

DATA = ROOT / "tests" / "data"
TUNING = load_jsonl(DATA / "redaction_voices_tuning.jsonl")
HELD_BACK = load_jsonl(DATA / "redaction_voices_heldback.jsonl")
VOICES = {"plain", "lower", "textspeak", "dyslexic", "runon", "advocate", "angry", "flat"}


def test_set_is_large_varied_and_well_formed() -> None:
    records = TUNING + HELD_BACK
    assert len(records) >= 300
    assert {r["voice"] for r in records} == VOICES | {"negative"}
    assert len({r["id"] for r in records}) == len(records)
    for rec in records:
        for span in rec["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(rec["text"])
            piece = rec["text"][span["start"] : span["end"]]
            assert piece == piece.strip() and piece, rec["id"]


def test_held_back_file_is_the_one_whose_hash_was_committed_first() -> None:
    digest = hashlib.sha256((DATA / "redaction_voices_heldback.jsonl").read_bytes()).hexdigest()
    assert digest in (ROOT / "docs" / "redaction.md").read_text(encoding="utf-8")


def test_generator_reproduces_the_files(tmp_path) -> None:
    """The .jsonl files are what the generator writes: no label was edited by hand."""
    script = (DATA / "make_redaction_voices.py").read_text(encoding="utf-8")
    patched = script.replace(
        "HERE = Path(__file__).resolve().parent", f"HERE = Path({str(tmp_path)!r})"
    )
    subprocess.run([sys.executable, "-c", patched], check=True, capture_output=True)
    for name in ("redaction_voices_tuning.jsonl", "redaction_voices_heldback.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes()


def _scores(records: list[dict]) -> tuple[float, float, dict[str, float]]:
    gold = found = full = 0
    by_voice: dict[str, list[int]] = {}
    for rec in records:
        spans = detect(rec["text"])
        for g in rec["spans"]:
            hits = [s for s in spans if overlaps(s, g["start"], g["end"])]
            gold += 1
            found += bool(hits)
            full += bool(hits) and covered(rec["text"], g["start"], g["end"], hits)
            row = by_voice.setdefault(rec["voice"], [0, 0])
            row[0] += 1
            row[1] += bool(hits)
    return found / gold, full / gold, {v: r[1] / r[0] for v, r in by_voice.items()}


def test_recall_on_both_splits() -> None:
    # Tuning: floors a little under the measured figures. Held back: issue 10's targets.
    any_t, full_t, voices_t = _scores(TUNING)
    assert any_t >= 0.97 and full_t >= 0.96, (any_t, full_t)
    assert min(voices_t.values()) >= 0.93, voices_t
    any_h, full_h, voices_h = _scores(HELD_BACK)
    assert any_h >= 0.92 and full_h >= 0.85, (any_h, full_h)
    assert min(voices_h.values()) >= 0.85, voices_h


def test_negatives_and_campaign_words_stay() -> None:
    for rec in TUNING + HELD_BACK:
        if rec["voice"] == "negative":
            spans = detect(rec["text"])
            flagged = [rec["text"][s.start : s.end] for s in spans]
            # times such as "midnight" may be flagged; campaign words never
            assert all(s.type == "TIME" for s in spans), (rec["id"], flagged)


def test_data_files_are_json_lines() -> None:
    for name in ("redaction_voices_tuning.jsonl", "redaction_voices_heldback.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            assert isinstance(json.loads(line), dict)
