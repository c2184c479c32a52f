"""Sealing to a coalition with age (X25519), through pyrage.

Files made here open with the standard `age` tool and the coalition's identity, so anyone
can check what was sent without trusting this app.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyrage

from testimony.core.errors import InvalidRecipient, SealedFileInvalid


@dataclass(frozen=True)
class NewIdentity:
    identity: str  # AGE-SECRET-KEY-1…: kept only inside an encrypted workspace
    recipient: str  # age1…: published


def parse_recipient(text: str) -> str:
    """The canonical form of a pasted public key, or InvalidRecipient."""
    candidate = "".join(text.split())  # pasted keys often carry line breaks or spaces
    if not candidate.lower().startswith("age1"):
        raise InvalidRecipient("not an age public key")
    try:
        return str(pyrage.x25519.Recipient.from_str(candidate.lower()))
    except Exception:  # pyrage raises its own types; any failure means "not a valid key"
        raise InvalidRecipient("age public key does not decode") from None


def fingerprint(recipient: str) -> str:
    """A short code to compare a key with the one the coalition publishes, read aloud or
    side by side: 16 hex digits in four groups, from the SHA-256 of the key."""
    digest = hashlib.sha256(parse_recipient(recipient).encode("ascii")).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def new_identity() -> NewIdentity:
    ident = pyrage.x25519.Identity.generate()
    return NewIdentity(str(ident), str(ident.to_public()))


def recipient_of(identity: str) -> str:
    return str(_identity(identity).to_public())


def seal(plaintext: bytes, recipients: list[str]) -> bytes:
    if not recipients:
        raise InvalidRecipient("no recipients")
    keys = [pyrage.x25519.Recipient.from_str(parse_recipient(r)) for r in recipients]
    return pyrage.encrypt(plaintext, keys)


def open_sealed(data: bytes, identity: str) -> bytes:
    """Decrypt an age file; every failure becomes SealedFileInvalid, never a crash."""
    ident = _identity(identity)
    try:
        return pyrage.decrypt(data, [ident])
    except Exception:  # damaged, truncated, wrong recipient, not age at all
        raise SealedFileInvalid("age file does not open") from None


def _identity(identity: str) -> pyrage.x25519.Identity:
    try:
        return pyrage.x25519.Identity.from_str(identity.strip())
    except Exception:
        raise SealedFileInvalid("identity is not valid") from None
