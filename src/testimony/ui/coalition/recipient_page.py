"""The workspace's public key: shown with its fingerprint, copied, or saved to publish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from testimony.services import coalition as ws
from testimony.services.session import Session
from testimony.ui.coalition.words import message_for
from testimony.ui.file_dialogs import ask
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner


class RecipientPage(Page):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.recipient: ws.Recipient | None = None
        self.add_heading(self.tr("Your public key"))
        self.add_text(
            self.tr(
                "People use this key to send you their accounts, sealed so that only this "
                "workspace can open them. It is safe to share: publish it on your website "
                "or in your newsletter."
            )
        )
        self.add_subheading(self.tr("Fingerprint"))
        self.add_text(
            self.tr(
                "People see the same short code in Testimony when they add your key. "
                "Ask them to check that it matches."
            ),
            "muted",
        )
        self.fingerprint = self.add_text("", "heading")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        label = make_label(self.tr("Public key"), "subheading")
        self.body.addWidget(label)
        self.key_field = QLineEdit()
        self.key_field.setReadOnly(True)
        # Fixed-width, so all 62 characters fit and are easy to compare by eye.
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())
        self.key_field.setFont(fixed)
        self.key_field.setAccessibleName(self.tr("Public key"))
        label.setBuddy(self.key_field)
        self.body.addWidget(self.key_field)
        self.copy_button = make_button(self.tr("Copy key"), self.tr("Copy the key to paste it"))
        self.save_button = make_button(
            self.tr("Save key to a file…"), self.tr("Save the key as a small text file to publish")
        )
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.add_buttons(self.copy_button, self.save_button)
        self.status = self.add_text("", "muted")
        self.error = error_label()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self._runner.watch(session.submit(ws.recipient), self._show, self._failed)

    def _show(self, rec: ws.Recipient) -> None:
        self.recipient = rec
        self.fingerprint.setText(rec.fingerprint)
        self.key_field.setText(rec.recipient)
        self.key_field.setCursorPosition(0)

    def copy(self) -> None:
        if self.recipient is not None:
            QGuiApplication.clipboard().setText(self.recipient.recipient)
            self.status.setText(self.tr("The key is copied. Paste it where people will see it."))

    def ask_where_to_save(self) -> None:
        ask(
            self,
            self.tr("Save the public key"),
            "save",
            lambda p: self.save_to(p[0]),
            "coalition-key.txt",
            self.tr("Text (*.txt)"),
        )

    def save_to(self, target: Path) -> None:
        if self.recipient is None:
            return
        rec = self.recipient
        self._runner.run(
            ws.write_recipient_file,
            target,
            rec,
            on_done=lambda _r: self.status.setText(self.tr("Saved the key to {0}.").format(target)),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        show_error(self.error, message_for(exc))
