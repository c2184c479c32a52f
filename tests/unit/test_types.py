"""mypy over the package as pyproject.toml's [tool.mypy] sets it (strict below ui/, mypy's
default checks plus check_untyped_defs in ui/, app and cli), so the one test command also
checks types. Its cache lives in build/ (ignored by git), so a second run takes seconds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_passes():
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent)) or shutil.which("mypy")
    if mypy is None:
        pytest.fail("mypy is not installed: run `bash packaging/setup.sh --test`")
    proc = subprocess.run(
        [mypy, "--cache-dir", str(ROOT / "build" / "mypy-cache"), "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_layers_below_ui_stay_strict():
    """Only ui/, app and cli may step back from strict: core to services stay strict."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    relaxed = {
        m
        for o in config.get("overrides", [])
        for m in o["module"]
        if o.get("disallow_untyped_defs") is False
    }
    assert relaxed <= {"testimony.ui.*", "testimony.app", "testimony.cli.*", "testimony.__main__"}
