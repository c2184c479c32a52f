"""Recovery codes: 137 random bits a person can copy by hand.

Seven groups of four characters from an alphabet with no look-alikes (no 0/O, 1/I/L, U/V
pairs to confuse), shown once at creation and never stored anywhere but the key slot.
"""

from __future__ import annotations

import math
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"  # 29 symbols: no 0 O 1 I L U V
GROUPS = 7
GROUP_LEN = 4
BITS = math.floor(GROUPS * GROUP_LEN * math.log2(len(ALPHABET)))


def new_recovery_code() -> str:
    chars = [secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN)]
    return "-".join("".join(chars[i : i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN))


def normalise_recovery_code(typed: str) -> str | None:
    """The canonical form of what someone typed, or None if it cannot be a code.

    Case, spaces and dashes do not matter; a character outside the alphabet means a typo.
    """
    chars = [c for c in typed.upper() if not c.isspace() and c not in "-–—"]
    if len(chars) != GROUPS * GROUP_LEN or any(c not in ALPHABET for c in chars):
        return None
    return "-".join("".join(chars[i : i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN))
