"""`testimony redact`, in-process and as the installed command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_jsonl_batch(cli) -> None:
    lines = [
        {"id": "a", "text": "PC Davies took me to A&E at 3am."},
        {"id": 7, "text": ""},
        {"id": "c", "text": "Zoë’s CPN rang 07700 900123 😊"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n"
    result = cli(["redact", "--jsonl"], stdin=stdin)
    assert result.code == 0, result.err
    out = [json.loads(line) for line in result.out.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    first = out[0]
    assert first["text"] == "[POLICE OFFICER] took me to A&E at [TIME]."
    assert first["spans"][0] == {"start": 0, "end": 9, "type": "POLICE_OFFICER"}
    text = lines[2]["text"]
    phone = next(s for s in out[2]["spans"] if s["type"] == "PHONE")
    assert text[phone["start"] : phone["end"]] == "07700 900123"  # Python string offsets


def test_plain_mode(cli) -> None:
    result = cli(["redact"], stdin="My CPN Sarah rang me.")
    assert result.code == 0
    out = json.loads(result.out)
    assert out["text"] == "My CPN [CPN] rang me."
    assert out["spans"][0]["type"] == "STAFF" and out["spans"][0]["reasons"]


def test_bad_lines_give_one_clear_sentence(cli) -> None:
    for stdin, needle in [
        ('{"id": 1, "text": "ok"}\nnot json\n', "Line 2 is not valid JSON"),
        ('["id", "text"]\n', "Line 1 must be a JSON object"),
        ('{"text": "no id"}\n', 'Line 1 has no "id"'),
        ('{"id": 1, "text": 5}\n', 'Line 1 needs "text"'),
    ]:
        result = cli(["redact", "--jsonl"], stdin=stdin)
        assert result.code != 0
        assert needle in result.err
        assert "Traceback" not in result.err + result.out


def test_installed_command_as_subprocess() -> None:
    exe = Path(sys.executable).parent / "testimony"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "testimony.cli"]
    stdin = '{"id": 1, "text": "Sgt Okafor came at 3am"}\nbroken\n'
    proc = subprocess.run(
        [*command, "redact", "--jsonl"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 1
    first = json.loads(proc.stdout.splitlines()[0])
    assert first["text"] == "[POLICE OFFICER] came at [TIME]"
    assert proc.stderr.strip() == "testimony: Line 2 is not valid JSON (Expecting value)."
