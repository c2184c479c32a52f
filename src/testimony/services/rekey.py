"""Changing the passphrase by re-keying: a fresh data key, a new copy of the database under
it, and a new header, swapped in so that a crash at any moment leaves a vault that opens.

The swap is a small journal of two files beside the vault (docs/security.md, promise 3):

1. `vault.db.rekey`: the whole database under the new key, written and fsynced.
2. `header.json.rekey`: the new header, written atomically (temp name, fsync, rename),
   and only while the copy of step 1 is there. Its appearing is the commit point: from
   here on the change is finished, never undone.
3. `vault.db.rekey` renamed over `vault.db`, then `header.json.rekey` over `header.json`.

Before step 2 completes, the old passphrase still opens the old files and the half-made copy
is deleted the next time someone opens the vault (unwrap_key). After it, the next open
finishes step 3 (renames only), so the new passphrase opens the vault. There is never a
moment when neither opens, and nothing written before the change began is lost: the copy
is made with the database closed to everyone else in this process. Another Testimony that
has the vault open meanwhile stops saving (Session: vault_changed_elsewhere) rather than
write into the old file; docs/security.md says what is not guarded across programs.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from testimony.core.errors import VaultUnavailable
from testimony.store import files

HEADER_NAME = "header.json"
DB_NAME = "vault.db"
PENDING_DB = DB_NAME + ".rekey"
PENDING_HEADER = HEADER_NAME + ".rekey"
_SIDECARS = ("-wal", "-shm", "-journal")


def pending_db(folder: Path) -> Path:
    return folder / PENDING_DB


def pending_header(folder: Path) -> Path:
    return folder / PENDING_HEADER


def finish_pending(folder: Path) -> None:
    """Bring an interrupted passphrase change to one end: forward past the commit point,
    back before it. Only renames and deletes; safe to run again after another crash."""
    if pending_header(folder).exists():
        commit(folder)
        return
    _remove_stale(folder)


def write_pending_header(folder: Path, header: bytes) -> None:
    """Step 2, the commit point, by the process doing the change: only if its copy is still
    there (another Testimony opening the vault meanwhile deletes a copy it thinks a crash
    left behind; then the change stops here and the old passphrase still opens the vault)."""
    if not pending_db(folder).exists():
        raise VaultUnavailable("the new copy went away before the change was finished")
    files.atomic_write(pending_header(folder), header)


def commit(folder: Path) -> None:
    """Steps 3: swap in the new database, then the new header."""
    new_db = pending_db(folder)
    if new_db.exists():
        # The old database was checkpointed and closed before the copy was made, so its
        # write-ahead log holds nothing; a stale one must not be replayed onto the new file.
        for suffix in _SIDECARS:
            with contextlib.suppress(FileNotFoundError):
                Path(str(folder / DB_NAME) + suffix).unlink()
        os.replace(new_db, folder / DB_NAME)
        files.fsync_dir(folder)
    os.replace(pending_header(folder), folder / HEADER_NAME)
    files.fsync_dir(folder)
    _remove_stale(folder)


def _remove_stale(folder: Path) -> None:
    """What a change interrupted before its commit point left: the half-made copy, its
    journal, and temp files of a header write."""
    stale = [pending_db(folder), *(Path(str(pending_db(folder)) + s) for s in _SIDECARS)]
    stale += [p for p in folder.glob(f".{HEADER_NAME}*.tmp-*")]
    for path in stale:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
