"""Holding key material in memory, and wiping it when done.

Python cannot promise that no copy of a secret survives (immutable `bytes` may be copied by
the interpreter or by a library), so this is best effort: keys live in `bytearray`s that we
overwrite with zeros as soon as they are no longer needed, and nothing holds on to them.
"""

from __future__ import annotations

import secrets
import unicodedata
from typing import Any

KEY_BYTES = 32


class SecretKey:
    """A 256-bit key that can be wiped. Never printed, pickled or compared by value."""

    __slots__ = ("_buf",)

    def __init__(self, material: bytes | bytearray) -> None:
        if len(material) != KEY_BYTES:
            raise ValueError("a key is 32 bytes")
        self._buf = bytearray(material)
        if isinstance(material, bytearray):
            wipe(material)

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(bytearray(secrets.token_bytes(KEY_BYTES)))

    def bytes(self) -> bytes:
        if not any(self._buf):
            raise ValueError("key has been wiped")
        return bytes(self._buf)

    def hex(self) -> str:
        return self.bytes().hex()

    def wipe(self) -> None:
        wipe(self._buf)

    @property
    def wiped(self) -> bool:
        return not any(self._buf)

    def __repr__(self) -> str:
        return "SecretKey(<hidden>)"

    def __reduce__(self) -> str | tuple[Any, ...]:
        raise TypeError("keys are never pickled")


def wipe(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0


def passphrase_bytes(passphrase: str) -> bytearray:
    """The bytes a passphrase stands for. NFC first, so the same words typed on another
    keyboard or system (composed or decomposed accents) open the same vault."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
