"""Pages that open over an account (a file, a copy, a letter, a warning) in the account
view's own stack, one on top of another, so that Back goes one step and locking, which
throws the view away, takes all of them with it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from testimony.ui.record.pages import PageFrame


class PageStack(QObject):
    def __init__(self, stack: QStackedWidget, home: QWidget) -> None:
        super().__init__(stack)
        self.stack, self.home = stack, home
        self._pages: list[PageFrame] = []

    @property
    def top(self) -> QWidget:
        return self._pages[-1] if self._pages else self.home

    def open(self, page: PageFrame) -> None:
        page.back.connect(self.pop)
        self._pages.append(page)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.focus_first()

    def pop(self) -> None:
        """Close the page on top and show the one under it."""
        if not self._pages:
            return
        self._drop(self._pages.pop())
        self.stack.setCurrentWidget(self.top)
        if self._pages:
            self._pages[-1].focus_first()

    def go_home(self, focus: QWidget | None = None) -> None:
        self.stack.setCurrentWidget(self.home)
        # Pages hold what they show (a file's bytes, a letter): drop them on the way back.
        while self._pages:
            self._drop(self._pages.pop())
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop(self, page: PageFrame) -> None:
        self.stack.removeWidget(page)
        page.deleteLater()
