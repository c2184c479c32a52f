"""Opening a vault: the passphrase (or the recovery code), key derivation and the database
check on the session's worker thread, and plain words when it does not work.

Wrong guesses slow down: after a few, the person waits a little longer each time, and the
page shows the wait. The count is kept with the vault (services/guesses.py), so closing the
app does not reset it and the command line keeps the same count. Argon2id already makes
each guess cost about half a second; the wait makes guessing at the keyboard slower still.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QProgressBar, QWidget

from testimony.core.errors import WaitBeforeTrying, WrongPassphrase
from testimony.services import guesses
from testimony.services.guesses import wait_units
from testimony.services.wipe import WipeState, count_failure
from testimony.ui.messages import message_for, message_for_code
from testimony.ui.minutes_box import english_plural
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from testimony.services.session import Session

__all__ = ["UnlockPage", "wait_units"]


class UnlockPage(Page):
    unlocked = Signal(bool)  # True when opened with the recovery code
    choose_other = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._recovery_mode = False
        self._wait_left_ms = 0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count_down)
        self.title = self.add_heading(self.tr("Open your vault"))
        self.where = self.add_text("", "muted")
        self.note = self.add_text("")
        self.field_label = make_label(self.tr("Passphrase"), "subheading")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.field_label.setBuddy(self.field)
        self.field.returnPressed.connect(self.submit)
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.setAccessibleName(self.tr("Show what I type"))
        self.show_box.toggled.connect(self._reveal)
        for w in (self.field_label, self.field, self.show_box):
            self.body.addWidget(w)
        self.error = error_label()
        self.wait_text = make_label("", "muted")
        self.wait_text.hide()
        self.wipe_text = make_label("", "error")
        self.wipe_text.hide()
        self.body.addWidget(self.wipe_text)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening your vault"))
        self.busy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.busy_text = make_label(self.tr("Opening your vault. This takes a moment."))
        for shown in (self.error, self.wait_text, self.busy_text, self.busy):
            self.body.addWidget(shown)
        self.open_button = make_button(self.tr("Open"), self.tr("Open the vault"), primary=True)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.mode_button = make_button("")
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery_mode))
        self.set_actions(self.open_button, self.mode_button)
        self.other_button = make_button(self.tr("Choose another vault"))
        self.other_button.clicked.connect(self.choose_other)
        self.add_buttons(self.other_button)
        self.body.addStretch(1)
        self._set_busy(False)
        self.set_recovery_mode(False)

    # -- which vault ----------------------------------------------------------------------

    def set_session(self, session: Session, *, discreet: bool, note: str = "") -> None:
        self._session = session
        self.field.clear()
        show_error(self.error, "")
        self.set_recovery_mode(False)
        if discreet:
            self.title.setText(self.tr("Open your vault"))
            self.where.hide()
        else:
            self.title.setText(self.tr("Open “{0}”").format(session.paths.name))
            self.where.setText(self.tr("Kept in: {0}").format(str(session.paths.folder.parent)))
            self.where.show()
        self.title.setAccessibleName(self.title.text())
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._set_busy(False)
        self._resume_wait()

    def _count_failure(self, session: Session) -> None:
        """A wrong try counts towards the optional wipe (services/wipe.py)."""

        def counted(state: WipeState) -> None:
            if session is not self._session or state.limit is None:
                return
            if state.failures >= state.limit:
                show_error(self.error, self.tr("Too many wrong tries. This vault was destroyed."))
                self.open_button.setEnabled(False)
                return
            left = state.limit - state.failures
            text = self.tr(
                "%n more wrong passphrase(s), and this vault will be destroyed.", "", left
            )
            self.wipe_text.setText(english_plural(text, left))
            self.wipe_text.show()

        self._runner.run(count_failure, session.paths, on_done=counted, on_error=lambda _e: None)

    def forget_session(self) -> None:
        """Hold nothing of the last vault (shared laptop: the next person is coming)."""
        self._session = None
        self.field.clear()
        self.title.setText(self.tr("Open your vault"))
        self.where.setText("")
        self.note.setText("")
        show_error(self.error, "")

    def focus_first(self) -> None:
        self.field.setFocus()

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        self.field.clear()
        if on:
            self.field_label.setText(self.tr("Recovery code"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.field.setAccessibleDescription(
                self.tr("The code you wrote down when you made the vault")
            )
            self.mode_button.setText(self.tr("Use my passphrase instead"))
        else:
            self.field_label.setText(self.tr("Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setAccessibleDescription(self.tr("The passphrase that opens this vault"))
            self.mode_button.setText(self.tr("Use my recovery code instead"))
        self.mode_button.setAccessibleName(self.mode_button.text())
        self.field.setFocus()

    # -- opening --------------------------------------------------------------------------

    def submit(self) -> None:
        session = self._session
        if session is None or self._wait_left_ms > 0 or not self.open_button.isEnabled():
            return
        secret = self.field.text()
        if not secret:
            show_error(self.error, self._empty_message())
            return
        show_error(self.error, "")
        self._set_busy(True)
        # Only a quick check now, so the list shows at once; the main window then checks every
        # page beside it (Session.verify) and says so plainly if anything is damaged.
        if self._recovery_mode:
            future = session.unlock(recovery_code=secret, full_check=False)
        else:
            future = session.unlock(secret, full_check=False)
        self.field.clear()  # the words are not kept on the screen while the key is derived
        expected = session
        self._runner.watch(
            future,
            lambda _r: self._opened(expected),
            lambda exc: self._failed(expected, exc),
        )

    def _empty_message(self) -> str:
        if self._recovery_mode:
            return self.tr("Type your recovery code.")
        return self.tr("Type your passphrase.")

    def _opened(self, session: Session) -> None:
        if session is not self._session:
            return  # the person moved to another vault meanwhile
        self._set_busy(False)
        self.unlocked.emit(self._recovery_mode)

    def _failed(self, session: Session, exc: BaseException) -> None:
        if session is not self._session:
            return
        self._set_busy(False)
        self.note.hide()  # "your vault is ready" and the like no longer apply
        if isinstance(exc, WrongPassphrase):
            self._count_failure(session)
            code = "wrong_recovery_code" if self._recovery_mode else "wrong_passphrase"
            show_error(self.error, message_for_code(code))
            self._start_wait(wait_ms(exc))
        elif isinstance(exc, WaitBeforeTrying):
            show_error(self.error, message_for(exc))
            self._start_wait(wait_ms(exc))
        else:
            show_error(self.error, message_for(exc))
        self.field.setFocus()

    # -- waiting after wrong guesses ------------------------------------------------------

    def failures(self) -> int:
        return guesses.failures(self._session.paths.folder) if self._session else 0

    def _resume_wait(self) -> None:
        """A wait still running for this vault (after a restart, too) shows as soon as
        its file is read, on the runner's thread. Until then the button stays on: a guess
        tried meanwhile is refused by the session all the same (WaitBeforeTrying)."""
        self._tick.stop()
        self._wait_left_ms = 0
        self.wait_text.hide()
        self.open_button.setEnabled(self.busy.isHidden())
        session = self._session
        if session is None:
            return
        self._runner.run(
            guesses.seconds_left,
            session.paths.folder,
            on_done=lambda seconds: self._wait_read(session, seconds),
            on_error=lambda _exc: None,  # unreadable: no slow-down to show
            owner=self,
        )

    def _wait_read(self, session: Session, seconds: float) -> None:
        if session is self._session and not self._wait_left_ms:
            self._start_wait(math.ceil(1000 * seconds))

    def _start_wait(self, ms: int) -> None:
        self._wait_left_ms = ms
        if ms <= 0:
            self.wait_text.hide()
            return
        self.open_button.setEnabled(False)
        self._show_wait()
        self._tick.setInterval(min(250, ms))
        self._tick.start()

    def _count_down(self) -> None:
        self._wait_left_ms -= self._tick.interval()
        if self._wait_left_ms > 0:
            self._show_wait()
            return
        self._wait_left_ms = 0
        self._tick.stop()
        self.wait_text.hide()
        self.open_button.setEnabled(True)

    def _show_wait(self) -> None:
        seconds = max(1, math.ceil(self._wait_left_ms / 1000))
        text = self.tr("Please wait. You can try again in %n second(s).", "", seconds)
        self.wait_text.setText(text)
        self.wait_text.show()

    def waiting(self) -> bool:
        return self._wait_left_ms > 0

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        for w in (self.field, self.show_box, self.mode_button, self.other_button):
            w.setEnabled(not busy)
        self.open_button.setEnabled(not busy and self._wait_left_ms <= 0)

    def _reveal(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


def wait_ms(exc: BaseException) -> int:
    """The wait a failed guess says now applies (services/vault.py, unwrap_key)."""
    details = getattr(exc, "details", {})
    seconds = details.get("seconds", details.get("wait_seconds", 0))
    return math.ceil(1000 * float(seconds)) if isinstance(seconds, int | float) else 0
