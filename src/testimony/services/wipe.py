"""Destroying a vault by destroying its keys (crypto-shredding), now or after too many
wrong passphrases (issue 12; the words shown are in docs/security.md).

Everything in a vault is encrypted with one data key, which exists only wrapped in the key
slots of header.json. Overwriting and removing the header destroys every way to the key, so
no passphrase and no recovery code can open the database again; the database and its side
files are then overwritten and removed too, and the folder goes.

The wrong-passphrase count and the limit live in `wipe.json` beside the header, outside
the encryption, because they are needed before the vault is open. Someone who can edit that
file can also simply copy the vault, so the limit only stops guessing inside the app; it
is not a defence against a copy. (When the header format keeps its own persisted count,
`count_failure` is the one function to point at it.)
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass

from testimony.services.vault import DB_NAME, VaultPaths
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
    try:
        raw = (paths.folder / WIPE_FILE).read_bytes()[:MAX_FILE_BYTES]
        doc = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return WipeState(None, 0)
    if not isinstance(doc, dict):
        return WipeState(None, 0)
    limit = doc.get("limit")
    failures = doc.get("failures")
    ok_limit = type(limit) is int and MIN_LIMIT <= limit <= MAX_LIMIT
    return WipeState(limit if ok_limit else None, failures if type(failures) is int else 0)


def set_wipe_limit(paths: VaultPaths, limit: int | None) -> WipeState:
    """Turn the wipe on (after `limit` wrong passphrases) or off; the count starts again."""
    if limit is not None:
        limit = min(MAX_LIMIT, max(MIN_LIMIT, limit))
    state = WipeState(limit, 0)
    _write(paths, state)
    return state


def count_failure(paths: VaultPaths) -> WipeState:
    """One more wrong passphrase or recovery code. Destroys the vault when the limit is
    reached; the state returned then has failures == limit."""
    state = read_wipe_state(paths)
    if state.limit is None:
        return state
    state = WipeState(state.limit, state.failures + 1)
    if state.failures >= state.limit:
        destroy_vault(paths)
    else:
        _write(paths, state)
    return state


def reset_failures(paths: VaultPaths) -> None:
    """The vault was opened: the count starts again."""
    state = read_wipe_state(paths)
    if state.failures:
        _write(paths, WipeState(state.limit, 0))


def destroy_vault(paths: VaultPaths) -> None:
    """Destroy the key slots, then the encrypted files, then the folder. Close every
    connection to the vault first."""
    shred_file(paths.header)  # from here on nothing can open it
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", WIPE_FILE):
        shred_file(paths.folder / name)
    shutil.rmtree(paths.folder, ignore_errors=True)


def _write(paths: VaultPaths, state: WipeState) -> None:
    doc = {"limit": state.limit, "failures": state.failures}
    files.atomic_write(paths.folder / WIPE_FILE, json.dumps(doc).encode())
