# pyrage ships no type information; these are the parts crypto/age.py uses, as pyrage's own
# documentation describes them. Only crypto/ uses pyrage (tests/unit/test_layering.py).
from collections.abc import Sequence

from pyrage import x25519 as x25519

def encrypt(plaintext: bytes, recipients: Sequence[x25519.Recipient]) -> bytes: ...
def decrypt(ciphertext: bytes, identities: Sequence[x25519.Identity]) -> bytes: ...
