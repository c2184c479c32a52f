"""The real app in a real X server (Xvfb): start it, see its window, and screenshot every
page at normal size, at 200% text and in high contrast (saved to build/screenshots/;
packaging/refresh-screenshots.sh saves them to docs/screenshots/)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers import screenshot_dir

DRIVER = Path(__file__).with_name("screens.py")

pytestmark = pytest.mark.e2e


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), path
    step = max(1, image.width() // 60)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


@pytest.mark.parametrize(
    "variant",
    [("", 100, False), ("-200", 200, False), ("-contrast", 100, True)],
    ids=["normal", "text-200", "high-contrast"],
)
def test_every_page_on_a_real_screen(x_env, tmp_path, variant):
    suffix, scale, contrast = variant
    shots = str(screenshot_dir())
    cmd = [sys.executable, str(DRIVER), shots, "--scale", str(scale), f"--suffix={suffix}"]
    cmd += ["--work", str(tmp_path)]
    if contrast:
        cmd.append("--contrast")
    result = subprocess.run(
        cmd, env=x_env, capture_output=True, text=True, timeout=180, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    saved = [Path(line) for line in result.stdout.split()]
    assert len(saved) == 19
    for path in saved:
        assert path.exists()
        assert _distinct_colours(path) > 2, f"{path.name} looks blank"


def _window_shown(env: dict[str, str], title: str) -> bool:
    """Is a window with this title mapped and viewable on env's display (xwininfo)?"""
    found = subprocess.run(
        ["xwininfo", "-display", env["DISPLAY"], "-name", title],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return found.returncode == 0 and "Map State: IsViewable" in found.stdout


def test_the_testimony_command_shows_a_window(x_env, tmp_path):
    """`testimony` (the installed script) starts, shows its window and stays up."""
    if shutil.which("xwininfo") is None:
        pytest.skip("xwininfo is not installed (Debian: apt-get install x11-utils)")
    script = Path(sys.executable).with_name("testimony")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "testimony.cli"]
    proc = subprocess.Popen(cmd, env=x_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # Wait for the real thing, the window mapped on the X server, not a fixed time: a
        # loaded machine can take several seconds, a quiet one half a second.
        deadline = time.monotonic() + 60
        while not _window_shown(x_env, "Testimony"):
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "no Testimony window within 60 s"
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:]  # and it stays up
        grab = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from PySide6.QtWidgets import QApplication; a = QApplication([]);"
                "a.primaryScreen().grabWindow(0).save(sys.argv[1])",
                str(tmp_path / "screen.png"),
            ],
            env=x_env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert grab.returncode == 0
        assert _distinct_colours(tmp_path / "screen.png") > 2  # something was drawn
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert os.path.exists(tmp_path / "screen.png")
