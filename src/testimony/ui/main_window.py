"""The main window: a top bar with Quick exit, and a stack of pages.

While locked the stack holds the shell's own pages (welcome, make a vault, choose, open).
Unlocking builds a Workspace for the open vault; locking throws it away, closes every
dialog, and locks the session, which closes the database and wipes the key (KeePassXC's
model: a lock is not an overlay, the open vault is gone).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony.core.errors import VaultDamaged, VaultUnavailable
from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.services.folders import vault_at
from testimony.services.vault_folder import Created, VaultPaths, vault_paths
from testimony.services.vault_settings import VaultSettings, read_vault_settings
from testimony.ui.coalition.host import CoalitionHost
from testimony.ui.discreet import set_discreet
from testimony.ui.locked_pages import LockedPagesMixin
from testimony.ui.messages import message_for, message_for_code
from testimony.ui.page import make_button, make_label, show_error
from testimony.ui.safety import SafetyGuard, close_dialogs
from testimony.ui.shared_laptop_wiring import SharedLaptopMixin
from testimony.ui.tasks import TaskRunner
from testimony.ui.theme import apply_theme
from testimony.ui.window_size import first_size

if TYPE_CHECKING:
    from testimony.services.session import Session
    from testimony.ui.settings_page import SettingsPage
    from testimony.ui.workspace import Workspace

NEUTRAL_TITLE = "Notes"  # discreet mode: a name that says nothing about what is inside
WATCH_MS = 2000  # how often to check that the vault's folder is still there


class MainWindow(LockedPagesMixin, SharedLaptopMixin, QMainWindow):
    def __init__(
        self,
        app_settings: AppSettings,
        *,
        save_settings: bool = True,
        idle_ms: int | None = None,
        watch_ms: int = WATCH_MS,
    ) -> None:
        super().__init__()
        self.app_settings = app_settings
        self._save_settings = save_settings
        self._idle_override = idle_ms  # tests use a short auto-lock; people use minutes
        self.runner = TaskRunner(self)
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.vault_settings = VaultSettings()
        self._build()
        self.guard = SafetyGuard(self)
        self.guard.idle.connect(lambda: self.lock("idle"))
        self.guard.quick_exit.connect(self.quick_exit)
        self._watch = QTimer(self)
        self._watch.setInterval(watch_ms)
        self._watch.timeout.connect(self._check_vault_folder)
        self._missing = False
        self._checking_folder = False
        self.resize(first_size(self.screen().availableGeometry().size()))
        self._refresh_chrome()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar())
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        row = QHBoxLayout(self.banner)
        self.banner_text = make_label("", "error")
        row.addWidget(self.banner_text, 1)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The pages while locked (welcome, make a vault, the list, unlock...) are made when
        # first shown (ui/locked_pages.py): a start needs only one of them.
        self._locked_pages = {}
        self._code_pending = False
        self._opening = False
        self.coalition = CoalitionHost(self.stack, self.runner, self._show)
        self.coalition.changed.connect(self._coalition_changed)
        self.coalition.back.connect(self.show_start)
        self._locked_settings: SettingsPage | None = None
        self._build_shared_laptop()

    def _build_top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        # A long title (a vault's name, or Welsh at 200 %) wraps rather than pushing the
        # window wider than the screen and the Quick exit button off its edge.
        self.title_label.setWordWrap(True)
        # A long vault name must not widen the window past a small screen.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.title_label, 1)
        self.settings_button = make_button(
            self.tr("Settings"), self.tr("Text size, colours and locking")
        )
        self.lock_button = make_button(self.tr("Lock"), self.tr("Lock the vault now"))
        self.exit_button = make_button(
            self.tr("Quick exit"),
            self.tr("Lock and close at once. You can also press Ctrl+Shift+Q."),
            warning=True,
        )
        self.exit_button.setObjectName("quickExit")
        self.hand_over_button = make_button(
            self.tr("Finish and hand over"),
            self.tr("Lock, check that nothing is left on this laptop, and hand it over"),
        )
        self.hand_over_button.clicked.connect(self.hand_over)
        buttons = (self.hand_over_button, self.settings_button, self.lock_button)
        for button in (*buttons, self.exit_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.settings_button.clicked.connect(self.show_settings)
        self.lock_button.clicked.connect(lambda: self.lock("manual"))
        self.exit_button.clicked.connect(self.quick_exit)
        return bar

    # -- the pages while locked -----------------------------------------------------------

    def start(self, vault: str | Path | None = None) -> None:
        """The first page: the given vault, the list of vaults, or the welcome.

        A vault named at start is looked for on the runner's thread (a stick being pulled
        out or a sleeping network drive can make even that slow); the usual first page shows
        until the answer comes."""
        self.show_start()
        if vault is None:
            return
        first = self.stack.currentWidget()
        self.runner.run(
            vault_at,
            Path(vault),
            on_done=lambda found: self._vault_looked_for(first, found),
            on_error=lambda _exc: self._vault_looked_for(first, None),
            owner=self,
        )

    def _vault_looked_for(self, first: QWidget | None, found: Path | None) -> None:
        if self.stack.currentWidget() is not first or self.session is not None:
            return  # the person has moved on meanwhile: leave them where they are
        if found is None:
            self.show_chooser()
            show_error(self.chooser.error, message_for_code("vault_not_found"))
            return
        self.open_vault(found)

    def show_start(self) -> None:
        if self.app_settings.shared_laptop:
            self._show(self.shared_page)
        elif self.app_settings.known_vaults or self.app_settings.discreet:
            self.show_chooser()
        else:
            self._show(self.welcome)

    def show_create(self) -> None:
        self.create_page.reset()
        self._show(self.create_page)

    def show_chooser(self) -> None:
        self.chooser.set_vaults(list(self.app_settings.known_vaults), self.hide_names)
        self._show(self.chooser)

    def show_unlock(self, note: str = "") -> None:
        assert self.session is not None
        self.unlock_page.set_session(self.session, discreet=self.hide_names, note=note)
        self._show(self.unlock_page)

    def open_vault(self, folder: Path) -> None:
        """Get ready to open the vault in `folder` (nothing is read until the passphrase).
        The caller has looked that a vault is there, off the GUI thread (the chooser, or
        `start`); one gone since is said when the passphrase is tried."""
        paths = vault_paths(folder)
        if self.session is None or self.session.paths != paths:
            self._close_session()
            self.session = _new_session(paths)
        self._update_settings(self.app_settings.remembering(paths.folder))
        self.show_unlock()

    def _vault_created(self, created: Created, passphrase: str) -> None:
        """Open the new vault with the passphrase just chosen; show the recovery code (if
        any) while the key is derived."""
        self._close_session()
        session = self.session = _new_session(created.paths)
        self._update_settings(self.app_settings.remembering(created.paths.folder))
        self._code_pending = bool(created.recovery_code)
        if created.recovery_code:
            self.recovery_page.show_code(created.recovery_code)
            self._show(self.recovery_page)
        else:
            from testimony.ui.create_vault import CreateVaultPage

            if isinstance(page := self.stack.currentWidget(), CreateVaultPage):
                page.show_opening()  # the usual page, or a visitor's
        self._opening = True
        self.runner.watch(
            session.unlock(passphrase, full_check=False),
            lambda _r: self._new_vault_opened(session),
            lambda _exc: self._new_vault_opened(session),
        )

    def _new_vault_opened(self, session: Session) -> None:
        if session is self.session:
            self._opening = False
            self._enter_new_vault()

    def _code_written_down(self) -> None:
        self._code_pending = False
        self._enter_new_vault()

    def _enter_new_vault(self) -> None:
        session = self.session
        if session is None or self._code_pending or self._opening:
            return  # the recovery code is still on screen, or the key is still derived
        if session.is_unlocked:
            self._unlocked(False)
        else:  # could not open it (the stick was pulled out, say): the ordinary way
            self.show_unlock(self._ready_note())

    def _ready_note(self) -> str:
        return self.tr("Your vault is ready. Type your passphrase to open it.")

    def _forget(self, folder: Path) -> None:
        self._update_settings(self.app_settings.forgetting(folder))
        self.show_start()

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()
        self._refresh_chrome()

    # -- unlocked -------------------------------------------------------------------------

    def _unlocked(self, with_recovery: bool) -> None:
        session = self.session
        assert session is not None
        self.runner.watch(
            session.submit(read_vault_settings),
            lambda vs: self._look_where(session, vs, with_recovery),
            self._problem,
        )

    def _look_where(self, session: Session, settings: VaultSettings, with_recovery: bool) -> None:
        """Is the vault on a USB stick? Asked once per unlock, on the runner's thread (a
        stick being pulled out can make even that slow), before the workspace is built: the
        accounts page, the record flow's intro and the hand-over say where it is from the
        first moment they show, with no wrong words first."""
        from testimony.ui.drives import is_removable

        self.runner.run(
            is_removable,
            session.paths.folder,
            on_done=lambda on_stick: self._enter(session, settings, with_recovery, on_stick),
            on_error=lambda _exc: self._enter(session, settings, with_recovery, False),
            owner=self,
        )

    def _enter(
        self, session: Session, settings: VaultSettings, with_recovery: bool, on_stick: bool
    ) -> None:
        if session is not self.session or not session.is_unlocked:
            return  # locked (or switched) while the settings or the drive were read
        self.vault_settings = settings
        # Discreet mode set for the laptop before any vault was open stays on.
        self._apply_discreet(settings.discreet or self.app_settings.discreet)
        # Loaded on first unlock, not at start-up: the window shows sooner.
        from testimony.ui.workspace import Workspace

        self.workspace = Workspace(session, self.runner, on_stick=on_stick)
        # A visitor at a drop-in records with the advocate: preset, and changeable.
        self.workspace.visiting = self.app_settings.shared_laptop
        self.workspace.failed.connect(self._problem)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_accounts()
        self.guard.set_idle_ms(self._idle_ms())
        self._missing = False
        self._watch.start()
        self._refresh_chrome()
        self.runner.watch(
            session.verify(), lambda problems: self._verified(session, problems), self._problem
        )
        if with_recovery:
            from testimony.ui.settings_page import SettingsPage

            self.show_settings()
            if isinstance(self.workspace.current_page, SettingsPage):
                self.workspace.current_page.ask_for_new_passphrase()

    @property
    def is_unlocked(self) -> bool:
        return self.workspace is not None

    def show_settings(self) -> None:
        # Loaded when first asked for, not at start-up (its backup, destroy and microphone
        # parts bring in Qt Multimedia): the window shows sooner.
        from testimony.ui.settings_page import SettingsPage

        if self.workspace is not None and self.session is not None:
            page = SettingsPage(self.runner, self.app_settings, self.session, self.vault_settings)
            page.back.connect(self.workspace.show_accounts)
            page.vault_settings_changed.connect(self._vault_settings_changed)
            page.app_settings_changed.connect(self._update_settings)
            page.destroy_options.destroy_requested.connect(self.destroy_now)
            self.workspace.show_page(page)
            self._refresh_chrome()
            return
        self._show_locked_settings()

    def _show_locked_settings(self) -> None:
        from testimony.ui.settings_page import SettingsPage

        back_to = self.stack.currentWidget()
        if self._locked_settings is not None:
            self.stack.removeWidget(self._locked_settings)
            self._locked_settings.deleteLater()
        page = SettingsPage(self.runner, self.app_settings)
        page.app_settings_changed.connect(self._update_settings)
        starts = [self.built_page(name) for name in ("welcome", "chooser", "shared")]

        def go_back() -> None:
            # Back to the first page as the settings now say (shared laptop may be on now).
            if back_to in starts:
                self.show_start()
            elif back_to is not None:
                self._show(back_to)

        page.back.connect(go_back)
        self._locked_settings = page
        self.stack.addWidget(page)
        self._show(page)

    def _vault_settings_changed(self, settings: VaultSettings) -> None:
        self.vault_settings = settings
        self.guard.set_idle_ms(self._idle_ms())
        self._apply_discreet(settings.discreet)

    def _apply_discreet(self, discreet: bool) -> None:
        updated = self.app_settings.with_discreet(discreet)
        if not discreet and self.session is not None:
            updated = updated.remembering(self.session.paths.folder)
        self._update_settings(updated)

    def _idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self.vault_settings.auto_lock_minutes * 60_000

    # -- locking and leaving --------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Save what is typed, close dialogs, lock the session, forget the open pages."""
        self.runner.stop_all()  # an export or import under way stops at its next step
        if self.coalition.is_open:
            close_dialogs(self)
            self.coalition.close()
            self.guard.clear_clipboard_if_ours()
            self.show_start()
            return
        if self.workspace is None or self.session is None:
            return
        self.workspace.flush()  # queued before the lock, so it is saved first
        close_dialogs(self)
        self.session.lock()
        self.guard.set_idle_ms(0)
        self._watch.stop()
        self.guard.clear_clipboard_if_ours()
        workspace, self.workspace = self.workspace, None
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.banner.hide()
        self.vault_settings = VaultSettings(discreet=self.vault_settings.discreet)
        self.show_unlock(self._lock_note(reason))

    def _lock_note(self, reason: str) -> str:
        if reason == "idle":
            return self.tr("Your vault locked itself because it was not used for a while.")
        if reason == "minimise":
            return self.tr("Your vault locked itself when the window was made small.")
        return self.tr("Your vault is locked.")

    def quick_exit(self) -> None:
        """Lock at once, take our text off the clipboard, and close the window."""
        self.lock("quick")
        close_dialogs(self)
        self.guard.clear_clipboard_if_ours()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock("quick")
        self.guard.clear_clipboard_if_ours()
        self.guard.stop()
        self._watch.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """After the window has gone: wait for the session to finish and close it."""
        self.coalition.close()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.runner.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.vault_settings.lock_on_minimise
        ):
            self.lock("minimise")
        super().changeEvent(event)

    def _coalition_changed(self) -> None:
        open_now = self.coalition.is_open
        self.guard.set_idle_ms(self._idle_ms() if open_now else 0)
        self._refresh_chrome()

    def _close_session(self) -> None:
        old, self.session = self.session, None
        if old is not None:
            old.lock()
            # close() waits for the worker thread: do that off the GUI thread.
            self.runner.run(old.close, on_done=lambda _r: None)

    # -- problems while open --------------------------------------------------------------

    def _problem(self, exc: BaseException) -> None:
        """Work failed: say so plainly at the top, and keep everything on screen."""
        show_error(self.banner_text, message_for(exc))
        self.banner.show()
        if isinstance(exc, VaultUnavailable):
            self._missing = True

    def _verified(self, session: Session, problems: list[str]) -> None:
        """The full check of every page, run beside the list, has finished."""
        if problems and session is self.session:
            # Keep everything on screen so the person can still read and copy their words;
            # never "repair" by deleting. The banner says what to do.
            self._problem(VaultDamaged("integrity check failed", problems=len(problems)))

    def _check_vault_folder(self) -> None:
        session = self.session
        if session is None or self.workspace is None or self._checking_folder:
            return
        # Off the GUI thread: looking at a stick being pulled out, or a sleeping network
        # drive, can take seconds.
        self._checking_folder = True
        self.runner.run(
            session.paths.database.exists,
            on_done=lambda present: self._folder_checked(session, present),
            owner=self,
        )

    def _folder_checked(self, session: Session, present: bool) -> None:
        self._checking_folder = False
        if session is not self.session or self.workspace is None:
            return  # locked or another vault opened meanwhile
        if not present and not self._missing:
            self._problem(VaultUnavailable("vault files are gone"))
        elif present and self._missing:
            self._missing = False
            # The stick is back: open the database again with the key still held.
            self.runner.watch(session.reconnect(), lambda _r: self.banner.hide(), self._problem)

    # -- settings and looks ---------------------------------------------------------------

    @property
    def discreet(self) -> bool:
        return self.app_settings.discreet

    @property
    def hide_names(self) -> bool:
        """Show no vault's name or place: discreet mode, or a shared laptop."""
        return self.app_settings.discreet or self.app_settings.shared_laptop

    def _update_settings(self, settings: AppSettings) -> None:
        looks_changed = (settings.text_scale, settings.high_contrast) != (
            self.app_settings.text_scale,
            self.app_settings.high_contrast,
        )
        self.app_settings = settings
        if self._save_settings:
            # Written on the runner's thread, in order: a slow or unplugged disk never holds
            # up the window.
            self.runner.run(_save_quietly, settings, on_done=_ignore)
        if looks_changed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.high_contrast, settings.text_scale)
        self._refresh_chrome()

    def _refresh_chrome(self) -> None:
        if self.discreet:
            title = NEUTRAL_TITLE
        elif self.workspace is not None and self.session is not None and not self.hide_names:
            title = self.tr("{0} – Testimony").format(self.session.paths.name)
        elif self.coalition.is_open:
            title = self.tr("Coalition workspace – Testimony")
        else:
            title = "Testimony"
        self.setWindowTitle(title)
        self.title_label.setText(title)
        QApplication.setApplicationDisplayName(NEUTRAL_TITLE if self.discreet else "Testimony")
        self.lock_button.setVisible(self.workspace is not None or self.coalition.is_open)
        self.hand_over_button.setVisible(
            self.workspace is not None and self.app_settings.shared_laptop
        )
        set_discreet(self.discreet)
        self.settings_button.setVisible(True)


def _new_session(paths: VaultPaths) -> Session:
    # Loaded when a vault is first opened or made, not at start-up: the session brings in
    # the key header's crypto and SQLCipher, and the first page shows sooner without them.
    from testimony.services.session import Session

    return Session(paths)


def _save_quietly(settings: AppSettings) -> None:
    # Looks and the list of vaults are a convenience: never stop for them.
    with contextlib.suppress(OSError):
        save_app_settings(settings)


def _ignore(_result: object) -> None:
    pass
