"""Shared helpers for the redaction tests."""

from __future__ import annotations

import json
from pathlib import Path

from testimony.core.redaction import Span

ROOT = Path(__file__).resolve().parents[3]
UK_CRISIS = ROOT / "tests" / "data" / "redaction_uk_crisis.jsonl"
SHARED_PII = ROOT.parent / "shared" / "data" / "pii"
if not SHARED_PII.exists():
    SHARED_PII = Path("/work/shared/data/pii")


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def overlaps(span: Span, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def covered(text: str, start: int, end: int, spans: list[Span]) -> bool:
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(start, end) if not text[i].isspace()
    )
