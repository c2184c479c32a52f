"""Holding key material in memory, and wiping it when done.

Keys live in `bytearray`s that we overwrite with zeros as soon as they are no longer
needed. Libraries hand some secrets back as immutable `bytes` (a derived key, an unwrapped
data key); `wipe_bytes` overwrites those in place too, which works on CPython because a
`bytes` object keeps its contents inline after a fixed-size header. What Python cannot
promise (copies made by the interpreter, freed memory, `str`s we never see) is written
down in docs/security.md.
"""

from __future__ import annotations

import builtins
import contextlib
import ctypes
import secrets
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

KEY_BYTES = 32
_HEX_DIGITS = b"0123456789abcdef"
# Where a bytes object's contents start: sys.getsizeof(b) is that offset + len(b) + 1 (NUL).
_BYTES_OFFSET = sys.getsizeof(b"") - 1
_CPYTHON = sys.implementation.name == "cpython"


class SecretKey:
    """A 256-bit key that can be wiped. Never printed, pickled or compared by value."""

    __slots__ = ("_buf",)

    def __init__(self, material: builtins.bytes | bytearray) -> None:
        if len(material) != KEY_BYTES:
            raise ValueError("a key is 32 bytes")
        self._buf = bytearray(material)
        if isinstance(material, bytearray):
            wipe(material)
        else:
            wipe_bytes(material)

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(bytearray(secrets.token_bytes(KEY_BYTES)))

    def bytes(self) -> bytes:
        """An immutable copy, for a library that needs `bytes`. Prefer `borrow()`, which
        wipes the copy afterwards."""
        if self.wiped:
            raise ValueError("key has been wiped")
        return bytes(self._buf)

    @contextlib.contextmanager
    def borrow(self) -> Iterator[builtins.bytes]:
        """An immutable copy for the length of a `with` block, wiped when it ends."""
        copy = self.bytes()
        try:
            yield copy
        finally:
            wipe_bytes(copy)

    def sqlcipher_key(self) -> bytearray:
        """The key as SQLCipher's raw-key text, x'…' in hex, built in a wipeable buffer so
        that no `str` (which could never be wiped) holds it. The caller wipes it."""
        if self.wiped:
            raise ValueError("key has been wiped")
        out = bytearray(2 * KEY_BYTES + 3)
        out[0:2], out[-1] = b"x'", ord("'")
        for i, b in enumerate(self._buf):
            out[2 + 2 * i] = _HEX_DIGITS[b >> 4]
            out[3 + 2 * i] = _HEX_DIGITS[b & 15]
        return out

    def copy(self) -> SecretKey:
        return SecretKey(bytearray(self._buf))

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
    buf[:] = bytes(len(buf))


def wipe_bytes(data: bytes) -> None:
    """Overwrite an immutable `bytes` object's contents with zeros, in place.

    Only for a `bytes` we were handed fresh and hold the only use of: CPython shares the
    empty and one-byte objects, so those are left alone (they are never secrets here).
    Elsewhere than CPython this does nothing, and docs/security.md says so.
    """
    if not _CPYTHON or type(data) is not bytes or len(data) < 2:
        return
    ctypes.memset(id(data) + _BYTES_OFFSET, 0, len(data))


def passphrase_bytes(passphrase: str) -> bytearray:
    """The bytes a passphrase stands for. NFC first, so the same words typed on another
    keyboard or system (composed or decomposed accents) open the same vault."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
