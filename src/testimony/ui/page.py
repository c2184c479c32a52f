"""The frame every page of the shell shares: a scrolling column of readable width.

Pages scroll rather than squash, so text at 200% never clips; the column stops growing at
about 70 characters so lines stay easy to read. What goes on a page comes from the one
widget kit, ui/widgets.py. A page's main buttons can sit in a bar below the scrolling part
(`set_actions`), so on a small screen they never scroll out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony.ui.flow_layout import FlowLayout
from testimony.ui.keyboard import focus_first_in

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
        self._bar: QFrame | None = None
        self._fit_column()

    def focus_first(self) -> None:
        """Put keyboard focus where a person would start on this page."""
        focus_first_in(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)

    def set_actions(self, *buttons: QPushButton) -> None:
        """Put the page's main buttons in a bar that stays below the scrolling content.

        The bar is a child of the scroll area itself, outside its viewport, with the
        viewport's bottom margin keeping room for it (QAbstractScrollArea's way to add a
        fixed strip); it wraps at large text. Made last, so Tab reaches it last.
        """
        bar = QFrame(self)
        bar.setObjectName("actionBar")
        flow = FlowLayout(bar)
        flow.setContentsMargins(24, 10, 24, 12)
        for button in buttons:
            button.setProperty("pageAction", True)
            flow.addWidget(button)
        self._bar = bar
        bar.installEventFilter(self)
        self.verticalScrollBar().installEventFilter(self)
        bar.show()
        self._place_bar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_bar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        bar = getattr(self, "_bar", None)  # QScrollArea filters its widget before ours
        kind = event.type()
        if bar is not None and (
            (watched is bar and kind == QEvent.Type.LayoutRequest)  # a button changed
            or (
                watched is self.verticalScrollBar() and kind in (QEvent.Type.Show, QEvent.Type.Hide)
            )
        ):
            self._place_bar()
        return super().eventFilter(watched, event)

    def _place_bar(self) -> None:
        bar = getattr(self, "_bar", None)
        if bar is None:
            return
        layout = bar.layout()
        # The scroll bar runs the whole height, beside the bar, so it stays usable.
        scroll = self.verticalScrollBar()
        width = self.width() - (scroll.width() if scroll.isVisible() else 0)
        height = layout.heightForWidth(width) if layout is not None else bar.sizeHint().height()
        if self.viewportMargins().bottom() != height:
            self.setViewportMargins(0, 0, 0, height)
        bar.setGeometry(0, self.height() - height, width, height)

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
