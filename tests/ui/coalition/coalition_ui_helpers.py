"""Helpers for the coalition's page tests: reading a PDF's text, screenshots."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import screenshot_dir


def pdf_text(path: Path) -> str:
    """The text of a PDF, read back with QtPdf: proof the file opens as a PDF."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))


def standalone_numbers(text: str) -> list[int]:
    """Numbers that stand alone (not part of a word, a month like 2024-03 or a Q1), and
    not a page's or a table part's number ("Page 2 of 9")."""
    text = re.sub(r"\b(Page|Part) \d+ of \d+", "", text)
    return [int(m) for m in re.findall(r"(?<![\w\-])\d+(?![\w\-])", text)]


def save_screenshot(widget, name: str) -> Path:
    """Save a page's picture to the screenshot folder (build/ unless refreshing docs)."""
    target = screenshot_dir() / f"coalition-{name}.png"
    assert widget.grab().save(str(target))
    return target
