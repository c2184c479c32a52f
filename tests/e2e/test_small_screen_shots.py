"""Issue 12: every page on a 1024×600 screen at 200% text and a 1366×768 screen at 100%,
on a real X server; screenshots go to build/screenshots/ (looked at by a person; the few
worth showing are copied into docs/screenshots/ by hand)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import _free_display

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
DRIVER = Path(__file__).with_name("small_screens.py")

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def laptop_screen() -> Iterator[str]:
    """An X server the size of an old 1366×768 laptop (the shared one is 1280 wide)."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb)")
    number = _free_display()
    cmd = [binary, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Xvfb did not start on :{number}")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("size", [(1024, 600, 200), (1366, 768, 100)], ids=["small", "medium"])
def test_small_screen_pages_on_a_real_screen(x_env, laptop_screen, tmp_path, size):
    width, height, scale = size
    env = {**x_env, "DISPLAY": laptop_screen}
    cmd = [sys.executable, str(DRIVER), str(SHOTS), str(width), str(height), str(scale)]
    cmd.append(str(tmp_path / "work"))
    (tmp_path / "work").mkdir()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.stdout.split()) > 20
