"""The vault's key header: the data key, wrapped once per way of opening the vault.

The header is plaintext JSON (it holds nothing secret): each slot has its own Argon2id
parameters and salt, a nonce, and the data key sealed with AES-256-GCM. Everything that
describes a slot (format, vault id, slot kind, KDF parameters) is bound as associated data,
so editing any of it — say, lowering the KDF cost — makes the slot fail to open.

The whole header is authenticated as well: an HMAC-SHA256 under a key derived from the data
key covers every field, every slot and the generation counter, so deleting a slot, editing
a slot nobody opened, or winding the counter back is found as soon as any slot opens. The
bytes on disk must be exactly the canonical form, so no byte can change unnoticed.

Format 1, written before the MAC existed, is still read, once, so a vault made then can be
upgraded (services/upgrade.py). It has no MAC and no counter, so nothing in it can be
trusted: `open_slot` refuses it like a changed header, and only
`open_unauthenticated_slot` opens it, for a caller that then proves the key against the
database before it trusts or writes anything. Its slots are carried into format 2 as they
are, marked as sealed under format 1's associated data, so both the passphrase and the
recovery code still open them; the MAC then covers them like any other slot.
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
FORMAT_1 = "testimony-vault/1"
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
    # The format whose associated data sealed it: 1 for a slot carried over from a
    # format-1 header, which cannot be sealed again without the secret that opens it.
    sealed_under: int = 2


@dataclass(frozen=True)
class Header:
    """A header as read or as built. `mac` covers everything else; build with `seal_header`
    so it is right."""

    vault_id: str
    generation: int
    slots: tuple[KeySlot, ...]
    mac: bytes
    # 1 for a header read from format 1: no MAC, no counter, nothing in it proven.
    format_version: int = 2

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
    """HeaderInvalid unless the header is exactly what was sealed with this data key. A
    format-1 header has nothing to verify and is never whole."""
    if header.format_version != 2:
        raise HeaderInvalid("header is of the older, unauthenticated format")
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


def upgraded(header: Header, data_key: SecretKey) -> Header:
    """A format-1 header as format 2: the same slots, byte for byte (still openable by the
    passphrase and by the recovery code), at generation 0, sealed under `data_key`. The
    caller must have proven `data_key` against the database first."""
    if header.format_version != 1:
        raise ValueError("only a format-1 header is upgraded")
    return seal_header(header.vault_id, 0, header.slots, data_key)


def _aad(vault_id: str, kind: str, kdf: KdfParams, sealed_under: int = 2) -> bytes:
    bound = {
        "format": FORMAT if sealed_under == 2 else FORMAT_1,
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
    around it was changed (or is format 1, which proves nothing). A slot whose own
    metadata was edited fails like a wrong passphrase: GCM cannot tell the two apart, and
    neither should we."""
    key = _unwrap(header, kind, secret)
    try:
        verify_header(header, key)
    except BaseException:
        key.wipe()
        raise
    return key


def open_unauthenticated_slot(header: Header, kind: SlotKind, secret: str) -> SecretKey:
    """The key a format-1 header's slot holds, or WrongPassphrase. Nothing vouches for it:
    the header has no MAC, so the caller must prove the key against the database (and the
    database's own record of the header format) before trusting or writing anything."""
    if header.format_version != 1:
        raise ValueError("only a format-1 header is opened unauthenticated")
    return _unwrap(header, kind, secret)


def _unwrap(header: Header, kind: SlotKind, secret: str) -> SecretKey:
    slot = header.slot(kind)
    if slot is None:
        raise HeaderInvalid("no such key slot", kind=kind)
    slot.kdf.check()
    kek = derive(secret, slot.kdf)
    try:
        with kek.borrow() as kek_raw:
            aad = _aad(header.vault_id, kind, slot.kdf, slot.sealed_under)
            plain = AESGCM(kek_raw).decrypt(slot.nonce, slot.wrapped, aad)
    except InvalidTag:
        raise WrongPassphrase("key slot did not open", kind=kind) from None
    finally:
        kek.wipe()
    return SecretKey(plain)  # wipes `plain`


