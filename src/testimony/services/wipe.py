"""Destroying a vault by destroying its keys (crypto-shredding), now or after too many
wrong passphrases (issue 12; the words shown are in docs/security.md).

Everything in a vault is encrypted with one data key, which exists only wrapped in the key
slots of header.json. Overwriting and removing the header destroys every way to the key, so
no passphrase and no recovery code can open the database again; the database and its side
files are then overwritten and removed too, and the folder goes.

The count is the wrong-guess count the slow-down already keeps with the vault
(services/guesses.py; unwrap_key adds to it and clears it on success), so the window, the
command line and a restart all share one count. The limit lives in `wipe.json` beside the
header, outside the encryption, because it acts before the vault is open. Someone who can
edit those files can also simply copy the vault, so the limit only stops guessing inside
the app; it is not a defence against a copy.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass

from testimony.services import guesses, rekey
from testimony.services.rekey import DB_NAME
from testimony.services.vault_folder import VaultPaths
from testimony.store import files
from testimony.store.shred import shred_file

WIPE_FILE = "wipe.json"
MIN_LIMIT = 3
MAX_LIMIT = 50
MAX_FILE_BYTES = 4096


@dataclass(frozen=True)
class WipeState:
    limit: int | None  # wrong passphrases before the vault is destroyed; None: never
    failures: int


def read_wipe_state(paths: VaultPaths) -> WipeState:
    return WipeState(_read_limit(paths), guesses.failures(paths.folder))


def set_wipe_limit(paths: VaultPaths, limit: int | None) -> WipeState:
    """Turn the wipe on (after `limit` wrong passphrases in a row) or off."""
    if limit is not None:
        limit = min(MAX_LIMIT, max(MIN_LIMIT, limit))
    files.atomic_write(paths.folder / WIPE_FILE, json.dumps({"limit": limit}).encode())
    return read_wipe_state(paths)


def count_failure(paths: VaultPaths) -> WipeState:
    """Call after a wrong passphrase or recovery code (unwrap_key has counted it). Destroys
    the vault when the count has reached the limit; the state returned then has
    failures >= limit."""
    state = read_wipe_state(paths)
    if state.limit is not None and state.failures >= state.limit:
        destroy_vault(paths)
    return state


def reset_failures(paths: VaultPaths) -> None:
    """The vault was opened: the count starts again (unwrap_key has done so already; this
    is for callers that opened it some other way)."""
    guesses.clear(paths.folder)


def destroy_vault(paths: VaultPaths) -> None:
    """Destroy the key slots (the header, and a half-finished passphrase change's new
    header), then every other file, then the folder. Close every connection first."""
    shred_file(paths.header)  # from here on nothing can open it
    shred_file(rekey.pending_header(paths.folder))
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"):
        shred_file(paths.folder / name)
    if paths.folder.is_dir():
        for path in sorted(paths.folder.rglob("*")):  # a re-key's copy, wipe.json, guesses
            if path.is_file() and not path.is_symlink():
                shred_file(path)
    shutil.rmtree(paths.folder, ignore_errors=True)


def _read_limit(paths: VaultPaths) -> int | None:
    try:
        raw = (paths.folder / WIPE_FILE).read_bytes()[:MAX_FILE_BYTES]
        doc = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return None
    limit = doc.get("limit") if isinstance(doc, dict) else None
    return limit if type(limit) is int and MIN_LIMIT <= limit <= MAX_LIMIT else None
