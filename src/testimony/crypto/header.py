"""The vault's key header: the data key, wrapped once per way of opening the vault.

The header is plaintext JSON (it holds nothing secret): each slot has its own Argon2id
parameters and salt, a nonce, and the data key sealed with AES-256-GCM. Everything that
describes a slot (format, vault id, slot kind, KDF parameters) is bound as associated data,
so editing any of it — say, lowering the KDF cost — makes the slot fail to open.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from testimony.core.errors import HeaderInvalid, WrongPassphrase
from testimony.crypto.kdf import KdfParams, derive
from testimony.crypto.secret import SecretKey

FORMAT = "testimony-vault/1"
SlotKind = Literal["passphrase", "recovery"]
NONCE_BYTES = 12
# A real header is a few hundred bytes; refuse to parse anything absurd.
MAX_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class KeySlot:
    kind: SlotKind
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class Header:
    vault_id: str
    slots: tuple[KeySlot, ...]

    def slot(self, kind: SlotKind) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def replace_slot(self, new: KeySlot) -> Header:
        kept = tuple(s for s in self.slots if s.kind != new.kind)
        return Header(self.vault_id, (new, *kept))

    def without(self, kind: SlotKind) -> Header:
        return Header(self.vault_id, tuple(s for s in self.slots if s.kind != kind))


def new_vault_id() -> str:
    return secrets.token_hex(16)


def _aad(vault_id: str, kind: str, kdf: KdfParams) -> bytes:
    bound = {
        "format": FORMAT,
        "vault_id": vault_id,
        "kind": kind,
        "kdf": "argon2id",
        "m": kdf.memory_kib,
        "t": kdf.iterations,
        "p": kdf.lanes,
        "salt": kdf.salt.hex(),
    }
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def seal_slot(
    vault_id: str, kind: SlotKind, secret: str, kdf: KdfParams, data_key: SecretKey
) -> KeySlot:
    kek = derive(secret, kdf)
    try:
        nonce = os.urandom(NONCE_BYTES)
        wrapped = AESGCM(kek.bytes()).encrypt(nonce, data_key.bytes(), _aad(vault_id, kind, kdf))
    finally:
        kek.wipe()
    return KeySlot(kind, kdf, nonce, wrapped)


def open_slot(header: Header, kind: SlotKind, secret: str) -> SecretKey:
    """The data key, or WrongPassphrase. A slot whose metadata was edited fails the same way
    as a wrong passphrase would: GCM cannot tell the two apart, and neither should we."""
    slot = header.slot(kind)
    if slot is None:
        raise HeaderInvalid("no such key slot", kind=kind)
    slot.kdf.check()
    kek = derive(secret, slot.kdf)
    try:
        plain = AESGCM(kek.bytes()).decrypt(
            slot.nonce, slot.wrapped, _aad(header.vault_id, kind, slot.kdf)
        )
    except InvalidTag:
        raise WrongPassphrase("key slot did not open", kind=kind) from None
    finally:
        kek.wipe()
    return SecretKey(bytearray(plain))


def dump_header(header: Header) -> bytes:
    doc = {
        "format": FORMAT,
        "vault_id": header.vault_id,
        "slots": [
            {
                "kind": s.kind,
                "kdf": {
                    "name": "argon2id",
                    "memory_kib": s.kdf.memory_kib,
                    "iterations": s.kdf.iterations,
                    "lanes": s.kdf.lanes,
                    "salt": _b64(s.kdf.salt),
                },
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for s in header.slots
        ],
    }
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


def load_header(raw: bytes) -> Header:
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderInvalid("header too large")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc["format"] != FORMAT:
            raise HeaderInvalid("unknown header format")
        vault_id = doc["vault_id"]
        if not (isinstance(vault_id, str) and len(vault_id) == 32):
            raise HeaderInvalid("bad vault id")
        slots = tuple(_slot(s) for s in doc["slots"])
    except HeaderInvalid:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise HeaderInvalid("header is not readable") from None
    kinds = [s.kind for s in slots]
    if not slots or len(set(kinds)) != len(kinds):
        raise HeaderInvalid("header slots are wrong")
    return Header(vault_id, slots)


def _slot(s: dict[str, Any]) -> KeySlot:
    if s["kind"] not in ("passphrase", "recovery") or s["kdf"]["name"] != "argon2id":
        raise HeaderInvalid("unknown key slot")
    k = s["kdf"]
    kdf = KdfParams(int(k["memory_kib"]), int(k["iterations"]), int(k["lanes"]), _unb64(k["salt"]))
    kdf.check()
    nonce, wrapped = _unb64(s["nonce"]), _unb64(s["wrapped"])
    if len(nonce) != NONCE_BYTES or len(wrapped) != 32 + 16:
        raise HeaderInvalid("key slot has the wrong size")
    return KeySlot(s["kind"], kdf, nonce, wrapped)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)
