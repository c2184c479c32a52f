"""Redaction opens no socket and downloads nothing: not at import, not when run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.socket_audit import no_sockets

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    json.loads(line)["text"]
    for line in (ROOT / "tests" / "data" / "redaction_uk_crisis.jsonl").read_text().splitlines()
    if line.strip()
]

# A fresh interpreter: the audit hook is installed before the package is first imported.
_IMPORT_PROBE = """
import sys
events = []
sys.addaudithook(lambda e, a: events.append(e) if e.startswith(("socket.", "urllib")) else None)
import testimony.core.redaction as r
r.detect("PC Davies rang 07700 900123 about LS6 2QT on 14th March", None)
print(len(events))
"""


def test_import_and_first_use_open_no_socket() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.stdout.strip() == "0", proc.stdout + proc.stderr


def test_detect_and_redact_open_no_socket() -> None:
    from testimony.core.redaction import KnownDetails, detect, redact

    known = KnownDetails(own_names=("Niamh",), phone="07700 900456", postcode="LS13 3PQ")
    with no_sockets() as events:
        for text in TEXTS * 3:
            redact(text, detect(text, known))
    assert events == []


def test_cli_opens_no_socket(cli) -> None:
    stdin = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(TEXTS)) + "\n"
    with no_sockets() as events:
        result = cli(["redact", "--jsonl"], stdin=stdin)
    assert result.code == 0, result.err
    assert len(result.out.splitlines()) == len(TEXTS)
    assert events == []
