"""Issue 9 item 2: a running app (command line and window) allows no core dump.

Each app is started as a real process with core dumps allowed (unlimited), and left
waiting: the command line for a passphrase, the window in its event loop. We read its
limits from /proc, then crash it with SIGABRT: the kernel must write no core file. The
control, a plain Python process started the same way, does leave one, which proves the
machine would have written a core had the app not refused.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc and uses Linux core dumps"
)


# Raises the core-dump limit inside the child, then becomes the program to test. Done in the
# child rather than with preexec_fn, which is unsafe once this test process has threads (Qt).
_LAUNCH = (
    "import os, resource, sys\n"
    "try:\n"
    "    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY,) * 2)\n"
    "except (ValueError, OSError):\n"
    "    sys.exit(97)\n"
    "os.execv(sys.argv[1], sys.argv[1:])\n"
)


def _start(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _LAUNCH, *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    time.sleep(0.3)
    if child.poll() == 97:
        pytest.skip("core dumps cannot be allowed for a child here")
    return child


def _core_limit(pid: int) -> tuple[str, str] | None:
    text = Path(f"/proc/{pid}/limits").read_text()
    m = re.search(r"^Max core file size\s+(\S+)\s+(\S+)", text, re.M)
    return (m[1], m[2]) if m else None


def _crash(child: subprocess.Popen[str]) -> bool:
    """SIGABRT the child; True if the kernel says it dumped core."""
    child.send_signal(signal.SIGABRT)
    _, status = os.waitpid(child.pid, 0)
    child.returncode = -signal.SIGABRT  # reaped here, so Popen must not wait again
    return os.WCOREDUMP(status)


def _cores(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("core")]


def _wait_for(pred, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def control(tmp_path: Path) -> None:
    """A plain Python process, started like the apps, does dump core here."""
    folder = tmp_path / "control"
    folder.mkdir()
    child = _start([sys.executable, "-c", "import time; time.sleep(60)"], folder, dict(os.environ))
    assert _wait_for(lambda: _core_limit(child.pid) == ("unlimited", "unlimited"))
    dumped = _crash(child)
    cores = _cores(folder)
    for core in cores:
        core.unlink()
    if not (dumped or cores):
        pytest.skip("this machine writes no core dumps at all, so there is nothing to prove")


def _check_app(args: list[str], tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "app"
    folder.mkdir()
    child = _start(args, folder, env)
    try:
        assert _wait_for(lambda: _core_limit(child.pid) == ("0", "0")), _core_limit(child.pid)
        time.sleep(0.5)  # let it settle into waiting
        assert child.poll() is None, "the app should still be running"
        assert not _crash(child), "the kernel wrote a core dump of the app"
    finally:
        if child.returncode is None:
            child.kill()
            child.wait(timeout=30)
    assert _cores(folder) == []


def test_the_command_line_allows_no_core_dump(tmp_path: Path, control: None) -> None:
    exe = [sys.executable, "-m", "testimony", "vault", "create", str(tmp_path / "v.testimony")]
    _check_app(exe, tmp_path, dict(os.environ))


def test_the_window_allows_no_core_dump(tmp_path: Path, control: None) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
    }
    _check_app([sys.executable, "-m", "testimony"], tmp_path, env)


def test_the_process_marks_itself_not_dumpable() -> None:
    """From inside: prctl(PR_GET_DUMPABLE) answers 0 after hardening. In a child, so this
    test process is left as it was."""
    code = (
        "from testimony.hardening import harden_process, is_dumpable\n"
        "before = is_dumpable()\n"
        "harden_process()\n"
        "print(before, is_dumpable())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["True", "False"], out.stderr
