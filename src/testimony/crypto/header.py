"""The vault's key header: the data key, wrapped once per way of opening the vault.

The header is plaintext JSON (it holds nothing secret): each slot has its own Argon2id
parameters and salt, a nonce, and the data key sealed with AES-256-GCM. Everything that
describes a slot (format, vault id, slot kind, KDF parameters) is bound as associated data,
so editing any of it — say, lowering the KDF cost — makes the slot fail to open.

The whole header is authenticated as well: an HMAC-SHA256 under a key derived from the data
key covers every field, every slot and the generation counter, so deleting a slot, editing
a slot nobody opened, or winding the counter back is found as soon as any slot opens. The
bytes on disk must be exactly the canonical form, so no byte can change unnoticed.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from testimony.core.errors import HeaderInvalid, WrongPassphrase
from testimony.crypto.kdf import KdfParams, derive
from testimony.crypto.secret import SecretKey, wipe_bytes

FORMAT = "testimony-vault/2"
SlotKind = Literal["passphrase", "recovery"]
NONCE_BYTES = 12
MAC_BYTES = 32
# A real header is a few hundred bytes; refuse to parse anything absurd.
MAX_HEADER_BYTES = 64 * 1024
MAX_GENERATION = 2**62
_MAC_INFO = b"testimony-vault/2 header mac"


@dataclass(frozen=True)
class KeySlot:
    kind: SlotKind
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class Header:
    """A header as read or as built. `mac` covers everything else; build with `seal_header`
    so it is right."""

    vault_id: str
    generation: int
    slots: tuple[KeySlot, ...]
    mac: bytes

    def slot(self, kind: SlotKind) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)


def new_vault_id() -> str:
    return secrets.token_hex(16)


def seal_header(
    vault_id: str, generation: int, slots: tuple[KeySlot, ...], data_key: SecretKey
) -> Header:
    """A header for these slots, authenticated under `data_key`."""
    unsigned = Header(vault_id, generation, slots, b"")
    return Header(vault_id, generation, slots, _mac(unsigned, data_key))


def verify_header(header: Header, data_key: SecretKey) -> None:
    """HeaderInvalid unless the header is exactly what was sealed with this data key."""
    if not hmac.compare_digest(_mac(header, data_key), header.mac):
        raise HeaderInvalid("header has been changed")


def _mac(header: Header, data_key: SecretKey) -> bytes:
    with data_key.borrow() as raw:
        mac_key = HKDF(hashes.SHA256(), 32, salt=None, info=_MAC_INFO).derive(raw)
    try:
        h = HMAC(mac_key, hashes.SHA256())
        canonical = json.dumps(_doc(header, with_mac=False), sort_keys=True, separators=(",", ":"))
        h.update(canonical.encode())
        return h.finalize()
    finally:
        wipe_bytes(mac_key)


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
        with kek.borrow() as kek_raw, data_key.borrow() as raw:
            wrapped = AESGCM(kek_raw).encrypt(nonce, raw, _aad(vault_id, kind, kdf))
    finally:
        kek.wipe()
    return KeySlot(kind, kdf, nonce, wrapped)


def open_slot(header: Header, kind: SlotKind, secret: str) -> SecretKey:
    """The data key, or WrongPassphrase; HeaderInvalid when the key opens but the header
    around it was changed. A slot whose own metadata was edited fails like a wrong
    passphrase: GCM cannot tell the two apart, and neither should we."""
    slot = header.slot(kind)
    if slot is None:
        raise HeaderInvalid("no such key slot", kind=kind)
    slot.kdf.check()
    kek = derive(secret, slot.kdf)
    try:
        with kek.borrow() as kek_raw:
            plain = AESGCM(kek_raw).decrypt(
                slot.nonce, slot.wrapped, _aad(header.vault_id, kind, slot.kdf)
            )
    except InvalidTag:
        raise WrongPassphrase("key slot did not open", kind=kind) from None
    finally:
        kek.wipe()
    key = SecretKey(plain)  # wipes `plain`
    try:
        verify_header(header, key)
    except BaseException:
        key.wipe()
        raise
    return key


def _doc(header: Header, *, with_mac: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "vault_id": header.vault_id,
        "generation": header.generation,
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
    if with_mac:
        doc["mac"] = _b64(header.mac)
    return doc


def dump_header(header: Header) -> bytes:
    return (json.dumps(_doc(header, with_mac=True), indent=2, sort_keys=True) + "\n").encode()


def load_header(raw: bytes) -> Header:
    """Parse and check a header's shape and limits. Nothing here runs Argon2id, so a hostile
    header is refused at once; its MAC is checked when a slot opens (open_slot)."""
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderInvalid("header too large")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc["format"] != FORMAT:
            raise HeaderInvalid("unknown header format")
        vault_id, generation = doc["vault_id"], doc["generation"]
        if not (isinstance(vault_id, str) and len(vault_id) == 32):
            raise HeaderInvalid("bad vault id")
        if type(generation) is not int or not 0 <= generation <= MAX_GENERATION:
            raise HeaderInvalid("bad generation")
        if not isinstance(doc["slots"], list):
            raise HeaderInvalid("header slots are wrong")
        slots = tuple(_slot(s) for s in doc["slots"])
        mac = _unb64(doc["mac"])
    except HeaderInvalid:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise HeaderInvalid("header is not readable") from None
    kinds = [s.kind for s in slots]
    if not slots or len(set(kinds)) != len(kinds) or len(mac) != MAC_BYTES:
        raise HeaderInvalid("header slots are wrong")
    header = Header(vault_id, generation, slots, mac)
    # Whatever the MAC does not see (spacing, key order, extra fields) must not differ
    # either: only the exact bytes we write are a header.
    if dump_header(header) != raw:
        raise HeaderInvalid("header is not in its written form")
    return header


def _slot(s: dict[str, Any]) -> KeySlot:
    if s["kind"] not in ("passphrase", "recovery") or s["kdf"]["name"] != "argon2id":
        raise HeaderInvalid("unknown key slot")
    k = s["kdf"]
    kdf = KdfParams(k["memory_kib"], k["iterations"], k["lanes"], _unb64(k["salt"]))
    kdf.check()  # whole numbers within the caps, before anything derives a key
    nonce, wrapped = _unb64(s["nonce"]), _unb64(s["wrapped"])
    if len(nonce) != NONCE_BYTES or len(wrapped) != 32 + 16:
        raise HeaderInvalid("key slot has the wrong size")
    return KeySlot(s["kind"], kdf, nonce, wrapped)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    if not isinstance(s, str):
        raise HeaderInvalid("header is not readable")
    return base64.b64decode(s.encode("ascii"), validate=True)
