"""The main window's part in shared-laptop mode (issue 12), kept apart from main_window.py:
the first page for each visitor, making their vault, and the hand-over at the end.

A mixin: it uses the window's pages, session and runner, and adds pages of its own.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from testimony.services.hand_over import HandOverCheck, app_places, check_nothing_left
from testimony.services.wipe import destroy_vault
from testimony.ui.backup import RestorePage
from testimony.ui.drives import is_removable
from testimony.ui.hand_over import HandOverPage, empty_clipboard
from testimony.ui.messages import message_for
from testimony.ui.shared_laptop import SharedLaptopPage
from testimony.ui.visitor_vault import VisitorVaultPage

if TYPE_CHECKING:
    from testimony.ui.main_window import MainWindow


class SharedLaptopMixin:
    def _build_shared_laptop(self: MainWindow) -> None:
        self.shared_page = SharedLaptopPage()
        self.visitor_page = VisitorVaultPage(self.runner)
        self.hand_over_page = HandOverPage()
        for page in (self.shared_page, self.visitor_page, self.hand_over_page):
            self.stack.addWidget(page)
        self.shared_page.new_person.connect(self.show_visitor_create)
        self.shared_page.open_requested.connect(self.show_chooser)
        self.shared_page.leave_mode.connect(lambda: self.set_shared_laptop(False))
        self.visitor_page.back.connect(self.show_start)
        self.visitor_page.created.connect(self._vault_created)
        self.hand_over_page.next_person.connect(self._next_person)
        self.restore_page = RestorePage(self.runner)
        self.stack.addWidget(self.restore_page)
        self.restore_page.back.connect(self.show_start)
        self.restore_page.restored.connect(self._vault_created)  # opens it, as a new vault
        self.chooser.restore_requested.connect(self.show_restore)
        self.welcome.shared_requested.connect(lambda: self.set_shared_laptop(True))
        self.chooser.shared_requested.connect(lambda: self.set_shared_laptop(True))
        self._visit_started = time.time()

    def set_shared_laptop(self: MainWindow, on: bool) -> None:
        self._update_settings(self.app_settings.with_shared_laptop(on))
        self.show_start()

    def show_restore(self: MainWindow) -> None:
        self.restore_page.reset()
        self._show(self.restore_page)

    def show_visitor_create(self: MainWindow) -> None:
        self.visitor_page.reset()
        self._show(self.visitor_page)

    def hand_over(self: MainWindow) -> None:
        """Lock, forget, empty the clipboard, then check the laptop off the GUI thread."""
        if self.session is None:
            return
        folder = self.session.paths.folder
        self.lock("manual")
        self._close_session()
        self._update_settings(self.app_settings.forgetting(folder))
        clipboard_empty = empty_clipboard()
        self.hand_over_page.start(is_removable(folder))
        self._show(self.hand_over_page)
        # Qt keeps its own settings file (file dialogs' places) beside ours.
        qt_file = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
        places = app_places(self._visit_started - 1, [qt_file])
        page = self.hand_over_page
        self.runner.run(
            check_nothing_left,
            folder,
            self.app_settings,
            places,
            on_done=lambda check: _shown(page, check, clipboard_empty),
            on_error=lambda exc: page.result.setText(message_for(exc)),
        )

    def destroy_now(self: MainWindow) -> None:
        """Lock, close the session, then destroy the vault's keys and files (confirmed)."""
        session = self.session
        if session is None:
            return
        paths = session.paths
        self.lock("manual")
        self.session = None
        self._update_settings(self.app_settings.forgetting(paths.folder))
        self.show_start()

        def close_then_destroy() -> None:
            session.close()  # waits for the database thread: off the GUI thread
            destroy_vault(paths)

        self.runner.run(
            close_then_destroy,
            on_done=lambda _r: self._say(self.tr("The vault was destroyed.")),
            on_error=lambda exc: self._say(message_for(exc)),
        )

    def _say(self: MainWindow, text: str) -> None:
        self.banner_text.setText(text)
        self.banner_text.setAccessibleName(text)
        self.banner.show()

    def _next_person(self: MainWindow) -> None:
        """A clean first page: nothing of the last visitor in any page or setting."""
        self.unlock_page.forget_session()
        self.create_page.reset()
        self.visitor_page.reset()
        self.chooser.set_vaults([], True)
        self._visit_started = time.time()
        self.show_start()


def _shown(page: HandOverPage, check: HandOverCheck, clipboard_empty: bool) -> None:
    page.show_check(check, clipboard_empty)
