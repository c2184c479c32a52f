"""One-file backups that stay encrypted: the key header plus a copy of the database.

Restoring needs the passphrase (or recovery code), exactly like the vault itself.

File layout: MAGIC, the header's length (4 bytes, big-endian), the header, the database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
from pathlib import Path

from testimony.core.errors import HeaderInvalid, InputError, VaultDamaged, VaultExists
from testimony.crypto.header import MAX_HEADER_BYTES, dump_header, load_header
from testimony.services.session import Session
from testimony.services.vault import VaultPaths, read_header, unwrap_key, vault_paths
from testimony.store import files
from testimony.store.backup import copy_database
from testimony.store.connection import Connection, check_integrity, close, open_database
from testimony.store.events import log_event
from testimony.store.tx import transaction

MAGIC = b"TESTIMONY-BACKUP/1\n"


def make_backup(session: Session, out: Path) -> None:
    """Write a backup of an unlocked session's vault to `out`, atomically."""
    out = Path(out).expanduser().absolute()
    header = dump_header(read_header(session.paths))
    tmp_db = out.with_name(f".{out.name}.db-{os.getpid()}")

    def work(conn: Connection) -> None:
        key = session.key_for_backup()
        try:
            copy_database(conn, tmp_db, key)
        finally:
            key.wipe()
        with transaction(conn):
            log_event(conn, "backup_made")

    try:
        session.call(work)
        blob = MAGIC + struct.pack(">I", len(header)) + header + tmp_db.read_bytes()
        files.atomic_write(out, blob)
    finally:
        for p in (tmp_db, Path(f"{tmp_db}-wal"), Path(f"{tmp_db}-shm"), Path(f"{tmp_db}-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def restore_backup(backup: Path, target: str | Path, passphrase: str) -> VaultPaths:
    """Make a new vault at `target` from a backup, after proving the passphrase opens it."""
    paths = vault_paths(target)
    if paths.folder.exists():
        raise VaultExists("target exists")
    raw = Path(backup).read_bytes()
    header_raw, db_raw = _split(raw)
    load_header(header_raw)
    files.make_private_dir(paths.folder)
    try:
        files.atomic_write(paths.header, header_raw)
        files.atomic_write(paths.database, db_raw)
        key = unwrap_key(paths, passphrase)
        try:
            conn = open_database(paths.database, key)
            try:
                problems = check_integrity(conn)
            finally:
                close(conn)
        finally:
            key.wipe()
        if problems:
            raise VaultDamaged("backup damaged", problems=len(problems))
    except BaseException:
        shutil.rmtree(paths.folder, ignore_errors=True)
        raise
    return paths


def _split(raw: bytes) -> tuple[bytes, bytes]:
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise InputError("not a Testimony backup")
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER_BYTES or start + length >= len(raw):
        raise HeaderInvalid("backup header length is wrong")
    return raw[start : start + length], raw[start + length :]
