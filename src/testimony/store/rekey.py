"""Copying a database under a new key, for a passphrase change that revokes the old one.

SQLCipher's `sqlcipher_export` writes every table, index and the full-text index into an
attached database keyed with the new key. The key is bound as a parameter from a wipeable
buffer, never spliced into SQL text.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from testimony.crypto.secret import SecretKey, wipe
from testimony.store.connection import Connection
from testimony.store.generation import write_generation

Progress = Callable[[float], None]
_STEPS_PER_CALLBACK = 2_000


def export_rekeyed(
    conn: Connection, dest: Path, new_key: SecretKey, generation: int, progress: Progress
) -> None:
    """Write all of `conn`'s database to `dest` (which must not exist) under `new_key`, with
    the generation counter set, and fsync it. `progress` hears fractions from 0 to 1."""
    total = max(1, Path(_main_file(conn)).stat().st_size)

    last = [0.0]

    def tick() -> int:
        # The new file grows as pages are written, so its size is an honest measure. Only
        # whole percents are passed on, so a window is not flooded with updates.
        with contextlib.suppress(OSError):
            done = min(0.99, os.path.getsize(dest) / total)
            if done - last[0] >= 0.01:
                last[0] = done
                progress(done)
        return 0

    raw = new_key.sqlcipher_key()
    try:
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(dest), raw))
    finally:
        wipe(raw)
    try:
        conn.set_progress_handler(tick, _STEPS_PER_CALLBACK)
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        try:
            write_generation(conn, generation, schema="rekeyed")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.set_progress_handler(None, 0)
        conn.execute("DETACH DATABASE rekeyed")
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    progress(1.0)


def _main_file(conn: Connection) -> str:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file)
    raise ValueError("no main database")
