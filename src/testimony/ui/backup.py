"""Backup copies from the app (issue 12): make one, see when the last was made, and
restore one (which then opens). The copy is one file, still encrypted: services/backup.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from testimony.services.app_settings import vault_folder_name
from testimony.services.backup import restore_backup
from testimony.services.backup_record import back_up, last_backup
from testimony.services.session import Session
from testimony.services.vault import Created
from testimony.ui.discreet import is_discreet
from testimony.ui.file_dialogs import ask
from testimony.ui.messages import message_for
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.record.common import format_stamp
from testimony.ui.tasks import TaskRunner

SUFFIX = ".testimony-backup"


def backup_name() -> str:
    """A default file name: the day only, and in discreet mode not even the app's name."""
    day = date.today().isoformat()
    return f"notes-{day}.bak" if is_discreet() else f"backup-{day}{SUFFIX}"


class BackupOptions(QWidget):
    """The Settings section: when the last copy was made, and a button to make one."""

    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._session = session
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(make_label(self.tr("Backup copy"), "subheading"))
        box.addWidget(
            make_label(
                self.tr(
                    "A backup copy is one file with everything in this vault, still locked "
                    "with your passphrase. Keep it somewhere else, like a second USB stick."
                ),
                "muted",
            )
        )
        self.last = make_label("")
        self.error = error_label()
        self.make_button = make_button(
            self.tr("Make a backup copy…"), self.tr("Choose where to save the backup copy")
        )
        self.make_button.clicked.connect(self._choose)
        for w in (self.last, self.error):
            box.addWidget(w)
        box.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_last(None)
        runner.watch(session.submit(last_backup), self._show_last, lambda _e: None)

    def _show_last(self, stamp: str | None) -> None:
        if stamp is None:
            self.last.setText(self.tr("No backup copy made yet."))
        else:
            self.last.setText(self.tr("Last backup copy: %1.").replace("%1", format_stamp(stamp)))
        self.last.setAccessibleName(self.last.text())

    def _choose(self) -> None:
        ask(self, self.tr("Save the backup copy"), "save", self._save_to, backup_name())

    def _save_to(self, paths: list[Path]) -> None:
        out = paths[0]
        show_error(self.error, "")
        self.make_button.setEnabled(False)
        # Whether the file is there is looked at on the runner's thread, like the copy
        # itself: the chosen place may be a stick or a sleeping network drive.
        self._runner.run(
            out.exists,
            on_done=lambda there: self._looked(out, there),
            on_error=self._failed,
            owner=self,
        )

    def _looked(self, out: Path, there: bool) -> None:
        if there:
            self.make_button.setEnabled(True)
            show_error(
                self.error, self.tr("A file with that name is already there. Choose another.")
            )
            return
        self._runner.run(back_up, self._session, out, on_done=self._made, on_error=self._failed)

    def save_to(self, out: Path) -> None:
        """Make a copy at `out` (what choosing a file in the dialog does)."""
        self._save_to([out])

    def _made(self, stamp: str) -> None:
        self.make_button.setEnabled(True)
        self._show_last(stamp)

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        show_error(self.error, message_for(exc))


class RestorePage(Page):
    """Make a vault again from a backup copy, then open it with the same passphrase."""

    restored = Signal(object, str)  # Created, the passphrase that opened it
    back = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.backup_file: Path | None = None
        self.folder: Path | None = None
        self.add_heading(self.tr("Open a backup copy"))
        self.add_text(
            self.tr(
                "This makes a vault again from a backup copy, and opens it. You need the "
                "passphrase the vault had when the copy was made."
            )
        )
        self.file_text = self.add_text("", "muted")
        self.file_button = make_button(self.tr("Choose the backup copy…"))
        self.file_button.clicked.connect(
            lambda: ask(self, self.tr("Choose the backup copy"), "open", self._file_chosen)
        )
        self.add_buttons(self.file_button)
        self.folder_text = self.add_text("", "muted")
        self.folder_button = make_button(self.tr("Choose where to put the vault…"))
        self.folder_button.clicked.connect(
            lambda: ask(self, self.tr("Choose where to put the vault"), "folder", self._folder)
        )
        self.add_buttons(self.folder_button)
        label = make_label(self.tr("Passphrase"), "subheading")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        label.setBuddy(self.field)
        self.body.addWidget(label)
        self.body.addWidget(self.field)
        self.error = error_label()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.restore_button = make_button(self.tr("Restore and open"), primary=True)
        self.restore_button.clicked.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self.back_button = make_button(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.set_actions(self.restore_button, self.back_button)
        self.reset()

    def reset(self) -> None:
        self.backup_file = None
        self.folder = None
        self.field.clear()
        show_error(self.error, "")
        self.file_text.setText(self.tr("No backup copy chosen yet."))
        self.folder_text.setText(self.tr("No folder chosen yet."))
        self.restore_button.setEnabled(True)

    def focus_first(self) -> None:
        self.file_button.setFocus()

    def _file_chosen(self, paths: list[Path]) -> None:
        self.backup_file = paths[0]
        self.file_text.setText(self.tr("Backup copy: %1").replace("%1", paths[0].name))

    def _folder(self, paths: list[Path]) -> None:
        self.folder = paths[0]
        self.folder_text.setText(self.tr("The vault will go in: %1").replace("%1", str(paths[0])))

    def choose(self, backup_file: Path, folder: Path) -> None:
        """What the two pickers do, for scripts and tests."""
        self._file_chosen([backup_file])
        self._folder([folder])

    def submit(self) -> None:
        if self.backup_file is None:
            show_error(self.error, self.tr("Choose the backup copy first."))
        elif self.folder is None:
            show_error(self.error, self.tr("Choose where to put the vault."))
        elif not self.field.text():
            show_error(self.error, self.tr("Type your passphrase."))
        else:
            show_error(self.error, "")
            secret = self.field.text()
            self.field.clear()
            target = self.folder / vault_folder_name(self.backup_file.stem.split(".")[0])
            self.restore_button.setEnabled(False)
            self._runner.run(
                restore_backup,
                self.backup_file,
                target,
                secret,
                on_done=lambda paths: self.restored.emit(Created(paths, None), secret),
                on_error=self._failed,
            )

    def _failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        show_error(self.error, message_for(exc))
