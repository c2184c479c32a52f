"""The project's own labelled set: fictional first-person accounts of crisis services."""

from __future__ import annotations

from testimony.core.redaction import detect

from .helpers import UK_CRISIS, load_jsonl, overlaps

RECORDS = load_jsonl(UK_CRISIS)


def test_set_is_well_formed() -> None:
    assert len(RECORDS) >= 60
    for rec in RECORDS:
        for span in rec["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(rec["text"])
            assert rec["text"][span["start"] : span["end"]].strip()


def test_recall_and_precision_on_uk_crisis_set() -> None:
    gold = found = detected = true_spans = 0
    for rec in RECORDS:
        spans = detect(rec["text"])
        detected += len(spans)
        for g in rec["spans"]:
            gold += 1
            found += any(overlaps(s, g["start"], g["end"]) for s in spans)
        true_spans += sum(
            any(overlaps(s, g["start"], g["end"]) for g in rec["spans"]) for s in spans
        )
    assert found / gold >= 0.93, f"recall {found / gold:.3f}"
    assert true_spans / detected >= 0.90, f"precision {true_spans / detected:.3f}"


def test_people_and_officers_always_found() -> None:
    for rec in RECORDS:
        spans = detect(rec["text"])
        for g in rec["spans"]:
            if g["type"] in ("PERSON", "POLICE_OFFICER", "STAFF", "PHONE", "EMAIL"):
                assert any(overlaps(s, g["start"], g["end"]) for s in spans), (
                    rec["id"],
                    rec["text"][g["start"] : g["end"]],
                )
