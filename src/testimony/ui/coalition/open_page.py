"""Opening a coalition workspace, or making a new one.

Making one: the vault machinery makes the encrypted folder (key derivation takes about half
a second, so it runs on the task runner's thread), then the workspace's age identity is made
inside it on its database thread. Opening: the passphrase, on the session's thread. Either
way the page hands an unlocked Session to whoever shows the workspace.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from testimony.services import coalition as ws
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.ui.coalition.words import message_for
from testimony.ui.file_dialogs import ask
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner


def make_workspace(folder: Path, passphrase: str) -> Session:
    """Create the workspace and its identity; an unlocked Session on it. Runs off the GUI
    thread. A workspace that failed half-way is removed: without its key it is useless."""
    created = create_vault(folder, passphrase, plan=ws.WORKSPACE)
    session = Session(created.paths, plan=ws.WORKSPACE)
    try:
        session.unlock(passphrase).result()
        session.call_write(ws.init_identity)
    except BaseException:
        session.close()
        shutil.rmtree(created.paths.folder, ignore_errors=True)
        raise
    return session


class OpenWorkspacePage(Page):
    opened = Signal(object)  # an unlocked Session on a workspace
    back = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self.add_heading(self.tr("Coalition workspace"))
        self.add_text(
            self.tr(
                "A coalition workspace holds the accounts people send you, encrypted like a "
                "vault. Open yours, or make a new one."
            )
        )
        self.add_subheading(self.tr("Open a workspace"))
        self.folder = self._field(self.tr("Workspace folder"))
        self.browse_button = make_button(self.tr("Choose folder…"))
        self.browse_button.clicked.connect(self.ask_folder)
        self.passphrase = self._field(self.tr("Passphrase"), secret=True)
        self.open_button = make_button(self.tr("Open"), primary=True)
        self.open_button.clicked.connect(self.open_workspace)
        self.add_buttons(self.browse_button, self.open_button)
        self.error = error_label()  # next to the action it is about
        self.body.addWidget(self.error)
        self.add_subheading(self.tr("Make a new workspace"))
        self.new_folder = self._field(self.tr("New folder (it must not exist yet)"))
        self.new_pass = self._field(self.tr("Passphrase for it"), secret=True)
        self.new_again = self._field(self.tr("Type the passphrase again"), secret=True)
        self.create_button = make_button(self.tr("Make workspace"))
        self.create_button.clicked.connect(self.create_workspace)
        self.back_button = make_button(self.tr("Back"))
        self.back_button.clicked.connect(self.back.emit)
        self.add_buttons(self.create_button, self.back_button)
        self.create_error = error_label()
        self.body.addWidget(self.create_error)
        self.status = self.add_text("", "muted")
        self.body.addStretch(1)

    def _field(self, text: str, secret: bool = False) -> QLineEdit:
        label = make_label(text)
        field = QLineEdit()
        field.setAccessibleName(text)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setInputMethodHints(
                Qt.InputMethodHint.ImhHiddenText
                | Qt.InputMethodHint.ImhSensitiveData
                | Qt.InputMethodHint.ImhNoPredictiveText
            )
        label.setBuddy(field)
        self.body.addWidget(label)
        self.body.addWidget(field)
        return field

    def ask_folder(self) -> None:
        ask(
            self,
            self.tr("Choose the workspace folder"),
            "folder",
            lambda p: self.folder.setText(str(p[0])),
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.open_button, self.create_button, self.browse_button):
            button.setEnabled(not busy)
        self.status.setText(text)

    def open_workspace(self) -> None:
        show_error(self.error, "")
        if not self.folder.text().strip():
            show_error(self.error, self.tr("Choose the workspace folder first."))
            return
        session = Session(vault_paths(self.folder.text().strip()), plan=ws.WORKSPACE)
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self._busy(True, self.tr("Opening…"))
        self._runner.watch(
            session.unlock(passphrase),
            lambda _r: self._ready(session),
            lambda exc: self._failed(exc, session),
        )

    def create_workspace(self) -> None:
        show_error(self.create_error, "")
        folder, first, again = (
            self.new_folder.text().strip(),
            self.new_pass.text(),
            self.new_again.text(),
        )
        if not folder or not first:
            show_error(self.create_error, self.tr("Give a folder and a passphrase."))
            return
        if first != again:
            show_error(
                self.create_error, self.tr("The two passphrases are different. Type them again.")
            )
            return
        self.new_pass.clear()
        self.new_again.clear()
        self._busy(True, self.tr("Making the workspace and its key…"))
        self._runner.run(
            make_workspace,
            Path(folder),
            first,
            on_done=self._ready,
            on_error=lambda exc: self._failed(exc, None, self.create_error),
        )

    def _ready(self, session: Session) -> None:
        self._busy(False)
        self.opened.emit(session)

    def _failed(
        self, exc: BaseException, session: Session | None = None, label: QLabel | None = None
    ) -> None:
        self._busy(False)
        if session is not None:
            self._runner.run(session.close, on_done=lambda _r: None)
        show_error(label or self.error, message_for(exc))