def _doc(header: Header, *, with_mac: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "vault_id": header.vault_id,
        "generation": header.generation,
        "slots": [_slot_doc(s) for s in header.slots],
    }
    if with_mac:
        doc["mac"] = _b64(header.mac)
    return doc


def _slot_doc(s: KeySlot) -> dict[str, Any]:
    doc: dict[str, Any] = {
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
    if s.sealed_under == 1:
        doc["sealed_under"] = FORMAT_1
    return doc


def dump_header(header: Header) -> bytes:
    """The written form of a format-2 header. Format 1 is never written again."""
    if header.format_version != 2:
        raise ValueError("format 1 is read, never written")
    return (json.dumps(_doc(header, with_mac=True), indent=2, sort_keys=True) + "\n").encode()


def _dump_format_1(header: Header) -> bytes:
    """Exactly what the format-1 writer wrote for these slots (no counter, no MAC), to hold
    a format-1 file to its written form as strictly as format 2."""
    slots = [{k: v for k, v in _slot_doc(s).items() if k != "sealed_under"} for s in header.slots]
    doc = {"format": FORMAT_1, "vault_id": header.vault_id, "slots": slots}
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


def load_header(raw: bytes) -> Header:
    """Parse and check a header's shape and limits. Nothing here runs Argon2id, so a hostile
    header is refused at once; its MAC is checked when a slot opens (open_slot)."""
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderInvalid("header too large")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc["format"] == FORMAT_1:
            return _load_format_1(doc, raw)
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


def _load_format_1(doc: dict[str, Any], raw: bytes) -> Header:
    """A format-1 header, held to the same limits as format 2 (today's KDF caps included,
    checked before any derivation) and to the exact form the format-1 writer used."""
    vault_id = doc["vault_id"]
    if not (isinstance(vault_id, str) and len(vault_id) == 32):
        raise HeaderInvalid("bad vault id")
    if not isinstance(doc["slots"], list):
        raise HeaderInvalid("header slots are wrong")
    slots = tuple(_slot(s, sealed_under=1) for s in doc["slots"])
    kinds = [s.kind for s in slots]
    if not slots or len(set(kinds)) != len(kinds):
        raise HeaderInvalid("header slots are wrong")
    header = Header(vault_id, 0, slots, b"", format_version=1)
    if _dump_format_1(header) != raw:
        raise HeaderInvalid("header is not in its written form")
    return header


def _slot(s: dict[str, Any], sealed_under: int | None = None) -> KeySlot:
    """One slot. A format-2 slot may say it was sealed under format 1 (carried over by an
    upgrade); a format-1 slot is, by definition (`sealed_under=1`)."""
    if s["kind"] not in ("passphrase", "recovery") or s["kdf"]["name"] != "argon2id":
        raise HeaderInvalid("unknown key slot")
    if sealed_under is None:
        marked = s.get("sealed_under")
        if marked not in (None, FORMAT_1):
            raise HeaderInvalid("unknown key slot")
        sealed_under = 2 if marked is None else 1
    k = s["kdf"]
    kdf = KdfParams(k["memory_kib"], k["iterations"], k["lanes"], _unb64(k["salt"]))
    kdf.check()  # whole numbers within the caps, before anything derives a key
    nonce, wrapped = _unb64(s["nonce"]), _unb64(s["wrapped"])
    if len(nonce) != NONCE_BYTES or len(wrapped) != 32 + 16:
        raise HeaderInvalid("key slot has the wrong size")
    return KeySlot(s["kind"], kdf, nonce, wrapped, sealed_under)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    if not isinstance(s, str):
        raise HeaderInvalid("header is not readable")
    return base64.b64decode(s.encode("ascii"), validate=True)
