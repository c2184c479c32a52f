"""Overwriting a file before removing it, for crypto-shredding a vault (services/wipe.py).

Overwriting in place is best effort and the callers say so: on flash memory (USB sticks,
SSDs) and on copy-on-write or journalling file systems the drive may keep the old blocks
elsewhere. What makes a wiped vault unreadable is that the key slots are gone; overwriting
only makes the old bytes harder to find.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from testimony.store.files import fsync_dir

_CHUNK = 1024 * 1024


def shred_file(path: Path) -> None:
    """Overwrite every byte of `path` with random bytes, sync, then remove it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with contextlib.suppress(FileNotFoundError), path.open("r+b") as handle:
        left = size
        while left > 0:
            n = min(left, _CHUNK)
            handle.write(os.urandom(n))
            left -= n
        handle.flush()
        os.fsync(handle.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fsync_dir(path.parent)
