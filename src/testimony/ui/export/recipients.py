"""The coalition's keys: what lets only them open what the person shares.

A key is pasted or read from a file, given a name, and shown with a short code to compare
with the one the coalition publishes. Several keys are allowed; each can be removed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from testimony.core.errors import InvalidRecipient
from testimony.services.session import Session
from testimony.services.sharing import (
    Recipient,
    add_recipient,
    list_recipients,
    parse_recipient,
    read_key_file,
    remove_recipient,
)
from testimony.ui.export.words import shown_code
from testimony.ui.file_dialogs import make_dialog
from testimony.ui.page import Page, show_error
from testimony.ui.record.common import body, bold, button, error_label, error_text, guarded
from testimony.ui.tasks import TaskRunner

MAX_KEY_FILE = 64 * 1024  # a key file is a line or two; anything bigger is not one
_KEY_IN_TEXT = re.compile(r"age1[0-9a-z]{20,}", re.IGNORECASE)


def key_from_file_text(text: str) -> str:
    """The public key in a file: age-keygen's output has it after '# public key:'."""
    m = _KEY_IN_TEXT.search(text)
    return m.group(0) if m else text.strip()


def clear_layout(layout: QLayout) -> None:
    """Remove every row at once (not at the next turn of the event loop), so the old rows
    are gone from the tab order and from findChildren straight away."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)


def make_file_dialog(parent: QWidget, title: str, save: bool) -> QFileDialog:
    return make_dialog(parent, title, "save" if save else "open")


class RecipientsPage(Page):
    back = Signal()
    changed = Signal()  # a key was added or removed

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.recipients: list[Recipient] = []
        self.loaded = False
        self.setAccessibleName(self.tr("The coalition's key"))
        self.back_button = button(self.tr("Back"), "recipientsBack")
        self.back_button.clicked.connect(self.back)
        self.add_buttons(self.back_button)
        self.add_heading(self.tr("The coalition's key"))
        self.add_text(
            self.tr(
                "What you share is sealed so only the coalition can open it. To do that, "
                "Testimony needs the coalition's key. The key is safe to share: it can only "
                "lock things, not open them."
            )
        )
        self.add_subheading(self.tr("Keys you have added"))
        self.list_area = QVBoxLayout()
        self.list_area.setSpacing(10)
        self.body.addLayout(self.list_area)
        self.list_error = error_label()
        self.list_error.hide()
        self.body.addWidget(self.list_error)
        self._build_add_form()
        self.body.addStretch(1)
        self.reload()

    def _build_add_form(self) -> None:
        self.add_subheading(self.tr("Add a key"))
        name_label = bold(body(self.tr("Name")))
        self.body.addWidget(name_label)
        hint = body(self.tr("Who the key belongs to, for example the name of the coalition."))
        hint.setProperty("role", "muted")
        self.body.addWidget(hint)
        self.name = QLineEdit()
        self.name.setObjectName("recipientName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(hint.text())
        name_label.setBuddy(self.name)
        self.body.addWidget(self.name)

        key_label = bold(body(self.tr("Key")))
        self.body.addWidget(key_label)
        key_hint = body(self.tr("Paste the key here. It starts with age1."))
        key_hint.setProperty("role", "muted")
        self.body.addWidget(key_hint)
        self.key = QPlainTextEdit()
        self.key.setObjectName("recipientKey")
        self.key.setAccessibleName(self.tr("Key"))
        self.key.setAccessibleDescription(key_hint.text())
        self.key.setTabChangesFocus(True)
        self.key.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.key.textChanged.connect(self._key_changed)
        self.body.addWidget(self.key)
        self.from_file = button(
            self.tr("Open the key from a file"),
            "keyFromFile",
            description=self.tr("Choose a file the coalition gave you that holds their key"),
        )
        self.from_file.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.from_file)
        row.addStretch(1)
        self.body.addLayout(row)

        self.code = body("")
        self.code.setObjectName("newKeyCode")
        self.code.setProperty("role", "code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.hide()
        self.body.addWidget(self.code)
        self.check = body(self.tr("Check this matches the code the coalition publishes."))
        self.check.hide()
        self.body.addWidget(self.check)
        self.error = error_label()
        self.error.hide()
        self.body.addWidget(self.error)
        self.add_button = button(self.tr("Add this key"), "addRecipient", primary=True)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        future = self._session.submit(list_recipients)
        self._runner.watch(future, guarded(self, self._show_list), guarded(self, self._failed))

    def _show_list(self, recipients: list[Recipient]) -> None:
        self.recipients = list(recipients)
        self.loaded = True
        clear_layout(self.list_area)
        if not recipients:
            self.list_area.addWidget(body(self.tr("You have not added a key yet.")))
        for r in recipients:
            self.list_area.addWidget(self._row(r))
        # Rows are made after the form; put them back in reading order for Tab.
        previous: QWidget = self.back_button
        for b in self.findChildren(QWidget, "removeRecipient"):
            QWidget.setTabOrder(previous, b)
            previous = b
        QWidget.setTabOrder(previous, self.name)

    def _row(self, r: Recipient) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        words = QVBoxLayout()
        words.addWidget(bold(body(r.name)))
        code = body(self.tr("Code: %1").replace("%1", shown_code(r.public_key)))
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(code)
        layout.addLayout(words, 1)
        remove = button(self.tr("Remove"), "removeRecipient")
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", r.name))
        remove.setAccessibleDescription(self.tr("Stop using this key for what you share next"))
        remove.clicked.connect(lambda: self.remove(r.id))
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return frame

    def remove(self, recipient_id: int) -> None:
        future = self._session.submit_write(remove_recipient, recipient_id)
        self._runner.watch(future, guarded(self, self._saved), guarded(self, self._failed))

    # -- adding ------------------------------------------------------------------------------

    def _key_changed(self) -> None:
        text = self.key.toPlainText()
        show_error(self.error, "")
        try:
            code = shown_code(parse_recipient(text)) if text.strip() else ""
        except InvalidRecipient:
            code = ""
        self.code.setText(self.tr("Code: %1").replace("%1", code))
        self.code.setAccessibleName(self.code.text())
        self.code.setVisible(bool(code))
        self.check.setVisible(bool(code))

    def _choose_file(self) -> None:
        dialog = make_file_dialog(self, self.tr("Open the coalition's key"), save=False)
        dialog.fileSelected.connect(self.load_key_file)
        dialog.open()

    def load_key_file(self, path: str) -> None:
        """Read the chosen file off the GUI thread (it may be on a slow stick)."""
        if path:
            self._runner.run(read_key_file, Path(path), MAX_KEY_FILE, on_done=self._key_file_read)

    def _key_file_read(self, text: str) -> None:
        if not text.strip():
            show_error(self.error, self.tr("That file does not hold a key. Choose another file."))
            return
        self.key.setPlainText(key_from_file_text(text))
        if not self.code.isVisible():
            show_error(self.error, self.tr("That file does not hold a key. Choose another file."))

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        try:
            key = parse_recipient(self.key.toPlainText())
        except InvalidRecipient:
            show_error(
                self.error,
                self.tr(
                    "That is not a key Testimony can use. A key starts with age1 and is about "
                    "60 letters and numbers long. Copy it again from the coalition."
                ),
            )
            self.key.setFocus()
            return
        if not name:
            show_error(self.error, self.tr("Give the key a name, so you know whose it is."))
            self.name.setFocus()
            return
        show_error(self.error, "")
        self.add_button.setEnabled(False)
        future = self._session.submit_write(add_recipient, name, key)
        self._runner.watch(future, guarded(self, self._added), guarded(self, self._failed))

    def _added(self, _id: int) -> None:
        self.add_button.setEnabled(True)
        self.name.clear()
        self.key.clear()
        self._saved(None)

    def _saved(self, _result: object) -> None:
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        show_error(self.list_error, error_text(exc))

    def focus_first(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
