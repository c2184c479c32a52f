"""Wrong-guess slow-down, kept with the vault so it survives a restart and applies to the
command line as much as to the window.

A small file in the vault folder counts wrong guesses in a row and the time of the last.
It is not secret and not authenticated: whoever can write to the folder can delete it and
start again. It only slows guessing at the keyboard; the real bound on guessing is the
cost of Argon2id for every try (docs/security.md says so plainly).
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

from testimony.core.errors import WaitBeforeTrying
from testimony.store import files

FILE_NAME = "guesses.json"
FREE_TRIES = 3  # wrong guesses before any wait
MAX_WAIT_UNITS = 60
WAIT_UNIT_SECONDS = 1.0  # tests make this shorter


def wait_units(failures: int) -> int:
    """How long to wait after `failures` wrong guesses in a row: 0, 0, 2, 4, 8 … 60 units."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT_UNITS, int(2 ** (failures - FREE_TRIES + 1)))


def failures(folder: Path) -> int:
    return _read(folder)[0]


def seconds_left(folder: Path, now: float | None = None) -> float:
    """How long until the next guess may be tried; 0 when it may be tried now."""
    count, last = _read(folder)
    wait = wait_units(count) * WAIT_UNIT_SECONDS
    if wait <= 0:
        return 0.0
    elapsed = (time.time() if now is None else now) - last
    # A clock set back must not make the wait endless: never more than the full wait.
    return max(0.0, min(wait, wait - elapsed))


def check_may_try(folder: Path) -> None:
    """WaitBeforeTrying (with whole seconds) while a wait is running."""
    left = seconds_left(folder)
    if left > 0:
        raise WaitBeforeTrying("wait before the next guess", seconds=max(1, round(left + 0.49)))


def record_failure(folder: Path) -> float:
    """Count one more wrong guess; the wait that now applies, in seconds."""
    count = _read(folder)[0] + 1
    # A vault on a read-only stick still opens; it only loses the slow-down.
    with contextlib.suppress(OSError):
        files.atomic_write(
            folder / FILE_NAME, json.dumps({"failures": count, "last": time.time()}).encode()
        )
    return wait_units(count) * WAIT_UNIT_SECONDS


def clear(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / FILE_NAME).unlink(missing_ok=True)


def _read(folder: Path) -> tuple[int, float]:
    try:
        doc = json.loads((folder / FILE_NAME).read_bytes())
        count, last = doc["failures"], doc["last"]
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0
    if type(count) is not int or not isinstance(last, int | float) or count < 0:
        return 0, 0.0
    return min(count, 1000), float(last)
