"""Redaction: find what could identify a person, with no model and no network.

Pure Python: regular expressions, check digits, bundled word lists and `phonenumbers`'
offline metadata. Nothing here opens a socket or downloads anything.
"""

from __future__ import annotations

from testimony.core.redaction import generalise
from testimony.core.redaction.engine import detect
from testimony.core.redaction.known import KnownDetails
from testimony.core.redaction.replace import Pseudonyms, Redacted, label_for, redact
from testimony.core.redaction.spans import Span, merge_spans

__all__ = [
    "KnownDetails",
    "Pseudonyms",
    "Redacted",
    "Span",
    "detect",
    "generalise",
    "label_for",
    "merge_spans",
    "redact",
]
