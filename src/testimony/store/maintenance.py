"""Checkpoints and index merges, kept off the save path (docs/performance.md, issue 16).

A save commits with synchronous=FULL and nothing else: SQLite's automatic checkpoint (every
1,000 WAL pages) and FTS5's automatic segment merging each land, now and then, inside one
unlucky save and made its p99 several times its median. Both are turned off here and done
by `run`, which the session calls when the vault goes idle, when it locks, and when the WAL
grows past WAL_LIMIT_BYTES. Deleting an account still checkpoints at once (services.accounts),
so deleted words never wait in the WAL for the next idle moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from testimony.store.connection import Connection

# Past this the session runs maintenance straight after the save that crossed it (about 50
# saves of a long account). journal_size_limit then cuts the file back to it, so the WAL on
# disk stays near this size even if a checkpoint is ever held up by a reader.
WAL_LIMIT_BYTES = 4 * 1024 * 1024
# Pages of FTS merge work per step; a step is its own short transaction, and the session
# runs each as a task of its own, so a save or a search asked for meanwhile waits for one
# step (tens of milliseconds), not for all of them.
_MERGE_PAGES = 200
MERGE_STEPS = 16


@dataclass(frozen=True)
class Maintained:
    merged_steps: int
    wal_bytes_before: int
    wal_bytes_after: int
    wal_bytes_peak: int  # the most the WAL held while this ran


def defer(conn: Connection) -> None:
    """Stop SQLite checkpointing inside commits; `run` does it instead."""
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")


def wal_bytes(database: Path) -> int:
    try:
        return Path(str(database) + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def run(conn: Connection, database: Path) -> Maintained:
    """Merge index segments a little, then checkpoint the WAL into the database and empty it.

    Call on the database thread, outside a transaction.
    """
    before = peak = wal_bytes(database)
    steps = 0
    while steps < MERGE_STEPS and merge_step(conn):
        steps += 1
        peak = max(peak, wal_bytes(database))
        checkpoint_if_over(conn, WAL_LIMIT_BYTES)  # merging writes pages too
    checkpoint(conn)
    return Maintained(steps, before, wal_bytes(database), peak)


def checkpoint(conn: Connection) -> None:
    """Move the WAL into the database and empty it (TRUNCATE: no old frame stays in it)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def checkpoint_if_over(conn: Connection, limit: int) -> bool:
    """Checkpoint when the WAL has grown past `limit` bytes; whether it did."""
    if wal_bytes(_main_file(conn)) < limit:
        return False
    checkpoint(conn)
    return True


def _main_file(conn: Connection) -> Path:
    return Path(conn.execute("PRAGMA database_list").fetchone()[2])


def _has_index(conn: Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'accounts_fts'").fetchone()
    return row is not None


def merge_step(conn: Connection) -> bool:
    """One FTS5 'merge' step in its own transaction; whether it found work (with nothing to
    do it changes at most one row). Any level with two or more segments is merged
    (usermerge=2, set by migration m008). Call outside a transaction."""
    if not _has_index(conn):
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = conn.total_changes
        conn.execute(
            "INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('merge', ?)", (_MERGE_PAGES,)
        )
        worked = conn.total_changes - before >= 2
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return worked
