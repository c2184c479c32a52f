"""Settings: how the app looks (kept outside the vault, needed before unlocking), how this
vault locks and hides itself (kept inside the vault), and changing the passphrase."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QProgressBar, QWidget

from testimony.core.errors import WrongPassphrase
from testimony.services.app_settings import LANGUAGES, AppSettings
from testimony.services.session import Session
from testimony.services.vault_settings import (
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    VaultSettings,
    write_vault_settings,
)
from testimony.ui.backup import BackupOptions
from testimony.ui.create_vault import PassphraseFields
from testimony.ui.destroy import DestroyOptions
from testimony.ui.laptop_options import LaptopOptions
from testimony.ui.messages import message_for, message_for_code
from testimony.ui.minutes_box import MinutesBox
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.record.microphone import MicrophoneChoice
from testimony.ui.tasks import TaskRunner
from testimony.ui.widgets import wrapping_box

TEXT_SIZES = (100, 125, 150, 175, 200)
# Each language named in itself, so a person can find their own whatever language is showing.
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


class SettingsPage(Page):
    back = Signal()
    app_settings_changed = Signal(object)  # AppSettings
    vault_settings_changed = Signal(object)  # VaultSettings
    _progress = Signal(float)  # emitted on the database thread, delivered on the GUI thread

    def __init__(
        self,
        runner: TaskRunner,
        app_settings: AppSettings,
        session: Session | None = None,
        vault_settings: VaultSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._app = app_settings
        self._vault = vault_settings or VaultSettings()
        self.add_heading(self.tr("Settings"))
        self.back_button = make_button(self.tr("Back"), self.tr("Leave settings"))
        self.back_button.clicked.connect(self.back)
        self._build_display()
        self.laptop = LaptopOptions(app_settings, self._laptop_changed)
        self.body.addWidget(self.laptop)
        if session is not None:
            self._build_locking()
            self._build_passphrase()
            self.backup = BackupOptions(runner, session)
            self.body.addWidget(self.backup)
            self.destroy_options = DestroyOptions(runner, session)
            self.body.addWidget(self.destroy_options)
        self.set_actions(self.back_button)
        self.body.addStretch(1)

    def focus_first(self) -> None:
        self.text_size.setFocus()

    # -- text and colours -----------------------------------------------------------------

    def _build_display(self) -> None:
        self.add_subheading(self.tr("Text and colours"))
        label = make_label(self.tr("Text size"))
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(self.tr("{0}%").format(size), size)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setAccessibleDescription(self.tr("Make all the words bigger or smaller"))
        nearest = min(TEXT_SIZES, key=lambda s: abs(s - self._app.text_scale))
        self.text_size.setCurrentIndex(TEXT_SIZES.index(nearest))
        label.setBuddy(self.text_size)
        self.contrast = _check(
            self.tr("High contrast (light words on a black background)"), self._app.high_contrast
        )
        self.microphone = MicrophoneChoice(self._app.microphone_id, self._app.microphone_name)
        self.microphone.chosen.connect(self._microphone_changed)
        for w in (label, self.text_size, wrapping_box(self.contrast), self.microphone):
            self.body.addWidget(w)
        self._build_language()
        self.text_size.currentIndexChanged.connect(self._display_changed)
        self.contrast.toggled.connect(self._display_changed)
        self.language.currentIndexChanged.connect(self._display_changed)

    def _build_language(self) -> None:
        label = make_label(self.tr("Language (used the next time you open the app)"))
        self.language = QComboBox()
        self.language.addItem(self.tr("The same as this computer"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setCurrentIndex(max(0, self.language.findData(self._app.language)))
        label.setBuddy(self.language)
        self.body.addWidget(label)
        self.body.addWidget(self.language)

    def _laptop_changed(self, settings: AppSettings) -> None:
        self._app = settings
        self.app_settings_changed.emit(settings)

    def _display_changed(self) -> None:
        self._app = replace(
            self._app,
            text_scale=int(self.text_size.currentData()),
            high_contrast=self.contrast.isChecked(),
            language=str(self.language.currentData()),
        )
        self.app_settings_changed.emit(self._app)

    def _microphone_changed(self, device_id: str, name: str) -> None:
        self._app = self._app.with_microphone(device_id, name)
        self.app_settings_changed.emit(self._app)

    # -- locking and discreet mode --------------------------------------------------------

    def _build_locking(self) -> None:
        self.add_subheading(self.tr("Locking"))
        label = make_label(self.tr("Lock after this many minutes without use"))
        self.minutes = MinutesBox()  # "1 minute", "5 minutes"
        self.minutes.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.minutes.setValue(self._vault.auto_lock_minutes)
        self.minutes.setAccessibleName(self.tr("Lock after this many minutes without use"))
        label.setBuddy(self.minutes)
        self.on_minimise = _check(
            self.tr("Lock when the window is made small (minimised)"),
            self._vault.lock_on_minimise,
        )
        self.discreet = _check(self.tr("Discreet mode"), self._vault.discreet)
        hint = make_label(
            self.tr(
                "The window is called “Notes”, with no other name on screen, and no list of "
                "vaults is kept on this computer. You will need to find your vault's folder "
                "each time."
            ),
            "muted",
        )
        self.discreet.setAccessibleDescription(hint.text())
        self.vault_error = error_label()
        for w in (label, self.minutes, wrapping_box(self.on_minimise)):
            self.body.addWidget(w)
        self.add_subheading(self.tr("Privacy"))
        for w in (wrapping_box(self.discreet), hint, self.vault_error):
            self.body.addWidget(w)
        # Saved as soon as changed: settings pages with a Save button lose changes.
        self.minutes.valueChanged.connect(self._vault_changed)
        self.on_minimise.toggled.connect(self._vault_changed)
        self.discreet.toggled.connect(self._vault_changed)

    def _vault_changed(self) -> None:
        assert self._session is not None
        wanted = VaultSettings(
            self.minutes.value(), self.on_minimise.isChecked(), self.discreet.isChecked()
        )
        self._runner.watch(
            self._session.submit_write(write_vault_settings, wanted),
            self._vault_saved,
            lambda exc: show_error(self.vault_error, message_for(exc)),
        )

    def _vault_saved(self, saved: VaultSettings) -> None:
        self._vault = saved
        show_error(self.vault_error, "")
        self.vault_settings_changed.emit(saved)

    # -- passphrase -----------------------------------------------------------------------

    def _build_passphrase(self) -> None:
        self.add_subheading(self.tr("Change your passphrase"))
        self.recovery_note = make_label(
            self.tr(
                "You opened this vault with your recovery code. Choose a new passphrase now, "
                "and type your recovery code in the first box."
            )
        )
        self.recovery_note.hide()
        self.current_label = make_label(self.tr("Your passphrase now"))
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Your passphrase now"))
        self.current_label.setBuddy(self.current)
        self.new = PassphraseFields()
        self.new_code = _check(self.tr("Also make a new recovery code"), False)
        self.new_code_hint = make_label(
            self.tr(
                "Changing your passphrase locks the vault again with a new key. Your old "
                "passphrase and your old recovery code will not open it any more."
            ),
            "muted",
        )
        self.new_code.setAccessibleDescription(self.new_code_hint.text())
        self.pass_error = error_label()
        self.pass_progress = QProgressBar()
        self.pass_progress.setRange(0, 100)
        self.pass_progress.setAccessibleName(self.tr("Changing your passphrase"))
        self.pass_progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pass_progress.hide()
        self._progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.pass_done = make_label("")
        self.pass_done.hide()
        self.code_text = QLineEdit()
        self.code_text.setReadOnly(True)
        self.code_text.setAccessibleName(self.tr("Your new recovery code"))
        self.code_text.hide()
        self.change_button = make_button(self.tr("Change passphrase"), primary=True)
        self.change_button.clicked.connect(self.change)
        for w in (
            self.recovery_note,
            self.current_label,
            self.current,
            self.new,
            wrapping_box(self.new_code),
            self.new_code_hint,
            self.pass_error,
            self.pass_progress,
            self.pass_done,
            self.code_text,
        ):
            self.body.addWidget(w)
        self.add_buttons(self.change_button)
        self._use_recovery = False

    def ask_for_new_passphrase(self) -> None:
        """After opening with the recovery code: point the person at a new passphrase."""
        self._use_recovery = True
        self.recovery_note.show()
        self.new_code.setChecked(True)  # the old code is about to stop working
        self.current_label.setText(self.tr("Your recovery code"))
        self.current.setAccessibleName(self.tr("Your recovery code"))
        self.current.setFocus()
        self.ensureWidgetVisible(self.current)

    def change(self) -> None:
        assert self._session is not None
        problem = "" if self.current.text() else self.tr("Type your passphrase now.")
        problem = problem or self.new.problem()
        if problem:
            show_error(self.pass_error, problem)
            return
        show_error(self.pass_error, "")
        self.pass_done.hide()
        self.code_text.clear()
        self.code_text.hide()
        self.change_button.setEnabled(False)
        self.pass_progress.setValue(0)
        self.pass_progress.show()
        old = self.current.text()
        # On the database thread: two key derivations, then a copy of the whole vault under
        # the new key; progress comes back through a queued signal.
        future = self._session.change_passphrase(
            self.new.passphrase(),
            recovery_code=old if self._use_recovery else None,
            old_passphrase=None if self._use_recovery else old,
            new_recovery_code=self.new_code.isChecked(),
            progress=self._progress.emit,
        )
        self._runner.watch(future, self._changed, self._change_failed)
        self.current.clear()
        self.new.clear()

    def _on_progress(self, fraction: float) -> None:
        self.pass_progress.setValue(round(100 * fraction))

    def _changed(self, code: str | None) -> None:
        self.change_button.setEnabled(True)
        self.pass_progress.hide()
        done = self.tr("Your passphrase has been changed. Use the new one next time.")
        if code:
            done += " " + self.tr(
                "Your new recovery code is below. Write it down and keep it somewhere safe. "
                "It is shown only this once."
            )
            self.code_text.setText(code)
            self.code_text.show()
        self.pass_done.setText(done)
        self.pass_done.show()
        # Bring the news (and the code, shown only now) into view and to the keyboard.
        # After the layout has taken in the newly shown lines, hence on the next turn.
        shown = self.code_text if code else self.pass_done
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(shown))
        if code:
            self.code_text.setFocus()

    def _change_failed(self, exc: BaseException) -> None:
        self.change_button.setEnabled(True)
        self.pass_progress.hide()
        if isinstance(exc, WrongPassphrase):
            code = "wrong_recovery_code" if self._use_recovery else "wrong_passphrase"
            show_error(self.pass_error, message_for_code(code))
        else:
            show_error(self.pass_error, message_for(exc))


def _check(text: str, checked: bool) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text)
    box.setChecked(checked)
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return box
