"""Issue 9 item 1, freed memory: the real `testimony` command, started as a person starts
it (the console script and `python -m testimony`, no allocator settings from the test),
restarts itself with an allocator that overwrites what it frees, so once it has locked and
finished no decrypted word is left in its memory, not even in freed blocks.

The test stops the child at its very end with ptrace (PTRACE_O_TRACEEXIT: after lock,
after Python has shut down, before the kernel takes the memory away) and reads all of its
memory. The control run sets the marker that skips the restart: then the words are found,
so the zero is not a dump that sees nothing.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from testimony.hardening import WIPE_MARKER
from testimony.services.vault import create_vault
from tests.helpers import PASSPHRASE, account
from tests.security.test_key_after_lock import read_memory

pytestmark = [
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or not Path("/proc/self/mem").exists(),
        reason="needs Linux's ptrace and /proc/PID/mem",
    ),
    # The real program makes itself non-dumpable (hardening.py), so only a tracer with
    # CAP_SYS_PTRACE can read its memory.
    pytest.mark.skipif(
        getattr(os, "geteuid", lambda: -1)() != 0,
        reason="needs root to read a non-dumpable process",
    ),
]

PTRACE_CONT, PTRACE_SEIZE = 7, 0x4206
PTRACE_O_TRACEEXIT, PTRACE_EVENT_EXIT = 0x40, 6
MARK = "freedcanaryq"
LIBC = ctypes.CDLL("libc.so.6", use_errno=True)
LIBC.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]


def _ptrace(request: int, pid: int, data: int) -> None:
    if LIBC.ptrace(request, pid, None, ctypes.c_void_p(data)) != 0:
        raise OSError(ctypes.get_errno(), f"ptrace {request:#x} on {pid}")


def memory_at_exit(command: list[str], stdin: str, env: dict[str, str]) -> tuple[int, bytes, bytes]:
    """Run `command`, stop it as it exits, and return (exit code, its memory, its environ)."""
    child = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    memory = environ = b""
    try:
        # Seized before it is given the passphrase, so it cannot finish first.
        _ptrace(PTRACE_SEIZE, child.pid, PTRACE_O_TRACEEXIT)
        assert child.stdin is not None
        child.stdin.write(stdin.encode())
        child.stdin.close()
        while True:
            _, status = os.waitpid(child.pid, 0)
            if os.WIFEXITED(status) or os.WIFSIGNALED(status):
                code = os.waitstatus_to_exitcode(status)
                break
            sig = os.WSTOPSIG(status)
            if sig == signal.SIGTRAP and status >> 16 == PTRACE_EVENT_EXIT:
                memory = read_memory(child.pid)
                environ = Path(f"/proc/{child.pid}/environ").read_bytes()
                sig = 0
            _ptrace(PTRACE_CONT, child.pid, sig)  # pass on any other signal
    finally:
        if child.returncode is None:
            child.returncode = -1  # reaped above; keeps Popen from waiting again
        child.kill()
    assert child.stderr is not None
    assert code == 0, child.stderr.read().decode()
    return code, memory, environ


def _canary(i: int) -> str:
    return f"zq{i:02d}{MARK}"


def _run_both(folder: Path, entry: list[str], env: dict[str, str]) -> dict[str, int]:
    """Add accounts typed in (stdin), then list them all with their words (read back)."""
    typed = [account(what_happened=f"typed {_canary(i)} at the crisis team " * 4) for i in range(6)]
    body = json.dumps(typed)
    found: dict[str, int] = {}
    for args, stdin in (
        (["account", "add", str(folder), "--json", "-"], f"{PASSPHRASE}\n{body}"),
        (["account", "list", str(folder), "--json"], f"{PASSPHRASE}\n"),
        (["account", "list", str(folder), "--search", "crisis"], f"{PASSPHRASE}\n"),
    ):
        _, memory, environ = memory_at_exit([*entry, *args], stdin, env)
        assert str(folder).encode() in memory  # the dump is real
        found[args[1] + (" --search" if "--search" in args else "")] = sum(
            memory.count(_canary(i).encode()) for i in range(6)
        )
        found["restarted"] = found.get("restarted", 0) + (b"PYTHONMALLOC=malloc" in environ)
    return found


def _env() -> dict[str, str]:
    env = dict(os.environ)
    for name in (WIPE_MARKER, "PYTHONMALLOC", "GLIBC_TUNABLES", "MALLOC_PERTURB_"):
        env.pop(name, None)
    return env


ENTRIES = {
    "console script": [str(Path(sys.executable).parent / "testimony")],
    "python -m testimony": [sys.executable, "-m", "testimony"],
}


@pytest.mark.parametrize("entry", list(ENTRIES))
def test_the_real_command_leaves_no_words_in_freed_memory(tmp_path, entry):
    if not Path(ENTRIES[entry][0]).exists():
        pytest.skip(f"{ENTRIES[entry][0]} is not installed")
    folder = tmp_path / "freed.testimony"
    create_vault(folder, PASSPHRASE)
    control = _run_both(folder, ENTRIES[entry], {**_env(), WIPE_MARKER: "off"})
    assert control["restarted"] == 0
    assert sum(n for k, n in control.items() if k != "restarted") > 0, control
    wiped = _run_both(folder, ENTRIES[entry], _env())
    assert wiped == {"add": 0, "list": 0, "list --search": 0, "restarted": 3}, (wiped, control)
