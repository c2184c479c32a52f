"""The coalition side inside the main window: open a workspace, show it, lock it.

Kept apart from the person's vault: a workspace has its own session, and locking (by hand,
when idle, or Quick exit) closes it the same way — the key wiped, the pages thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from testimony.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from testimony.services.session import Session
    from testimony.ui.coalition.open_page import OpenWorkspacePage
    from testimony.ui.coalition.window import CoalitionWindow


class CoalitionHost(QObject):
    changed = Signal()  # a workspace was opened or closed: the window's chrome changes
    back = Signal()  # the person left the open page without opening anything

    def __init__(
        self, stack: QStackedWidget, runner: TaskRunner, show: Callable[[QWidget], None]
    ) -> None:
        super().__init__(stack)
        self._stack = stack
        self._runner = runner
        self._show = show
        self.session: Session | None = None
        self.view: CoalitionWindow | None = None
        self._open_page: OpenWorkspacePage | None = None

    @property
    def is_open(self) -> bool:
        return self.view is not None

    def show_open_page(self) -> None:
        # The coalition's pages load only when someone asks for them, not at start-up.
        from testimony.ui.coalition.open_page import OpenWorkspacePage

        self._drop_open_page()
        page = OpenWorkspacePage(self._runner)
        page.opened.connect(self._opened)
        page.back.connect(self.back)
        self._open_page = page
        self._stack.addWidget(page)
        self._show(page)

    def _opened(self, session: Session) -> None:
        from testimony.ui.coalition.window import CoalitionWindow

        self._drop_open_page()
        self.session = session
        self.view = CoalitionWindow(session, self._runner)
        self._stack.addWidget(self.view)
        self._show(self.view)
        self.changed.emit()

    def close(self) -> None:
        """Lock the workspace: wipe its key and throw its pages away."""
        self._drop_open_page()
        view, self.view = self.view, None
        if view is not None:
            self._stack.removeWidget(view)
            view.deleteLater()
        session, self.session = self.session, None
        if session is not None:
            session.lock()
            # close() waits for the database thread: do that off the GUI thread.
            self._runner.run(session.close, on_done=lambda _r: None)
        if view is not None:
            self.changed.emit()

    def _drop_open_page(self) -> None:
        page, self._open_page = self._open_page, None
        if page is not None:
            self._stack.removeWidget(page)
            page.deleteLater()
