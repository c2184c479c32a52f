"""The main window's pages while no vault is open, each made the first time it is needed.

The welcome, making a vault and its recovery code, the list of vaults, the unlock page and
the shared-laptop page; through the same `_page`, also the shared laptop's visitor,
hand-over and restore pages (ui/shared_laptop_wiring.py). A start shows one of them;
building the others (and loading their modules) would only delay the first paint (issue
16, cold start). Each is made once, put in the window's stack and wired to the window when
first asked for, and then kept.

A mixin, like shared_laptop_wiring: only MainWindow takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from testimony.ui.create_vault import CreateVaultPage, RecoveryCodePage
    from testimony.ui.main_window import MainWindow
    from testimony.ui.shared_laptop import SharedLaptopPage
    from testimony.ui.unlock import UnlockPage
    from testimony.ui.vault_chooser import VaultChooserPage
    from testimony.ui.welcome import WelcomePage

P = TypeVar("P", bound=QWidget)


def _window(mixin: LockedPagesMixin) -> MainWindow:
    # Only MainWindow takes this mixin; mypy cannot take a subclass as the type of self.
    return cast("MainWindow", mixin)


class LockedPagesMixin:
    _locked_pages: dict[str, QWidget]

    def _page(self, name: str, build: Callable[[MainWindow], P]) -> P:
        w = _window(self)
        page = w._locked_pages.get(name)
        if page is None:
            page = w._locked_pages[name] = build(w)
            w.stack.addWidget(page)
        return cast("P", page)

    def built_page(self, name: str) -> QWidget | None:
        """The page if it has been made, without making it ("welcome", "visitor", ...)."""
        return _window(self)._locked_pages.get(name)

    @property
    def welcome(self) -> WelcomePage:
        return self._page("welcome", _build_welcome)

    @property
    def create_page(self) -> CreateVaultPage:
        return self._page("create", _build_create)

    @property
    def recovery_page(self) -> RecoveryCodePage:
        return self._page("recovery", _build_recovery)

    @property
    def chooser(self) -> VaultChooserPage:
        return self._page("chooser", _build_chooser)

    @property
    def unlock_page(self) -> UnlockPage:
        return self._page("unlock", _build_unlock)

    @property
    def shared_page(self) -> SharedLaptopPage:
        return self._page("shared", _build_shared)


def _build_welcome(w: MainWindow) -> WelcomePage:
    from testimony.ui.welcome import WelcomePage

    page = WelcomePage()
    page.create_requested.connect(w.show_create)
    page.open_requested.connect(w.show_chooser)
    page.coalition_requested.connect(w.coalition.show_open_page)
    page.shared_requested.connect(lambda: w.set_shared_laptop(True))
    return page


def _build_create(w: MainWindow) -> CreateVaultPage:
    from testimony.ui.create_vault import CreateVaultPage

    page = CreateVaultPage(w.runner)
    page.back.connect(w.show_start)
    page.created.connect(w._vault_created)
    return page


def _build_recovery(w: MainWindow) -> RecoveryCodePage:
    from testimony.ui.create_vault import RecoveryCodePage

    page = RecoveryCodePage()
    page.done.connect(w._code_written_down)
    return page


def _build_chooser(w: MainWindow) -> VaultChooserPage:
    from testimony.ui.vault_chooser import VaultChooserPage

    page = VaultChooserPage(w.runner)
    page.open_vault.connect(w.open_vault)
    page.create_requested.connect(w.show_create)
    page.forget_requested.connect(w._forget)
    page.coalition_requested.connect(w.coalition.show_open_page)
    page.restore_requested.connect(w.show_restore)
    page.shared_requested.connect(lambda: w.set_shared_laptop(True))
    return page


def _build_unlock(w: MainWindow) -> UnlockPage:
    from testimony.ui.unlock import UnlockPage

    page = UnlockPage(w.runner)
    page.unlocked.connect(w._unlocked)
    page.choose_other.connect(w.show_chooser)
    return page


def _build_shared(w: MainWindow) -> SharedLaptopPage:
    from testimony.ui.shared_laptop import SharedLaptopPage

    page = SharedLaptopPage()
    page.new_person.connect(w.show_visitor_create)
    page.open_requested.connect(w.show_chooser)
    page.leave_mode.connect(lambda: w.set_shared_laptop(False))
    return page
