"""One explicit transaction per unit of work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import ParamSpec, TypeVar

from testimony.store.connection import Connection


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        # Inside the try: a COMMIT that fails (a deferred constraint, a full disk) leaves
        # the transaction open, and it must not stay open to be committed by the next one.
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # some errors have rolled back already
            conn.execute("ROLLBACK")
        raise


P = ParamSpec("P")
T = TypeVar("T")


def erase(conn: Connection, delete: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a deletion in its own transaction, then leave no copy of what it removed.

    `delete` is called as `delete(*args)` and must take the connection first. secure_delete
    zeroes the freed pages; the TRUNCATE checkpoint then moves those zeroed pages from the
    write-ahead log into the database file and empties the log, so no older copy of the
    deleted words is left in either file. Call outside a transaction.
    """
    with transaction(conn):
        found = delete(*args, **kwargs)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return found


def now() -> str:
    """UTC, to the second. Stored only inside the encrypted database."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
