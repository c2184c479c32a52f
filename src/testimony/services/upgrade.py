"""Upgrading a vault made before key-header format 2, once, when it is opened.

A format-1 `header.json` has no MAC and no generation counter (crypto/header.py), so the
key one of its slots gives proves nothing by itself. The order is what makes this safe:

1. The slot opens with the passphrase or recovery code (a wrong one is counted like any
   wrong guess). Nothing is written and nothing is trusted yet.
2. `prove_format_1_key` opens the database read-only with that key. If the key does not
   open it, or the database says it has been used with a format-2 header (a record of the
   format, or a generation counter, which only format-2 code writes), the header is refused
   as changed: someone put an old key file back. Only a database that has never known
   format 2 lets a format-1 header through.
3. `upgrade_header` writes the format-2 header (the same slots, byte for byte, now under a
   MAC) atomically: temp file, fsync, rename, fsync the folder. Then, in one transaction,
   the database records format 2 and its counter. A crash before the rename leaves the
   format-1 vault as it was (this runs again next time); a crash after it leaves a
   format-2 header, and opening the vault (services/vault.py, `open_unlocked`) records the
   format in the database if it is not there yet. Every state opens with the passphrase,
   and with the recovery code if the vault has one.

The header is written before the database's record, never after: the other order could
leave a database that refuses its own, genuine format-1 header.
"""

from __future__ import annotations

from pathlib import Path

from testimony.core.errors import HeaderInvalid, VaultDamaged
from testimony.crypto import header as hdr
from testimony.crypto.secret import SecretKey
from testimony.store import files
from testimony.store.connection import (
    close,
    disk_full_is_said,
    open_database,
    open_for_check,
    restrict_sidecars,
)
from testimony.store.events import log_event
from testimony.store.generation import read_generation, write_generation
from testimony.store.header_format import has_known_format_2, write_header_format
from testimony.store.tx import transaction


def prove_format_1_key(database: Path, key: SecretKey) -> None:
    """HeaderInvalid unless `key`, from a format-1 header, opens a database that has never
    been used with format 2. Reads only."""
    try:
        conn = open_for_check(database, key)
    except VaultDamaged:
        # The header is the untrusted part: its key does not fit this database.
        raise HeaderInvalid("the older key file does not fit this database") from None
    try:
        if has_known_format_2(conn):
            raise HeaderInvalid("an older key file was put back beside a format-2 database")
    finally:
        conn.close()


def upgrade_header(header_path: Path, database: Path, old: hdr.Header, key: SecretKey) -> None:
    """Replace a proven format-1 header with format 2 (its slots unchanged), then record
    format 2 in the database. Call only after `prove_format_1_key`."""
    from testimony.store.migrations import VAULT, applied  # lazily: not needed at start

    new = hdr.upgraded(old, key)
    with disk_full_is_said():
        files.atomic_write(header_path, hdr.dump_header(new))
        conn = open_database(database, key)
        try:
            with transaction(conn):
                if read_generation(conn) is None:
                    write_generation(conn, new.generation)
                write_header_format(conn)
                if applied(conn)[:1] == [VAULT.migrations[0][0]]:  # a workspace has no log
                    log_event(conn, "key_file_upgraded")
        finally:
            close(conn)
            restrict_sidecars(database)
