"""Making a vault: a name, a place, a passphrase typed twice, and an optional recovery code.

Key derivation takes about half a second on purpose, so creation runs on the task runner's
thread while the page shows it is busy. The recovery code is shown once, on its own page,
and the person must say they have written it down before going on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from testimony.services.app_settings import default_vault_parent, vault_folder_name
from testimony.services.vault_folder import Created
from testimony.ui.file_dialogs import make_dialog
from testimony.ui.keyboard import arrows_choose
from testimony.ui.messages import message_for
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner

MIN_SCORE = 3  # zxcvbn: "safely unguessable" — about 10^10 guesses, slow ones with Argon2id
MAX_CHECKED_CHARS = 100  # zxcvbn slows down on very long input; more words only help


def make_folder_dialog(parent: QWidget, title: str) -> QFileDialog:
    return make_dialog(parent, title, "folder")


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with a strength meter and plain advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        label = make_label(self.tr("Passphrase"), "subheading")
        advice = make_label(
            self.tr(
                "Use 4 or more ordinary words that do not usually go together, like: "
                "lamp river socks gentle. Do not use a saying, a song line or a name."
            ),
            "muted",
        )
        self.first = _secret_edit(self.tr("Passphrase"), self.tr("Type your new passphrase"))
        label.setBuddy(self.first)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(14)
        self.meter.setAccessibleName(self.tr("How strong the passphrase is"))
        self.meter.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verdict = make_label("", None)
        again_label = make_label(self.tr("Type the passphrase again"), None)
        self.second = _secret_edit(
            self.tr("Passphrase again"), self.tr("Type the same passphrase again to check it")
        )
        again_label.setBuddy(self.second)
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.setAccessibleName(self.tr("Show what I type"))
        self.show_box.toggled.connect(self._reveal)
        for w in (
            label,
            advice,
            self.first,
            self.meter,
            self.verdict,
            again_label,
            self.second,
            self.show_box,
        ):
            box.addWidget(w)
        self.first.textChanged.connect(self._rate)
        self._user_words: list[str] = []
        self._rate("")

    def set_user_words(self, words: list[str]) -> None:
        """Words a passphrase should not lean on (the vault's name)."""
        self._user_words = [w for w in words if w]
        self._rate(self.first.text())

    def score(self) -> int:
        text = self.first.text()
        if not text:
            return 0
        from zxcvbn import zxcvbn  # here, not at start-up: it takes a while to load

        return int(zxcvbn(text[:MAX_CHECKED_CHARS], user_inputs=self._user_words)["score"])

    def problem(self) -> str:
        """What is wrong with what was typed, in plain words, or ""."""
        if not self.first.text():
            return self.tr("Type a passphrase.")
        if self.score() < MIN_SCORE:
            return self.tr("That passphrase is too easy to guess. Add another word or two.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same. Type them again.")
        return ""

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_box.setChecked(False)

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _rate(self, _text: str) -> None:
        score = self.score()
        self.meter.setValue(score)
        words = [
            self.tr("Strength: none yet."),
            self.tr("Strength: very weak. Add more words."),
            self.tr("Strength: weak. Add more words."),
            self.tr("Strength: good."),
            self.tr("Strength: very good."),
        ]
        # zxcvbn's 0 means "too guessable", not "nothing typed": password1 scores 0.
        text = words[max(score, 1)] if self.first.text() else words[0]
        self.verdict.setText(text)
        self.meter.setAccessibleDescription(text)


def _secret_edit(name: str, description: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(description)
    # No input method suggestions or history for secrets.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


class CreateVaultPage(Page):
    # Created, and the passphrase just typed twice: the vault opens with it at once, so
    # nobody types it a third time (issue 12).
    created = Signal(object, str)
    back = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._chosen_folder: Path | None = None
        self.add_heading(self.tr("Make a vault"))
        self.add_text(self.tr("A vault is a locked folder for your accounts."))
        self._build_name()
        self._build_place()
        self.passphrase = PassphraseFields()
        self.body.addWidget(self.passphrase)
        self._build_recovery()
        self.error = error_label()
        self.body.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Making your vault"))
        self.busy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.busy_text = make_label(self.tr("Making your vault. This takes a moment."))
        self.busy.hide()
        self.busy_text.hide()
        self.body.addWidget(self.busy_text)
        self.body.addWidget(self.busy)
        self.create_button = make_button(self.tr("Make vault"), primary=True)
        self.create_button.setDefault(True)
        self.back_button = make_button(self.tr("Back"))
        self.create_button.clicked.connect(self.submit)
        self.back_button.clicked.connect(self.back)
        self.set_actions(self.create_button, self.back_button)
        self.body.addStretch(1)
        self.name.textChanged.connect(lambda t: self.passphrase.set_user_words(t.split()))

    def _build_name(self) -> None:
        label = make_label(self.tr("Name"), "subheading")
        hint = make_label(self.tr("Only you will see this. For example: My accounts."), "muted")
        self.name = QLineEdit(self.tr("My accounts"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(hint.text())
        self.name.setMaxLength(60)
        label.setBuddy(self.name)
        for w in (label, hint, self.name):
            self.body.addWidget(w)

    def _build_place(self) -> None:
        self.body.addWidget(make_label(self.tr("Where to keep it"), "subheading"))
        self.here = QRadioButton(self.tr("On this computer"))
        self.here.setAccessibleName(self.tr("On this computer"))
        self.elsewhere = QRadioButton(self.tr("Somewhere I choose, like a USB stick"))
        self.elsewhere.setAccessibleName(self.tr("Somewhere I choose, like a USB stick"))
        group = QButtonGroup(self)
        group.addButton(self.here)
        group.addButton(self.elsewhere)
        arrows_choose(self.here, self.elsewhere)
        self.here.setChecked(True)
        self.choose_button = make_button(
            self.tr("Choose a folder…"), self.tr("Choose where to keep the vault")
        )
        self.choose_button.clicked.connect(self._choose_folder)
        self.place_text = make_label("", "muted")
        self.body.addWidget(self.here)
        self.body.addWidget(self.elsewhere)
        self.add_buttons(self.choose_button)
        self.body.addWidget(self.place_text)
        self.here.toggled.connect(self._show_place)
        self._show_place()

    def _build_recovery(self) -> None:
        self.body.addWidget(make_label(self.tr("Recovery code"), "subheading"))
        self.recovery = QCheckBox(self.tr("Also make a recovery code"))
        self.recovery.setAccessibleName(self.tr("Also make a recovery code"))
        hint = make_label(
            self.tr(
                "A recovery code is a spare key. It opens the vault if you forget your "
                "passphrase. You will need to write it down and keep it safe."
            ),
            "muted",
        )
        self.recovery.setAccessibleDescription(hint.text())
        self.body.addWidget(self.recovery)
        self.body.addWidget(hint)

    def focus_first(self) -> None:
        self.name.setFocus()
        self.name.selectAll()

    def reset(self) -> None:
        self.busy_text.setText(self.tr("Making your vault. This takes a moment."))
        self.passphrase.clear()
        self.recovery.setChecked(False)
        show_error(self.error, "")
        self._set_busy(False)

    def target(self) -> Path:
        parent = default_vault_parent() if self.here.isChecked() else self._chosen_folder
        assert parent is not None
        return parent / vault_folder_name(self.name.text())

    def submit(self) -> None:
        problem = self._problem()
        if problem:
            show_error(self.error, problem)
            # The message sits by the buttons; make sure it is on screen, not scrolled away.
            self.ensureWidgetVisible(self.error)
            return
        show_error(self.error, "")
        self._set_busy(True)
        self._runner.run(
            _make_vault,
            self.target(),
            self.here.isChecked(),
            self.passphrase.passphrase(),
            self.recovery.isChecked(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give your vault a name.")
        if self.elsewhere.isChecked() and self._chosen_folder is None:
            return self.tr("Choose a folder, or keep the vault on this computer.")
        return self.passphrase.problem()

    def _done(self, created: Created) -> None:
        self._set_busy(False)
        passphrase = self.passphrase.passphrase()
        self.passphrase.clear()
        self.created.emit(created, passphrase)

    def show_opening(self) -> None:
        """Made: stay busy while the new vault is opened."""
        self._set_busy(True)
        self.busy_text.setText(self.tr("Opening your new vault. This takes a moment."))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self.error, message_for(exc))
        self.ensureWidgetVisible(self.error)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        for w in (
            self.create_button,
            self.back_button,
            self.name,
            self.passphrase,
            self.recovery,
            self.here,
            self.elsewhere,
            self.choose_button,
        ):
            w.setEnabled(not busy)

    def _choose_folder(self) -> None:
        dialog = make_folder_dialog(self, self.tr("Choose where to keep the vault"))
        dialog.fileSelected.connect(self._folder_chosen)
        dialog.open()

    def _folder_chosen(self, folder: str) -> None:
        if folder:
            self._chosen_folder = Path(folder)
            self.elsewhere.setChecked(True)
        self._show_place()

    def _show_place(self) -> None:
        if self.here.isChecked():
            text = self.tr("It will be kept in: {0}").format(str(default_vault_parent()))
        elif self._chosen_folder is None:
            text = self.tr("No folder chosen yet.")
        else:
            text = self.tr("It will be kept in: {0}").format(str(self._chosen_folder))
        self.place_text.setText(text)


def _make_vault(target: Path, default_place: bool, passphrase: str, recovery: bool) -> Created:
    """Runs off the GUI thread: make the default folder if needed, then the vault."""
    if default_place:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Loaded here, on the task thread, not at start-up: making a vault needs its crypto.
    from testimony.services.vault import create_vault

    return create_vault(target, passphrase, with_recovery=recovery)


class RecoveryCodePage(Page):
    """Shows the recovery code once; the person confirms they wrote it down."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Your recovery code"))
        self.add_text(
            self.tr(
                "Write this code on paper now. Keep it somewhere safe, away from this "
                "computer. Anyone with this code can open your vault."
            )
        )
        self.code = make_label("", "code")
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.addWidget(self.code)
        self.add_text(self.tr("This is the only time Testimony will show it."), "muted")
        self.confirm = QCheckBox(self.tr("I have written it down"))
        self.confirm.setAccessibleName(self.tr("I have written it down"))
        self.body.addWidget(self.confirm)
        self.continue_button = make_button(self.tr("Continue"), primary=True)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        self.set_actions(self.continue_button)
        self.body.addStretch(1)

    def show_code(self, code: str) -> None:
        self.confirm.setChecked(False)
        self.code.setText(code)
        # Read out in groups, so a screen reader user can copy it down.
        self.code.setAccessibleName(self.tr("Recovery code: {0}").format(code.replace("-", ", ")))

    def focus_first(self) -> None:
        self.code.setFocus()

    def _finish(self) -> None:
        # The code is shown once: take it off the screen (and out of the widget) now.
        self.code.setText("")
        self.code.setAccessibleName("")
        self.done.emit()
