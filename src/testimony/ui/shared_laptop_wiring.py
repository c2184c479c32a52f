"""The main window's part in shared-laptop mode (issue 12), kept apart from main_window.py:
the first page for each visitor, making their vault, and the hand-over at the end.

A mixin: it uses the window's pages, session and runner, and adds pages of its own.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings

from testimony.ui.messages import message_for

if TYPE_CHECKING:
    from testimony.services.hand_over import HandOverCheck
    from testimony.ui.backup import RestorePage
    from testimony.ui.hand_over import HandOverPage
    from testimony.ui.main_window import MainWindow
    from testimony.ui.visitor_vault import VisitorVaultPage


def _window(mixin: SharedLaptopMixin) -> MainWindow:
    # Only MainWindow takes this mixin; mypy cannot take a subclass as the type of self.
    return cast("MainWindow", mixin)


class SharedLaptopMixin:
    # The first page for each visitor, the visitor's, the hand-over and the restore pages
    # are made when first shown (the window's `_page`, ui/locked_pages.py), not at
    # start-up: most starts never need them, and the window shows sooner
    # (docs/performance.md, "The app").
    _visit_started: float

    def _build_shared_laptop(self) -> None:
        _window(self)._visit_started = time.time()

    @property
    def visitor_page(self) -> VisitorVaultPage:
        return _window(self)._page("visitor", _build_visitor)

    @property
    def hand_over_page(self) -> HandOverPage:
        return _window(self)._page("hand_over", _build_hand_over)

    @property
    def restore_page(self) -> RestorePage:
        return _window(self)._page("restore", _build_restore)

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
        if w.session is None or w.workspace is None:
            return  # nothing open to hand over (the button shows only while it is)
        from testimony.services.hand_over import app_places, check_nothing_left
        from testimony.ui.hand_over import empty_clipboard

        folder = w.session.paths.folder
        on_stick = w.workspace.on_stick  # found off the GUI thread when it was unlocked
        w.lock("manual")
        w._close_session()
        w._update_settings(w.app_settings.forgetting(folder))
        clipboard_empty = empty_clipboard()
        w.hand_over_page.start(on_stick)
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

        from testimony.services.wipe import destroy_vault

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
        # Pages not made yet hold nothing of anyone.
        if w.built_page("unlock") is not None:
            w.unlock_page.forget_session()
        if w.built_page("create") is not None:
            w.create_page.reset()
        if w.built_page("visitor") is not None:
            w.visitor_page.reset()
        if w.built_page("chooser") is not None:
            w.chooser.set_vaults([], True)
        w._visit_started = time.time()
        w.show_start()


def _build_visitor(w: MainWindow) -> VisitorVaultPage:
    from testimony.ui.visitor_vault import VisitorVaultPage

    page = VisitorVaultPage(w.runner)
    page.back.connect(w.show_start)
    page.created.connect(w._vault_created)
    return page


def _build_hand_over(w: MainWindow) -> HandOverPage:
    from testimony.ui.hand_over import HandOverPage

    page = HandOverPage()
    page.next_person.connect(w._next_person)
    return page


def _build_restore(w: MainWindow) -> RestorePage:
    from testimony.ui.backup import RestorePage

    page = RestorePage(w.runner)
    page.back.connect(w.show_start)
    page.restored.connect(w._vault_created)  # opens it, as a new vault
    return page


def _shown(page: HandOverPage, check: HandOverCheck, clipboard_empty: bool) -> None:
    page.show_check(check, clipboard_empty)
