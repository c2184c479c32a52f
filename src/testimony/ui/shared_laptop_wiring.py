"""The main window's part in shared-laptop mode (issue 12), kept apart from main_window.py:
the first page for each visitor, making their vault, and the hand-over at the end.

A mixin: it uses the window's pages, session and runner, and adds pages of its own.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings

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


def _window(mixin: SharedLaptopMixin) -> MainWindow:
    # Only MainWindow takes this mixin; mypy cannot take a subclass as the type of self.
    return cast("MainWindow", mixin)


class SharedLaptopMixin:
    # Made by _build_shared_laptop, which the window's __init__ calls.
    shared_page: SharedLaptopPage
    visitor_page: VisitorVaultPage
    hand_over_page: HandOverPage
    restore_page: RestorePage
    _visit_started: float

    def _build_shared_laptop(self) -> None:
        w = _window(self)
        w.shared_page = SharedLaptopPage()
        w.visitor_page = VisitorVaultPage(w.runner)
        w.hand_over_page = HandOverPage()
        for page in (w.shared_page, w.visitor_page, w.hand_over_page):
            w.stack.addWidget(page)
        w.shared_page.new_person.connect(w.show_visitor_create)
        w.shared_page.open_requested.connect(w.show_chooser)
        w.shared_page.leave_mode.connect(lambda: w.set_shared_laptop(False))
        w.visitor_page.back.connect(w.show_start)
        w.visitor_page.created.connect(w._vault_created)
        w.hand_over_page.next_person.connect(w._next_person)
        w.restore_page = RestorePage(w.runner)
        w.stack.addWidget(w.restore_page)
        w.restore_page.back.connect(w.show_start)
        w.restore_page.restored.connect(w._vault_created)  # opens it, as a new vault
        w.chooser.restore_requested.connect(w.show_restore)
        w.welcome.shared_requested.connect(lambda: w.set_shared_laptop(True))
        w.chooser.shared_requested.connect(lambda: w.set_shared_laptop(True))
        w._visit_started = time.time()

    def set_shared_laptop(self, on: bool) -> None:
        w = _window(self)
        w._update_settings(w.app_settings.with_shared_laptop(on))
        w.show_start()

    def show_restore(self) -> None:
        w = _window(self)
        w.restore_page.reset()
        w._show(w.restore_page)

    def show_visitor_create(self) -> None:
        w = _window(self)
        w.visitor_page.reset()
        w._show(w.visitor_page)

    def hand_over(self) -> None:
        """Lock, forget, empty the clipboard, then check the laptop off the GUI thread."""
        w = _window(self)
        if w.session is None:
            return
        folder = w.session.paths.folder
        w.lock("manual")
        w._close_session()
        w._update_settings(w.app_settings.forgetting(folder))
        clipboard_empty = empty_clipboard()
        w.hand_over_page.start(is_removable(folder))
        w._show(w.hand_over_page)
        # Qt keeps its own settings file (file dialogs' places) beside ours.
        qt_file = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
        places = app_places(w._visit_started - 1, [qt_file])
        page = w.hand_over_page
        w.runner.run(
            check_nothing_left,
            folder,
            w.app_settings,
            places,
            on_done=lambda check: _shown(page, check, clipboard_empty),
            on_error=lambda exc: page.result.setText(message_for(exc)),
        )

    def destroy_now(self) -> None:
        """Lock, close the session, then destroy the vault's keys and files (confirmed)."""
        w = _window(self)
        session = w.session
        if session is None:
            return
        paths = session.paths
        w.lock("manual")
        w.session = None
        w._update_settings(w.app_settings.forgetting(paths.folder))
        w.show_start()

        def close_then_destroy() -> None:
            session.close()  # waits for the database thread: off the GUI thread
            destroy_vault(paths)

        w.runner.run(
            close_then_destroy,
            on_done=lambda _r: w._say(
                QCoreApplication.translate("MainWindow", "The vault was destroyed.")
            ),
            on_error=lambda exc: w._say(message_for(exc)),
        )

    def _say(self, text: str) -> None:
        w = _window(self)
        w.banner_text.setText(text)
        w.banner_text.setAccessibleName(text)
        w.banner.show()

    def _next_person(self) -> None:
        """A clean first page: nothing of the last visitor in any page or setting."""
        w = _window(self)
        w.unlock_page.forget_session()
        w.create_page.reset()
        w.visitor_page.reset()
        w.chooser.set_vaults([], True)
        w._visit_started = time.time()
        w.show_start()


def _shown(page: HandOverPage, check: HandOverCheck, clipboard_empty: bool) -> None:
    page.show_check(check, clipboard_empty)
