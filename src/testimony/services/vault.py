"""A vault on disk: a private folder holding the key header and the encrypted database.

Creating, opening, changing the passphrase and checking all start here; the Session
(services/session.py) then keeps a vault open on its database thread.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from testimony.core.errors import (
    HeaderInvalid,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultUnavailable,
    WrongPassphrase,
)
from testimony.crypto import header as hdr
from testimony.crypto.kdf import KdfParams, calibrate
from testimony.crypto.recovery import new_recovery_code, normalise_recovery_code
from testimony.crypto.secret import SecretKey
from testimony.store import files
from testimony.store.connection import (
    Connection,
    check_integrity,
    close,
    open_database,
    open_for_check,
    restrict_sidecars,
)
from testimony.store.events import log_event
from testimony.store.migrations import VAULT, Plan, applied, migrate
from testimony.store.tx import transaction

HEADER_NAME = "header.json"
DB_NAME = "vault.db"
SUFFIX = ".testimony"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def header(self) -> Path:
        return self.folder / HEADER_NAME

    @property
    def database(self) -> Path:
        return self.folder / DB_NAME

    @property
    def name(self) -> str:
        n = self.folder.name
        return n[: -len(SUFFIX)] if n.endswith(SUFFIX) else n


@dataclass(frozen=True)
class Created:
    paths: VaultPaths
    recovery_code: str | None


def vault_paths(path: str | Path) -> VaultPaths:
    return VaultPaths(Path(path).expanduser().absolute())


def create_vault(
    path: str | Path,
    passphrase: str,
    *,
    with_recovery: bool = False,
    kdf: KdfParams | None = None,
    plan: Plan = VAULT,
) -> Created:
    """Make a new vault (or, with another plan, a coalition workspace). Nothing is left
    behind if any step fails."""
    paths = vault_paths(path)
    if paths.folder.exists():
        raise VaultExists("folder already exists")
    if not passphrase:
        raise ValueError("empty passphrase")
    params = kdf or calibrate()
    data_key = SecretKey.generate()
    try:
        vault_id = hdr.new_vault_id()
        slots = [hdr.seal_slot(vault_id, "passphrase", passphrase, params, data_key)]
        code = None
        if with_recovery:
            code = new_recovery_code()
            slots.append(
                hdr.seal_slot(vault_id, "recovery", code, params.with_new_salt(), data_key)
            )
        try:
            files.make_private_dir(paths.folder)
        except FileNotFoundError:
            raise VaultUnavailable("parent folder missing") from None
        try:
            files.atomic_write(paths.header, hdr.dump_header(hdr.Header(vault_id, tuple(slots))))
            conn = open_database(paths.database, data_key.bytes(), create=True)
            try:
                migrate(conn, plan)
                if plan is VAULT:
                    with transaction(conn):
                        log_event(conn, "vault_created")
            finally:
                close(conn)
                restrict_sidecars(paths.database)
        except BaseException:
            shutil.rmtree(paths.folder, ignore_errors=True)
            raise
    finally:
        data_key.wipe()
    return Created(paths, code)


def read_header(paths: VaultPaths) -> hdr.Header:
    if not paths.folder.is_dir():
        raise VaultNotFound("no vault folder")
    try:
        raw = paths.header.read_bytes()
    except FileNotFoundError:
        raise VaultNotFound("no key header") from None
    except OSError:
        raise VaultUnavailable("key header cannot be read") from None
    return hdr.load_header(raw)


def unwrap_key(
    paths: VaultPaths, passphrase: str | None = None, recovery_code: str | None = None
) -> SecretKey:
    header = read_header(paths)
    if recovery_code is not None:
        code = normalise_recovery_code(recovery_code)
        if code is None:
            raise WrongPassphrase("not a recovery code")
        return hdr.open_slot(header, "recovery", code)
    return hdr.open_slot(header, "passphrase", passphrase or "")


def open_unlocked(
    paths: VaultPaths, key: SecretKey, *, full_check: bool = True, plan: Plan = VAULT
) -> Connection:
    """Open the database with an unwrapped key, bring its schema up to date, and check it."""
    conn = open_database(paths.database, key.bytes())
    try:
        if full_check:
            problems = check_integrity(conn)
            if problems:
                raise VaultDamaged("integrity check failed", problems=len(problems))
        migrate(conn, plan)
        restrict_sidecars(paths.database)
    except BaseException:
        conn.close()
        raise
    return conn


def change_passphrase(
    paths: VaultPaths,
    new_passphrase: str,
    *,
    old_passphrase: str | None = None,
    recovery_code: str | None = None,
    kdf: KdfParams | None = None,
) -> None:
    """Rewrap the data key under a new passphrase. The database is not rewritten."""
    if not new_passphrase:
        raise ValueError("empty passphrase")
    header = read_header(paths)
    key = unwrap_key(paths, old_passphrase, recovery_code)
    try:
        params = kdf or calibrate()
        slot = hdr.seal_slot(header.vault_id, "passphrase", new_passphrase, params, key)
        files.atomic_write(paths.header, hdr.dump_header(header.replace_slot(slot)))
        conn = open_database(paths.database, key.bytes())
        try:
            if applied(conn)[:1] == [VAULT.migrations[0][0]]:  # a workspace has no event log
                with transaction(conn):
                    log_event(conn, "passphrase_changed")
        finally:
            close(conn)
    finally:
        key.wipe()


def check_vault(paths: VaultPaths, passphrase: str) -> list[str]:
    """Integrity problems, [] for a whole vault. Never changes the file."""
    key = unwrap_key(paths, passphrase)
    try:
        return check_with_key(paths, key)
    finally:
        key.wipe()


def check_with_key(paths: VaultPaths, key: SecretKey) -> list[str]:
    """Check every page on a connection of its own; a file that will not even open is one
    problem, not an exception, so callers have one way to hear about damage."""
    try:
        conn = open_for_check(paths.database, key.bytes())
    except VaultDamaged:
        return ["unreadable"]
    try:
        return check_integrity(conn)
    finally:
        conn.close()


def is_vault(path: Path) -> bool:
    with contextlib.suppress(OSError, HeaderInvalid, VaultNotFound, VaultUnavailable):
        read_header(vault_paths(path))
        return True
    return False
