"""The frame every page of the shell shares: a scrolling column of readable width.

Pages scroll rather than squash, so text at 200% never clips; the column stops growing at
about 70 characters so lines stay easy to read. What goes on a page comes from the one
widget kit, ui/widgets.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The widget kit lives in ui/widgets.py; these names are re-exported for the pages that
# import them from here.
from testimony.ui.widgets import error_label, heading, make_button, make_label, show_error

__all__ = ["Page", "error_label", "make_button", "make_label", "show_error"]

READABLE_CHARS = 72


class Page(QScrollArea):
    """A page in the main window's stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 24, 24, 24)
        self._column = QWidget()
        self.body = QVBoxLayout(self._column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(14)
        row.addStretch(1)
        row.addWidget(self._column, 100)
        row.addStretch(1)
        self.setWidget(outer)
        self._fit_column()

    def focus_first(self) -> None:
        """Put keyboard focus where a person would start on this page."""
        self.focusNextChild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)

    def _fit_column(self) -> None:
        self._column.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARS)

    # -- building blocks ------------------------------------------------------------------

    def add_heading(self, text: str) -> QLabel:
        label = heading(text)
        self.body.addWidget(label)
        return label

    def add_subheading(self, text: str) -> QLabel:
        label = heading(text, 1.2)
        self.body.addWidget(label)
        return label

    def add_text(self, text: str, role: str | None = None) -> QLabel:
        label = make_label(text, role)
        self.body.addWidget(label)
        return label

    def add_buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        return row
