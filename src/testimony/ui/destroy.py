"""Destroying a vault, now or after too many wrong passphrases (issue 12): the settings
for it, and the words that say honestly what it does and does not do. The same words are
in docs/security.md, and a test keeps them the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from testimony.services.session import Session
from testimony.services.wipe import MAX_LIMIT, MIN_LIMIT, read_wipe_state, set_wipe_limit
from testimony.ui.messages import message_for
from testimony.ui.page import error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner
from testimony.ui.widgets import wrapping_box

SUGGESTED_LIMIT = 10


def honest_words() -> list[str]:
    """What destroying does and does not do; word for word as in docs/security.md."""
    t = QCoreApplication.translate
    return [
        t(
            "DestroyOptions",
            "Destroying a vault removes its keys, so nothing in it can ever be opened again, "
            "not with your passphrase and not with your recovery code.",
        ),
        t(
            "DestroyOptions",
            "It does not destroy copies. A backup copy, or a copy someone else made, still "
            "opens with the passphrase it had.",
        ),
        t(
            "DestroyOptions",
            "On USB sticks and SSDs, the drive can keep old pieces of a file out of sight. "
            "Someone with special tools might find the old keys there, and would still need "
            "your passphrase.",
        ),
    ]


class DestroyOptions(QWidget):
    destroy_requested = Signal()  # confirmed: the window locks and destroys the vault

    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._paths = session.paths
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(make_label(self.tr("Destroying this vault"), "subheading"))
        for words in honest_words():
            box.addWidget(make_label(words, "muted"))
        state = read_wipe_state(self._paths)
        self.auto = QCheckBox(self.tr("Destroy this vault after too many wrong passphrases"))
        self.auto.setAccessibleName(self.auto.text())
        self.auto.setChecked(state.limit is not None)
        self.auto.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label = make_label(self.tr("How many wrong passphrases in a row"))
        self.limit = QSpinBox()
        self.limit.setRange(MIN_LIMIT, MAX_LIMIT)
        self.limit.setValue(state.limit or SUGGESTED_LIMIT)
        self.limit.setAccessibleName(label.text())
        self.limit.setEnabled(self.auto.isChecked())
        label.setBuddy(self.limit)
        self.error = error_label()
        self.now_button = make_button(
            self.tr("Destroy this vault now…"),
            self.tr("You will be asked again before anything happens"),
            warning=True,
        )
        for w in (wrapping_box(self.auto), label, self.limit, self.error):
            box.addWidget(w)
        box.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.auto.toggled.connect(self._changed)
        self.limit.valueChanged.connect(self._changed)
        self.now_button.clicked.connect(self._ask)

    def _changed(self) -> None:
        self.limit.setEnabled(self.auto.isChecked())
        limit = self.limit.value() if self.auto.isChecked() else None
        self._runner.run(
            set_wipe_limit,
            self._paths,
            limit,
            on_done=lambda _s: show_error(self.error, ""),
            on_error=lambda exc: show_error(self.error, message_for(exc)),
        )

    def _ask(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Destroy this vault?"))
        box.setText(
            self.tr(
                "Destroy this vault now? Everything in it will be gone for good. "
                "This cannot be undone."
            )
        )
        box.setInformativeText(honest_words()[1])
        destroy = box.addButton(self.tr("Destroy it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm = box

        def finished(_result: int) -> None:
            if box.clickedButton() is destroy:
                self._confirmed()

        box.finished.connect(finished)
        box.open()

    def _confirmed(self) -> None:
        self.destroy_requested.emit()
