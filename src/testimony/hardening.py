"""Keeping the process's memory out of crash dumps and away from other processes.

Called first thing by the window (app.py) and the command line (cli/__init__.py), before any
key exists. What each platform offers, and what is done here:

- Linux: the core-dump limit is set to 0, soft and hard (setrlimit RLIMIT_CORE), and the
  process marks itself non-dumpable (prctl PR_SET_DUMPABLE 0). Non-dumpable also means
  /proc/PID/mem and ptrace are closed to other processes of the same user; the kernel
  makes /proc/PID/ files owned by root. Root can still read the memory: nothing in a
  process can stop root.
- macOS: setrlimit RLIMIT_CORE 0 works the same and is done. ptrace(PT_DENY_ATTACH)
  exists, but it also stops crash reporting and debuggers in ways we have not tested, so
  it is not used. Not tested on macOS here.
- Windows: there are no core-dump limits. SetErrorMode(SEM_NOGPFAULTERRORBOX) keeps the
  crash dialog away, and Windows Error Reporting can be told to skip a program
  (WerAddExcludedApplication); neither is done yet, and docs/security.md says so.

Every call is best effort: a failure never stops the app, since a person must still be able
to reach their words.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """No core dumps, and (on Linux) no reading this process's memory as its user."""
    _no_core_dumps()
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _no_core_dumps() -> None:
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name or "libc.so.6", use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> None:
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Whether this process could be dumped or read by its user; None where unknown."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
