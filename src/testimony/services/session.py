"""An open vault, and the one thread that talks to its database.

All database work runs on a single worker thread (SQLite connections belong to the thread
that made them, and one writer means no lock contention). The GUI submits work and gets a
Future back; the command line waits on the same Futures. Locking closes the connection and
wipes the key: a locked session holds nothing decrypted.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from testimony.core.errors import (
    DiskFull,
    TestimonyError,
    VaultChangedElsewhere,
    VaultDamaged,
    VaultLocked,
    VaultUnavailable,
)
from testimony.crypto.secret import SecretKey
from testimony.services.vault import (
    Progress,
    VaultPaths,
    change_passphrase,
    check_with_key,
    count_up,
    open_unlocked,
    read_header,
    unwrap_key,
)
from testimony.store import maintenance
from testimony.store.connection import (
    Connection,
    DatabaseError,
    close,
    is_disk_full,
)
from testimony.store.tx import transaction

if TYPE_CHECKING:
    from testimony.store.migrations import Plan

# Checkpoint and merge once no write has come for this long (docs/performance.md).
IDLE_SECONDS = 3.0

P = ParamSpec("P")
T = TypeVar("T")


def forget_decrypted() -> None:
    """After the database closes: drop the caches that hold decrypted words (the redaction
    engine's last texts and the patterns of known names) and collect what nothing refers
    to any more. Freed memory is not overwritten: docs/security.md says what may remain.

    Only modules already loaded can hold anything, and importing the redaction engine here
    would cost the app's start about a tenth of a second, so those not loaded are skipped."""
    redaction = sys.modules.get("testimony.core.redaction")
    if redaction is not None:
        redaction.forget_cached_text()
    machine = sys.modules.get("testimony.exporting.machine")
    if machine is not None:
        machine.forget_patterns()
    gc.collect()


class Session:
    def __init__(self, paths: VaultPaths, plan: Plan | None = None) -> None:
        self.paths = paths
        self.plan = plan  # None: a vault's (resolved on the database thread)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault-db")
        self._conn: Connection | None = None  # touched only on the worker thread
        self._key: SecretKey | None = None
        self._unlocked = threading.Event()
        self._closed = False
        self._wrote = False  # since unlocking: then locking counts the generation up
        self._file_id: tuple[int, int, bytes] | None = None  # the file the connection has
        self._idle: threading.Timer | None = None  # pending maintenance after writes

    # -- opening and locking -------------------------------------------------------------

    def unlock(
        self,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        full_check: bool = True,
    ) -> Future[None]:
        """Derive the key, open and check the database, all on the worker thread."""
        return self._executor.submit(self._unlock, passphrase, recovery_code, full_check)

    def _unlock(self, passphrase: str | None, recovery_code: str | None, full_check: bool) -> None:
        self._drop()
        read_header(self.paths)
        key = unwrap_key(self.paths, passphrase, recovery_code)
        try:
            conn = open_unlocked(self.paths, key, full_check=full_check, plan=self.plan)
        except BaseException:
            key.wipe()
            raise
        maintenance.defer(conn)
        self._key, self._conn = key, conn
        self._file_id = self._current_file_id()
        self._wrote = False
        self._unlocked.set()

    def lock(self) -> Future[None]:
        """Close the database and wipe the key. Work already queued runs first, so a save
        submitted just before locking is not lost."""
        self._unlocked.clear()
        return self._executor.submit(self._drop)

    def _drop(self) -> None:
        self._cancel_idle()
        if self._conn is not None:
            # Merge and checkpoint before closing: the file is left whole and the WAL empty.
            with contextlib.suppress(DatabaseError):
                maintenance.run(self._conn, self.paths.database)
        conn, self._conn = self._conn, None
        key, self._key = self._key, None
        wrote, self._wrote = self._wrote, False
        try:
            if conn is not None and key is not None and wrote:
                # Best effort: a vault on a pulled stick, a full disk or a key file changed
                # meanwhile still locks; it only misses one count, which weakens the
                # rollback check for that session alone.
                with contextlib.suppress(DatabaseError, OSError, TestimonyError):
                    count_up(self.paths, conn, key)
            if conn is not None:
                # The files may be gone (USB stick pulled); then there is nothing more to save.
                with contextlib.suppress(DatabaseError):
                    close(conn)
        finally:
            if key is not None:  # whatever happened above, the key goes
                key.wipe()
            if conn is not None:
                forget_decrypted()

    @property
    def is_unlocked(self) -> bool:
        return self._unlocked.is_set()

    @property
    def is_closed(self) -> bool:
        """True once close() has run: nothing more may be submitted."""
        return self._closed

    def close(self) -> None:
        """Lock and stop the worker thread. The session cannot be used again."""
        if self._closed:
            return
        self._closed = True
        self.lock()
        self._executor.shutdown(wait=True)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- running work ----------------------------------------------------------------------

    # fn's first parameter is the connection; P is the rest, so mypy checks every call's
    # arguments against the function it runs.
    def submit(
        self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> Future[T]:
        """Run fn(connection, *args) on the database thread."""
        return self._executor.submit(self._call, fn, False, args, kwargs)

    def submit_write(
        self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> Future[T]:
        """Like submit, inside one transaction: all of it is saved, or none of it."""
        return self._executor.submit(self._call, fn, True, args, kwargs)

    def call(
        self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """submit() and wait: for the command line and tests, never the GUI thread."""
        return self.submit(fn, *args, **kwargs).result()

    def call_write(
        self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        return self.submit_write(fn, *args, **kwargs).result()

    def key_for_backup(self) -> SecretKey:
        """A copy of the data key, for copying the database on the worker thread only. The
        caller wipes it."""
        if self._key is None:
            raise VaultLocked("locked")
        return self._key.copy()

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        old_passphrase: str | None = None,
        recovery_code: str | None = None,
        new_recovery_code: bool = False,
        progress: Progress | None = None,
    ) -> Future[str | None]:
        """Re-key the open vault under a new passphrase (services/vault.py), on the database
        thread: the connection closes for the copy and opens again under the new key.
        Resolves to the new recovery code, or None when none was asked for."""
        return self._executor.submit(
            self._change_passphrase,
            new_passphrase,
            old_passphrase,
            recovery_code,
            new_recovery_code,
            progress,
        )

    def _change_passphrase(
        self,
        new: str,
        old: str | None,
        code: str | None,
        new_code: bool,
        progress: Progress | None,
    ) -> str | None:
        if self._key is None or self._conn is None:
            raise VaultLocked("locked")
        close(self._conn)
        self._conn = None
        try:
            rekeyed = change_passphrase(
                self.paths,
                new,
                old_passphrase=old,
                recovery_code=code,
                new_recovery_code=new_code,
                progress=progress,
            )
        except BaseException:
            # Unchanged (or finished on the next open): carry on under the old key.
            self._conn = open_unlocked(self.paths, self._key, full_check=False, plan=self.plan)
            maintenance.defer(self._conn)
            self._file_id = self._current_file_id()
            raise
        self._key.wipe()
        self._key = rekeyed.key
        self._wrote = False
        self._conn = open_unlocked(self.paths, self._key, full_check=False, plan=self.plan)
        maintenance.defer(self._conn)
        self._file_id = self._current_file_id()
        return rekeyed.recovery_code

    def verify(self) -> Future[list[str]]:
        """Check every page of the database, on a second, read-only connection of its own.

        A full check reads the whole file (about a second at 10,000 accounts), so the app
        opens with a quick check and runs this one beside the database thread, without
        holding up the list. Resolves to the problems found, [] when the file is whole.
        """
        if self._key is None:
            raise VaultLocked("locked")
        key = self._key.copy()
        paths = self.paths

        def check() -> list[str]:
            try:
                return check_with_key(paths, key)
            finally:
                key.wipe()

        future: Future[list[str]] = Future()

        def run() -> None:
            try:
                future.set_result(check())
            except BaseException as exc:  # reported through the Future, like all work
                future.set_exception(exc)

        threading.Thread(target=run, name="vault-verify", daemon=True).start()
        return future

    def reconnect(self) -> Future[None]:
        """Open the database again with the key still held, after its files came back (a
        USB stick put back in). The old connection may be dead, so it is dropped first."""
        return self._executor.submit(self._reconnect)

    def _reconnect(self) -> None:
        if self._key is None:
            raise VaultLocked("locked")
        old, self._conn = self._conn, None
        if old is not None:
            with contextlib.suppress(DatabaseError):
                old.close()
        conn = open_unlocked(self.paths, self._key, full_check=False, plan=self.plan)
        maintenance.defer(conn)
        self._conn = conn
        self._file_id = self._current_file_id()

    def _current_file_id(self) -> tuple[int, int, bytes] | None:
        """Which database file is there now, and under which key slots: a passphrase change
        replaces both, a stick put back in changes at most the first two."""
        try:
            st = os.stat(self.paths.database)
            slots = b"".join(s.wrapped for s in read_header(self.paths).slots)
        except (OSError, TestimonyError):
            return None
        return (st.st_dev, st.st_ino, slots)

    def _replaced_elsewhere(self, now: tuple[int, int, bytes]) -> bool:
        seen = self._file_id
        return seen is not None and now[:2] != seen[:2] and now[2] != seen[2]

    def _call(
        self,
        fn: Callable[..., T],
        write: bool,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> T:
        conn = self._conn
        if conn is None:
            raise VaultLocked("locked")
        file_id = self._current_file_id()
        if file_id is None:
            # The folder went away (a stick pulled out, a drive unmounted). Writing on
            # through an open handle would put words where the person cannot find them.
            raise VaultUnavailable("vault files are gone")
        if self._replaced_elsewhere(file_id):
            # Another Testimony changed the passphrase, which put a new file in its place:
            # the open handle now points at the old, deleted one.
            raise VaultChangedElsewhere("the database file was replaced")
        try:
            if write:
                self._wrote = True
                with transaction(conn):
                    result = fn(conn, *args, **kwargs)
                self._after_write()
                return result
            return fn(conn, *args, **kwargs)
        except DatabaseError as exc:
            raise self._explain(exc) from None
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull("no space left", cause=type(exc).__name__) from None
            raise

    # -- maintenance, off the save path ------------------------------------------------------

    def _after_write(self) -> None:
        """After a write: maintenance soon if the WAL is large, else once writes pause.

        Either way it is a task of its own queued behind this one, so the save's Future is
        answered first and the person never waits for a checkpoint.
        """
        self._cancel_idle()
        if maintenance.wal_bytes(self.paths.database) >= maintenance.WAL_LIMIT_BYTES:
            self._executor.submit(self._maintain_in_steps, maintenance.MERGE_STEPS)
            return
        timer = threading.Timer(IDLE_SECONDS, self._submit_maintenance)
        timer.daemon = True
        self._idle = timer
        timer.start()

    def _cancel_idle(self) -> None:
        timer, self._idle = self._idle, None
        if timer is not None:
            timer.cancel()

    def _submit_maintenance(self) -> None:
        with contextlib.suppress(RuntimeError):  # the session closed meanwhile
            self._executor.submit(self._maintain_in_steps, maintenance.MERGE_STEPS)

    def _maintain_in_steps(self, left: int) -> None:
        """One merge step, then the next as a task of its own behind whatever was asked for
        meanwhile (a save, a search); the checkpoint once merging is done."""
        conn = self._conn
        if conn is None or not self.paths.database.exists():
            return
        try:
            if left > 0 and maintenance.merge_step(conn):
                maintenance.checkpoint_if_over(conn, maintenance.WAL_LIMIT_BYTES)
                with contextlib.suppress(RuntimeError):  # the session closed meanwhile
                    self._executor.submit(self._maintain_in_steps, left - 1)
                return
            maintenance.checkpoint(conn)
        except DatabaseError as exc:
            raise self._explain(exc) from None

    def maintain(self) -> Future[maintenance.Maintained | None]:
        """Checkpoint and merge now (on the database thread); None when locked."""
        return self._executor.submit(self._maintain)

    def _maintain(self) -> maintenance.Maintained | None:
        conn = self._conn
        if conn is None or not self.paths.database.exists():
            return None
        try:
            return maintenance.run(conn, self.paths.database)
        except DatabaseError as exc:
            raise self._explain(exc) from None

    def _explain(self, exc: DatabaseError) -> Exception:
        """A database error, said as what it means for the person."""
        if not self.paths.database.exists() or not self.paths.folder.is_dir():
            return VaultUnavailable("vault files are gone", cause=type(exc).__name__)
        text = str(exc).lower()
        if is_disk_full(exc):
            return DiskFull("no space left", cause=type(exc).__name__)
        if "disk i/o" in text or "unable to open" in text or "readonly" in text:
            return VaultUnavailable("vault files cannot be reached", cause=type(exc).__name__)
        if "malformed" in text or "not a database" in text:
            return VaultDamaged("database damaged", cause=type(exc).__name__)
        return exc
