"""Helpers for the sharing screens' tests."""

from __future__ import annotations

import json
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from testimony.core.consent import Method
from testimony.crypto.age import open_sealed
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.services.session import Session

PASSPHRASE = "lamp river socks gentle"

STORY = (
    "PC Davies from Leeds came at 3am. He said I was a high intensity user. "
    "My CPN Sarah Jones rang 07700 900123 but nobody came. PC Davies laughed."
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
INNER = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)


def add_account(session: Session, level: str, text: str = "", **answers: object) -> int:
    base: dict[str, object] = {"services": ["police", "ae"], "when": "2024-03-14"}
    if text:
        base["what_happened"] = text
    base.update(answers)
    incoming = parse_incoming({"answers": base, "consent": level})
    return session.call_write(add_incoming, [incoming], Method.ALONE)[0]


def open_bundle(data: bytes, identity: str) -> dict:
    return json.loads(open_sealed(data, identity))


def controls(root: QWidget) -> Iterator[QWidget]:
    """Every control a person can use, not counting the inner parts of bigger controls."""
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE):
            continue
        parent = w.parentWidget()
        inner = False
        while parent is not None:
            if isinstance(parent, INNER):
                inner = True
            parent = parent.parentWidget()
        if not inner:
            yield w


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def access_problems(root: QWidget) -> list[str]:
    """Controls with no name a screen reader can say, or that Tab cannot reach."""
    problems = []
    for w in controls(root):
        label = f"{type(w).__name__} {w.objectName()!r}"
        if not spoken_name(w):
            problems.append(f"no accessible name: {label}")
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"cannot be reached with Tab: {label}")
    return problems
