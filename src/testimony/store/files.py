"""Writing files so that a crash leaves the old version or the new one, never half of each,
and so that only the owner can read them."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR, parents=False, exist_ok=False)
    os.chmod(path, PRIVATE_DIR)  # mkdir's mode is masked by the umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name beside `path`, fsync, rename over it, fsync the folder."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # some platforms (Windows) cannot open a folder; rename is enough there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def restrict(path: Path) -> None:
    """Owner-only permissions on a file the database engine created (WAL, shm)."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_FILE)
