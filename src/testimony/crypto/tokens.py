"""Random identifiers and secrets for exports and withdrawals."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_export_id() -> str:
    """128 random bits: names one exported record and nothing else."""
    return secrets.token_hex(16)


def new_withdrawal_secret() -> str:
    """256 random bits the person keeps; its hash travels with the record."""
    return secrets.token_hex(32)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def secret_matches(secret: str, expected_hash: str) -> bool:
    return hmac.compare_digest(secret_hash(secret), expected_hash)


def text_fingerprint(text: str) -> str:
    """Which exact text a review was made for: any edit makes the review stale."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
