"""Redaction: find what could identify a person, with no model and no network.

Pure Python: regular expressions, check digits, bundled word lists and `phonenumbers`'
offline metadata. Nothing here opens a socket or downloads anything.
"""

from __future__ import annotations

from testimony.core.redaction import generalise, text_cache
from testimony.core.redaction.engine import detect
from testimony.core.redaction.known import KnownDetails
from testimony.core.redaction.replace import Pseudonyms, Redacted, label_for, redact
from testimony.core.redaction.spans import Span, merge_spans


def forget_cached_text() -> None:
    """Drop the caches that hold an account's words (the last texts split into words) or
    the person's known names and places (their compiled patterns), so nothing decrypted
    stays reachable after the vault locks. Every such cache is made with
    `text_cache.text_cache`, so none is missed."""
    text_cache.forget_all()


__all__ = [
    "KnownDetails",
    "Pseudonyms",
    "Redacted",
    "Span",
    "detect",
    "forget_cached_text",
    "generalise",
    "label_for",
    "merge_spans",
    "redact",
]
