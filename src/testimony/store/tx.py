"""One explicit transaction per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

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


def now() -> str:
    """UTC, to the second. Stored only inside the encrypted database."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
