"""Opening the encrypted database.

The key is given as a SecretKey and reaches SQLCipher through `sqlite3_key` (the driver's
`set_key`) as raw-key hex built in a wipeable buffer: no text a person typed, and no copy of
the key, ever becomes part of an SQL statement or a Python `str`.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

# Real classes, not variables, so the whole store is type-checked: sqlcipher3 has the
# standard sqlite3 module's types (typings/sqlcipher3/__init__.pyi).
from sqlcipher3 import Connection, DatabaseError

from testimony.core.errors import DiskFull, VaultDamaged, VaultUnavailable
from testimony.crypto.secret import SecretKey, wipe
from testimony.store import files


def open_database(path: Path, key: SecretKey, *, create: bool = False) -> Connection:
    """Open (or create) the database at `path` with a 256-bit raw key.

    The key has already been proven right by the header's authenticated key slot, so a file
    that will not open with it is damaged (or belongs to another header): VaultDamaged.
    VaultUnavailable when the file is gone.
    """
    if not create and not path.exists():
        raise VaultUnavailable("database file missing")
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so every write is one explicit
    # transaction and nothing is left open by the driver's implicit transactions.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    raw = key.sqlcipher_key()
    try:
        # Before the key: SQLCipher's own log would print a screenful about a damaged
        # page to stderr, and it wipes memory it frees only once this is on.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.set_key(raw)
        configure(conn)
    except DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):
            raise DiskFull("no space to open the database") from None
        raise VaultDamaged("database cannot be opened", cause=type(exc).__name__) from None
    finally:
        wipe(raw)
    if create:
        files.restrict(path)
    return conn


def configure(conn: Connection) -> None:
    # Reading the schema is the first real use of the key: it fails here if the key is wrong
    # or page 1 is damaged.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Decrypting a page costs more than reading it: keep more of them (32 MiB) in memory.
    conn.execute("PRAGMA cache_size = -32000")


def open_for_check(path: Path, key: SecretKey) -> Connection:
    """A read-only connection for checking every page beside the app's own connection.

    Its page cache is kept small: the check reads each page once, and closing a connection
    wipes its cache (cipher_memory_security) without letting other Python threads run, so a
    large cache would stall the window for tens of milliseconds at the end of the check.
    """
    conn = open_database(path, key)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA cache_size = -1024")
    return conn


def check_integrity(conn: Connection) -> list[str]:
    """Problems found, or [] when the file is whole.

    SQLCipher's check verifies every page's HMAC (a flipped byte anywhere shows up);
    SQLite's check then verifies the structure inside.
    """
    problems: list[str] = []
    try:
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except DatabaseError as exc:
        return [*problems, f"unreadable: {type(exc).__name__}"]
    problems += [r for r in rows if r != "ok"]
    return problems


def is_disk_full(exc: BaseException) -> bool:
    """Did this fail because the disk (or the person's quota) is full?"""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(exc, DatabaseError) and "full" in str(exc).lower()


@contextlib.contextmanager
def disk_full_is_said() -> Iterator[None]:
    """Inside: a database or file error caused by a full disk comes out as DiskFull, so
    every caller words it the same way. Other errors pass unchanged."""
    try:
        yield
    except (DatabaseError, OSError) as exc:
        if is_disk_full(exc):
            raise DiskFull("no space left", cause=type(exc).__name__) from None
        raise


def restrict_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        files.restrict(Path(str(path) + suffix))


def close(conn: Connection) -> None:
    """Checkpoint the WAL into the main file and close; the key goes with the connection."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        pass
    finally:
        conn.close()


__all__ = [
    "Connection",
    "DatabaseError",
    "check_integrity",
    "close",
    "disk_full_is_said",
    "is_disk_full",
    "open_database",
    "restrict_sidecars",
]
