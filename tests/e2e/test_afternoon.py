"""Issue 12: a drop-in afternoon. Three visitors in a row on one shared laptop, each with
their own vault in their own "stick" folder. Afterwards HOME, the config and cache folders
and the temp folder hold nothing that names or locates any of them, and the next first
page shows none of them (checked by the driver, tests/e2e/afternoon.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
DRIVER = Path(__file__).with_name("afternoon.py")

pytestmark = pytest.mark.e2e


def test_three_visitors_leave_nothing_behind(x_env, tmp_path):
    home = tmp_path / "home"
    sticks = [tmp_path / "media" / f"STICK{n}" for n in (1, 2, 3)]
    for stick in sticks:
        stick.mkdir(parents=True)
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {k: v for k, v in x_env.items() if not k.startswith("TESTIMONY_")}
    env.update(
        TESTIMONY_KDF_SECONDS="0",
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        TMPDIR=str(temp),
        TESTIMONY_REMOVABLE_DIRS=os.pathsep.join(str(s) for s in sticks),
    )
    cmd = [sys.executable, str(DRIVER), str(SHOTS), *map(str, sticks)]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.stdout.splitlines()) == 3
    for stick in sticks:  # each vault is on its own stick
        assert len(list(stick.glob("*.testimony/header.json"))) == 1

    traces = [f"Visitor {c}" for c in "ABC"] + [f"Canary-{c}-4471" for c in "ABC"]
    traces += [str(s) for s in sticks] + [s.name for s in sticks]
    found = []
    for folder in (home, temp):
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for trace in traces:
                if trace.encode() in data or trace in path.name:
                    found.append(f"{path.relative_to(tmp_path)} holds {trace!r}")
    assert found == [], "\n".join(found)
    settings = home / ".config" / "Testimony" / "app-settings.json"
    assert settings.exists() and '"shared_laptop": true' in settings.read_text()
