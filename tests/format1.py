"""A vault exactly as Testimony wrote it before key-header format 2 (the code of 35fa03a,
the parent of 844018d, which introduced format 2): `git show 35fa03a:src/testimony/...`.

- `header.json` in format 1: no generation counter, no MAC; each slot the data key sealed
  with AES-256-GCM under Argon2id of the secret, with format 1's associated data; written
  as `json.dumps(doc, indent=2, sort_keys=True) + "\\n"`, passphrase slot first.
- `vault.db`: SQLCipher 4 under the raw data key, at schema m001 only (the only migration
  then), WAL, with accounts inserted by the SQL the old store used (accounts,
  account_answers, the full-text index, consent rows, the event log), and no generation
  counter or header-format record (neither existed).

Real parts throughout: Argon2id through crypto.kdf.derive, the same AES-GCM the old
crypto/header.py called, real SQLCipher through store.connection. Nothing is mocked.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from testimony.core.consent import wording
from testimony.core.forms import load_form, searchable_text, short_title
from testimony.crypto.header import new_vault_id
from testimony.crypto.kdf import KdfParams, derive, minimum_params
from testimony.crypto.recovery import new_recovery_code
from testimony.crypto.secret import SecretKey
from testimony.services.vault import VaultPaths, vault_paths
from testimony.store import files
from testimony.store.connection import close, open_database, restrict_sidecars
from testimony.store.migrations import VAULT, Plan, migrate
from testimony.store.tx import now, transaction

FORMAT_1 = "testimony-vault/1"
PLAN_THEN = Plan("vault", VAULT.migrations[:1])  # m001_initial, the only migration then


@dataclass(frozen=True)
class Format1Vault:
    paths: VaultPaths
    recovery_code: str | None
    texts: tuple[str, ...]  # every account's what_happened, as written


def _aad(vault_id: str, kind: str, kdf: KdfParams) -> bytes:
    bound = {
        "format": FORMAT_1,
        "vault_id": vault_id,
        "kind": kind,
        "kdf": "argon2id",
        "m": kdf.memory_kib,
        "t": kdf.iterations,
        "p": kdf.lanes,
        "salt": kdf.salt.hex(),
    }
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def _b64(b: bytes) -> str:
    import base64

    return base64.b64encode(b).decode("ascii")


def _slot(vault_id: str, kind: str, secret: str, kdf: KdfParams, key: SecretKey) -> dict:
    kek = derive(secret, kdf)
    try:
        nonce = os.urandom(12)
        wrapped = AESGCM(kek.bytes()).encrypt(nonce, key.bytes(), _aad(vault_id, kind, kdf))
    finally:
        kek.wipe()
    return {
        "kind": kind,
        "kdf": {
            "name": "argon2id",
            "memory_kib": kdf.memory_kib,
            "iterations": kdf.iterations,
            "lanes": kdf.lanes,
            "salt": _b64(kdf.salt),
        },
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def format_1_header(
    key: SecretKey, passphrase: str, recovery_code: str | None, vault_id: str | None = None
) -> bytes:
    """The bytes of a format-1 header for `key`, as the old dump_header wrote them."""
    vault_id = vault_id or new_vault_id()
    params = minimum_params()
    slots = [_slot(vault_id, "passphrase", passphrase, params, key)]
    if recovery_code is not None:
        slots.append(_slot(vault_id, "recovery", recovery_code, params.with_new_salt(), key))
    doc = {"format": FORMAT_1, "vault_id": vault_id, "slots": slots}
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


def make_format_1_vault(
    folder: Path, passphrase: str, texts: list[str], *, with_recovery: bool = True
) -> Format1Vault:
    """A format-1 vault holding one account per text (consent 'words' on every other one)."""
    paths = vault_paths(folder)
    files.make_private_dir(paths.folder)
    key = SecretKey.generate()
    code = new_recovery_code() if with_recovery else None
    try:
        files.atomic_write(paths.header, format_1_header(key, passphrase, code))
        conn = open_database(paths.database, key, create=True)
        try:
            migrate(conn, PLAN_THEN)
            with transaction(conn):
                _event(conn, "vault_created")
                for i, text in enumerate(texts):
                    _insert_account(conn, {"what_happened": text, "when": "2024-03"}, i % 2 == 1)
        finally:
            close(conn)
            restrict_sidecars(paths.database)
    finally:
        key.wipe()
    return Format1Vault(paths, code, tuple(texts))


def _insert_account(conn, answers: dict[str, str], share_words: bool) -> None:
    """The old store's insert_account (and record_consent), statement for statement."""
    stamp = now()
    form = load_form("crisis-account", 1)
    cur = conn.execute(
        "INSERT INTO accounts (form_id, form_version, status, supported, created, updated,"
        " title, occurred) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ("crisis-account", 1, "complete", 0, stamp, stamp, short_title(form, answers), "2024-03"),
    )
    account_id = int(cur.lastrowid or 0)
    conn.execute(
        "INSERT INTO account_answers (account_id, answers) VALUES (?, ?)",
        (account_id, json.dumps(answers, ensure_ascii=False, sort_keys=True)),
    )
    body = searchable_text(form, answers)
    conn.execute("INSERT INTO accounts_fts (rowid, body) VALUES (?, ?)", (account_id, body))
    _event(conn, "account_created")
    if share_words:
        w = wording()
        conn.execute(
            "INSERT INTO consent (account_id, level, wording_id, wording_hash, method, given_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (account_id, "words", w.id, w.sha256, "alone", stamp),
        )
        _event(conn, "consent_changed")


def _event(conn, kind: str) -> None:
    conn.execute("INSERT INTO events (at, kind) VALUES (?, ?)", (now(), kind))
