"""A vault on disk: a private folder holding the key header and the encrypted database.

Creating, opening, changing the passphrase and checking all start here; the Session
(services/session.py) then keeps a vault open on its database thread.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from testimony.core.errors import (
    HeaderInvalid,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultRolledBack,
    VaultUnavailable,
    WrongPassphrase,
)
from testimony.crypto import header as hdr
from testimony.crypto.kdf import KdfParams, calibrate
from testimony.crypto.recovery import new_recovery_code, normalise_recovery_code
from testimony.crypto.secret import SecretKey
from testimony.services import guesses, rekey, upgrade

# The plain names live in services/vault_folder.py (no crypto there); re-exported here.
from testimony.services.rekey import DB_NAME as DB_NAME
from testimony.services.rekey import HEADER_NAME as HEADER_NAME
from testimony.services.vault_folder import SUFFIX as SUFFIX
from testimony.services.vault_folder import Created as Created
from testimony.services.vault_folder import VaultPaths as VaultPaths
from testimony.services.vault_folder import vault_paths as vault_paths
from testimony.store import files
from testimony.store.connection import (
    Connection,
    DatabaseError,
    check_integrity,
    close,
    disk_full_is_said,
    open_database,
    open_for_check,
    restrict_sidecars,
)
from testimony.store.events import log_event
from testimony.store.generation import read_generation, write_generation
from testimony.store.header_format import read_header_format, write_header_format
from testimony.store.rekey import export_rekeyed
from testimony.store.tx import transaction

if TYPE_CHECKING:
    from testimony.store.migrations import Plan

Progress = Callable[[float], None]


def vault_plan() -> Plan:
    """A vault's schema plan. The schema, with the form and consent modules it checks
    against, loads when a vault is first made or opened, not at the app's start-up
    (docs/performance.md, "The app")."""
    from testimony.store.migrations import VAULT

    return VAULT


def create_vault(
    path: str | Path,
    passphrase: str,
    *,
    with_recovery: bool = False,
    kdf: KdfParams | None = None,
    plan: Plan | None = None,
) -> Created:
    """Make a new vault (or, with another plan, a coalition workspace). Nothing is left
    behind if any step fails."""
    paths = vault_paths(path)
    if paths.folder.exists():
        raise VaultExists("folder already exists")
    if not passphrase:
        raise ValueError("empty passphrase")
    data_key = SecretKey.generate()
    try:
        vault_id = hdr.new_vault_id()
        slots, code = _slots(vault_id, passphrase, with_recovery, kdf or calibrate(), data_key)
        header = hdr.seal_header(vault_id, 0, slots, data_key)
        try:
            files.make_private_dir(paths.folder)
        except FileNotFoundError:
            raise VaultUnavailable("parent folder missing") from None
        try:
            with disk_full_is_said():
                _write_new(paths, header, data_key, plan or vault_plan())
        except BaseException:
            shutil.rmtree(paths.folder, ignore_errors=True)
            raise
    finally:
        data_key.wipe()
    return Created(paths, code)


def _write_new(paths: VaultPaths, header: hdr.Header, data_key: SecretKey, plan: Plan) -> None:
    from testimony.store.migrations import VAULT, migrate

    files.atomic_write(paths.header, hdr.dump_header(header))
    conn = open_database(paths.database, data_key, create=True)
    try:
        migrate(conn, plan)
        with transaction(conn):
            write_generation(conn, 0)
            write_header_format(conn)
            if plan is VAULT:
                log_event(conn, "vault_created")
    finally:
        close(conn)
        restrict_sidecars(paths.database)


def _slots(
    vault_id: str, passphrase: str, with_recovery: bool, params: KdfParams, data_key: SecretKey
) -> tuple[tuple[hdr.KeySlot, ...], str | None]:
    """Key slots for a passphrase and, if asked, a new recovery code (returned once)."""
    slots = [hdr.seal_slot(vault_id, "passphrase", passphrase, params, data_key)]
    code = None
    if with_recovery:
        code = new_recovery_code()
        slots.append(hdr.seal_slot(vault_id, "recovery", code, params.with_new_salt(), data_key))
    return tuple(slots), code


def read_header(paths: VaultPaths, *, finish_pending: bool = False) -> hdr.Header:
    """The header as it stands (format 1 included: `format_version` says, and nothing
    verifies one). With `finish_pending` (only when a person opens the vault), an
    interrupted passphrase change is brought to its end first (services/rekey.py)."""
    if not paths.folder.is_dir():
        raise VaultNotFound("no vault folder")
    try:
        if finish_pending:
            rekey.finish_pending(paths.folder)
        raw = paths.header.read_bytes()
    except FileNotFoundError:
        raise VaultNotFound("no key header") from None
    except OSError:
        raise VaultUnavailable("key header cannot be read") from None
    return hdr.load_header(raw)


def unwrap_key(
    paths: VaultPaths,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    *,
    upgrade_format_1: bool = True,
) -> SecretKey:
    """The data key, once the header is proven whole by it. Wrong guesses in a row make
    the next one wait (services/guesses.py), here and in the window alike.

    A format-1 header is proven by the database instead (services/upgrade.py): refused as
    changed once the database has known format 2, and otherwise upgraded to format 2 here,
    unless `upgrade_format_1` is off (a check, which changes nothing).
    """
    header = read_header(paths, finish_pending=True)
    guesses.check_may_try(paths.folder)
    try:
        key = _open_slot(header, passphrase, recovery_code)
    except WrongPassphrase as exc:
        # The wait that now applies travels with the error: the page shows it without
        # reading the file again on the GUI thread.
        exc.details["wait_seconds"] = guesses.record_failure(paths.folder)
        raise
    try:
        if header.format_version == 1:
            upgrade.prove_format_1_key(paths.database, key)
        guesses.clear(paths.folder)
        if header.format_version == 1 and upgrade_format_1:
            upgrade.upgrade_header(paths.header, paths.database, header, key)
    except BaseException:
        key.wipe()
        raise
    return key


def _open_slot(header: hdr.Header, passphrase: str | None, recovery_code: str | None) -> SecretKey:
    opener = hdr.open_unauthenticated_slot if header.format_version == 1 else hdr.open_slot
    if recovery_code is not None:
        code = normalise_recovery_code(recovery_code)
        if code is None:
            raise WrongPassphrase("not a recovery code")
        return opener(header, "recovery", code)
    return opener(header, "passphrase", passphrase or "")


def open_unlocked(
    paths: VaultPaths, key: SecretKey, *, full_check: bool = True, plan: Plan | None = None
) -> Connection:
    """Open the database with an unwrapped key, check it is not older than its header,
    bring its schema up to date, and check its pages."""
    from testimony.store.migrations import migrate

    header = read_header(paths)
    conn = _open_current(paths, header, key)
    try:
        if full_check:
            problems = check_integrity(conn)
            if problems:
                raise VaultDamaged("integrity check failed", problems=len(problems))
        migrate(conn, plan or vault_plan())
        # Made before the counter or the format record existed, or an upgrade from format 1
        # stopped between writing the header and recording it (services/upgrade.py).
        if read_generation(conn) is None or read_header_format(conn) is None:
            with transaction(conn):
                if read_generation(conn) is None:
                    write_generation(conn, header.generation)
                write_header_format(conn)
        restrict_sidecars(paths.database)
    except BaseException:
        conn.close()
        raise
    return conn


def _open_current(paths: VaultPaths, header: hdr.Header, key: SecretKey) -> Connection:
    """The database, once the header is proven whole and the database no older than it."""
    hdr.verify_header(header, key)
    conn = open_database(paths.database, key)
    try:
        _check_generation(paths, header, key, read_generation(conn))
    except BaseException:
        conn.close()
        raise
    return conn


def _check_generation(
    paths: VaultPaths, header: hdr.Header, key: SecretKey, in_db: int | None
) -> None:
    """VaultRolledBack when the database is older than the header says.

    The database counts up first and the header second, so a crash between the two leaves
    the database one ahead: that is healed here by writing the header again.
    """
    if in_db is None:
        return
    if in_db < header.generation:
        raise VaultRolledBack("database older than header", db=in_db, header=header.generation)
    if in_db > header.generation:
        write_header(paths, header, key, in_db)


def write_header(paths: VaultPaths, header: hdr.Header, key: SecretKey, generation: int) -> None:
    """The same slots under a new generation, sealed again and written atomically."""
    again = hdr.seal_header(header.vault_id, generation, header.slots, key)
    files.atomic_write(paths.header, hdr.dump_header(again))


def count_up(paths: VaultPaths, conn: Connection, key: SecretKey) -> None:
    """After a session that wrote: database counter first, then the header's, so an older
    copy of the database put back later is found (see store/generation.py)."""
    header = read_header(paths)
    hdr.verify_header(header, key)
    with transaction(conn):
        generation = max(read_generation(conn) or 0, header.generation) + 1
        write_generation(conn, generation)
    write_header(paths, header, key, generation)


@dataclass(frozen=True)
class Rekeyed:
    """The outcome of a passphrase change: the new data key (the caller wipes it, or keeps
    it to carry on with the vault open) and a new recovery code if one was asked for."""

    key: SecretKey
    recovery_code: str | None


def change_passphrase(
    paths: VaultPaths,
    new_passphrase: str,
    *,
    old_passphrase: str | None = None,
    recovery_code: str | None = None,
    new_recovery_code: bool = False,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> Rekeyed:
    """Re-key the vault under a fresh data key and a new passphrase (services/rekey.py says
    how a crash is survived). Every old way in stops working: old copies of the header,
    the old passphrase and the old recovery code. The recovery slot is made again only with
    `new_recovery_code`; otherwise the vault has no recovery code afterwards.

    The database must not be open elsewhere in this process (Session.change_passphrase
    closes its own connection first).
    """
    if not new_passphrase:
        raise ValueError("empty passphrase")
    report = progress or (lambda _f: None)
    report(0.0)  # the two key derivations come first and give no steps of their own
    old_key = unwrap_key(paths, old_passphrase, recovery_code)  # upgrades a format-1 header
    new_key = SecretKey.generate()
    try:
        header = read_header(paths)
        slots, code = _slots(
            header.vault_id, new_passphrase, new_recovery_code, kdf or calibrate(), new_key
        )
        conn = _open_current(paths, header, old_key)
        try:
            generation = max(read_generation(conn) or 0, header.generation) + 1
            with disk_full_is_said():
                export_rekeyed(conn, rekey.pending_db(paths.folder), new_key, generation, report)
        except BaseException:
            rekey.finish_pending(paths.folder)  # before the commit point: remove the copy
            raise
        finally:
            close(conn)
        new_header = hdr.seal_header(header.vault_id, generation, slots, new_key)
        with disk_full_is_said():
            rekey.write_pending_header(paths.folder, hdr.dump_header(new_header))
        rekey.commit(paths.folder)
        _log_change(paths, new_key)
    except BaseException:
        new_key.wipe()
        raise
    finally:
        old_key.wipe()
    return Rekeyed(new_key, code)


def _log_change(paths: VaultPaths, key: SecretKey) -> None:
    from testimony.store.migrations import VAULT, applied

    conn = open_database(paths.database, key)
    try:
        if applied(conn)[:1] == [VAULT.migrations[0][0]]:  # a workspace has no event log
            with transaction(conn):
                log_event(conn, "passphrase_changed")
    finally:
        close(conn)
        restrict_sidecars(paths.database)


def check_vault(paths: VaultPaths, passphrase: str) -> list[str]:
    """Integrity problems, [] for a whole vault. Never changes the file: a format-1 header
    is checked against the database, not upgraded."""
    key = unwrap_key(paths, passphrase, upgrade_format_1=False)
    try:
        return check_with_key(paths, key)
    finally:
        key.wipe()


def check_with_key(paths: VaultPaths, key: SecretKey) -> list[str]:
    """Check the header's MAC and every page on a connection of its own; a file that will
    not even open is one problem, not an exception, so callers have one way to hear about
    damage."""
    header = read_header(paths)
    try:
        if header.format_version == 1:
            upgrade.prove_format_1_key(paths.database, key)
        else:
            hdr.verify_header(header, key)
    except HeaderInvalid:
        return ["key header changed"]
    try:
        conn = open_for_check(paths.database, key)
    except VaultDamaged:
        return ["unreadable"]
    try:
        problems = check_integrity(conn)
        if problems:
            # A damaged file may not answer even the counter's query; the damage is the news.
            return problems
        try:
            in_db = read_generation(conn)
        except (VaultDamaged, DatabaseError):  # its page is among the damaged ones
            return ["generation counter unreadable"]
        if in_db is not None and in_db < header.generation:
            problems.append("database older than its key header")
        return problems
    finally:
        conn.close()


def is_vault(path: Path) -> bool:
    with contextlib.suppress(OSError, HeaderInvalid, VaultNotFound, VaultUnavailable):
        read_header(vault_paths(path))
        return True
    return False
