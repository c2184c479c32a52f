"""Small helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

PASSPHRASE = "correct horse battery staple"


def account(**answers: object) -> dict:
    """One account in the `account add --json` shape."""
    return {"form": "crisis-account", "answers": answers, "consent": "private"}


def snapshot(folder: Path) -> dict[str, str]:
    """A fingerprint of every file in a folder, to prove nothing changed.

    The wrong-guess counter (services/guesses.py) is left out: it is meant to change when a
    guess is wrong, and holds nothing of the vault's.
    """
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.name != "guesses.json"
    }
