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

Freed memory (`wipe_freed_memory`, issue 9 item 1): neither Python nor the C library
overwrites memory when it is freed, so decrypted words thrown away at lock stay readable in
freed memory. On Linux with glibc the entry points start the program again once, at the
very top, with Python's small-object allocator replaced by the C library's
(PYTHONMALLOC=malloc) and glibc told to fill every freed block (perturb), to keep no
per-thread cache of freed blocks (tcache_count=0: blocks in that cache are not filled) and
to unmap a finished thread's stack (stack_cache_size=0).
Both must be chosen before the interpreter starts, hence the one re-exec. macOS and Windows
have no equivalent here; docs/security.md says so.
"""

from __future__ import annotations

import os
import sys

# Not typing.TYPE_CHECKING: the launcher imports this module in the first process, which is
# thrown away at the restart, and importing typing (with re and enum) is half its time.
# Type checkers read a module-level TYPE_CHECKING as true (PEP 781).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import ctypes

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """No core dumps, and (on Linux) no reading this process's memory as its user."""
    _no_core_dumps()
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _no_core_dumps() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError):
        pass


def _libc() -> ctypes.CDLL | None:
    # Imported here: the launcher imports this module before it restarts the program, and
    # ctypes is a tenth of the time that first process takes.
    import ctypes

    # On Linux the C library is already in the process: dlopen(NULL) finds prctl without
    # find_library, which runs ldconfig in a child process and costs the start ~15 ms.
    name = None
    if not sys.platform.startswith("linux"):
        from ctypes.util import find_library

        name = find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True)
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


# Set in the environment of the restarted program, so it never restarts twice. Set it
# yourself (to anything) to run without the re-exec.
WIPE_MARKER = "TESTIMONY_WIPE_FREED"
# Fill freed blocks; no per-thread cache of freed blocks (its blocks are not filled); unmap
# a finished thread's stack rather than keep it (SQLite leaves text in stack buffers).
WIPE_TUNABLES = ":".join(
    (
        "glibc.malloc.perturb=165",
        "glibc.malloc.tcache_count=0",
        "glibc.pthread.stack_cache_size=0",
    )
)


def wipe_freed_memory() -> None:
    """Start this program again, once, with an allocator that overwrites what it frees.

    Call it first thing in a real entry point (never in-process from tests): it replaces
    the process when it acts and returns when it does not (another platform, not glibc,
    already done, or the exec failed: the program then runs as before)."""
    if os.environ.get(WIPE_MARKER) or not _is_glibc():
        return
    env = dict(os.environ)
    env[WIPE_MARKER] = "1"
    env["PYTHONMALLOC"] = "malloc"
    theirs = env.get("GLIBC_TUNABLES")
    env["GLIBC_TUNABLES"] = f"{theirs}:{WIPE_TUNABLES}" if theirs else WIPE_TUNABLES
    argv = own_command_line()
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib is not imported in this first process (above)
            stream.flush()
        except Exception:  # noqa: S110 - a closed or missing stream: nothing to flush
            pass
    try:  # noqa: SIM105
        os.execve(argv[0], argv, env)  # noqa: S606 - our own program, argv as given
    except OSError:
        pass  # the program runs on as it is, without wiping


def own_command_line() -> list[str]:
    """The command that started this process, to start it again the same way: the bundle's
    own executable, or the interpreter with its options, `-m testimony` or the script."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def _is_glibc() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):
        return False
