"""A private X server (Xvfb) for tests that show a real window."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.audio import VirtualMic, have_pulseaudio


def _free_display() -> int:
    for number in range(91, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@contextlib.contextmanager
def private_screen(size: str = "1280x900") -> Iterator[str]:
    """Start Xvfb of `size` (WxH) on a free display; yield its DISPLAY value; stop it."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb)")
    number = _free_display()
    proc = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket_file = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket_file.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Xvfb did not start on :{number}")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """The tests' shared private X server."""
    with private_screen() as display:
        yield display


@pytest.fixture
def x_env(xvfb: str, tmp_path: Path) -> dict[str, str]:
    """Environment for a child process that shows real windows on the private display."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    env.update(
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",
        TESTIMONY_KDF_SECONDS="0",
        TESTIMONY_CONFIG_DIR=str(tmp_path / "config"),
        TESTIMONY_DATA_DIR=str(tmp_path / "data"),
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "home").mkdir()
    (tmp_path / "runtime").mkdir(mode=0o700)
    return env


@pytest.fixture(scope="session")
def virtual_mic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtualMic]:
    """A private PulseAudio with a virtual microphone fed by paplay (tests/e2e/audio.py)."""
    if not have_pulseaudio():
        pytest.skip("PulseAudio is not installed (bash packaging/setup.sh --test)")
    mic = VirtualMic(tmp_path_factory.mktemp("pulse"))
    mic.start()
    try:
        yield mic
    finally:
        mic.stop()


@pytest.fixture
def mic_env(x_env: dict[str, str], virtual_mic: VirtualMic) -> Iterator[dict[str, str]]:
    """x_env, reaching the virtual microphone; any tone still playing stops afterwards."""
    yield {**x_env, **virtual_mic.env()}
    virtual_mic.silence()
