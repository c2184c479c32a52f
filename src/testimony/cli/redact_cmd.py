"""`testimony redact`: find identifying details in text from standard input.

Plain mode reads all of stdin as one text and prints one JSON object
``{"spans": [{"start", "end", "type", "reasons"}], "text": <redacted>}``.
``--jsonl`` reads lines ``{"id": ..., "text": ...}`` and writes, per line,
``{"id": ..., "spans": [{"start", "end", "type"}], "text": <redacted>}``.
Offsets are Python string indices into the original text.
"""

from __future__ import annotations

import argparse
import json
import sys

from testimony.cli.common import CliError

_EPILOG = (
    'Plain mode prints one JSON object: {"spans": [{"start", "end", "type", '
    '"reasons"}], "text": REDACTED}. With --jsonl each input line must be a JSON object '
    '{"id": ..., "text": ...}; each output line is {"id", "spans": [{"start", "end", '
    '"type"}], "text": REDACTED}. Offsets are Python string indices. Nothing leaves '
    "this machine."
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "redact",
        help="redact text from stdin; print spans and result",
        description="Find names, places, dates and identifiers in text read from standard "
        "input, and print them with the redacted text.",
        epilog=_EPILOG,
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='batch mode: one {"id", "text"} JSON object per input line',
    )
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    from testimony.core.redaction import detect, redact

    if not args.jsonl:
        text = sys.stdin.read()
        spans = detect(text)
        result = redact(text, spans)
        out = {
            "spans": [
                {"start": s.start, "end": s.end, "type": s.type, "reasons": list(s.reasons)}
                for s in spans
            ],
            "text": result.text,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0

    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        record = _parse_line(line, number)
        text = record["text"]
        spans = detect(text)
        out = {
            "id": record["id"],
            "spans": [{"start": s.start, "end": s.end, "type": s.type} for s in spans],
            "text": redact(text, spans).text,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


def _parse_line(line: str, number: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CliError(f"Line {number} is not valid JSON ({exc.msg}).") from None
    if not isinstance(record, dict):
        raise CliError(f'Line {number} must be a JSON object with "id" and "text".')
    if "id" not in record:
        raise CliError(f'Line {number} has no "id".')
    if not isinstance(record.get("text"), str):
        raise CliError(f'Line {number} needs "text" as a string.')
    return record
