"""The end of a visitor's session on a shared laptop (issue 12): the vault is locked, the
laptop is checked for anything of it (services/hand_over.py), the clipboard is emptied,
and the person is told what was found and how to take their USB stick out safely. "Next
person" goes back to a clean first page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

from testimony.services.hand_over import HandOverCheck
from testimony.ui.page import Page, make_button


def empty_clipboard() -> bool:
    """Empty the clipboard (and the selection) on a shared laptop; True if now empty."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    return not clipboard.text(QClipboard.Mode.Clipboard)


class HandOverPage(Page):
    next_person = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Hand over"))
        self.locked = self.add_text(self.tr("Your vault is locked."))
        self.checking = self.add_text(self.tr("Checking this laptop…"))
        self.result = self.add_text("")
        self.where = self.add_text("")
        self.add_subheading(self.tr("Taking your USB stick out"))
        self.stick = self.add_text(
            self.tr(
                "Before you pull the stick out, choose “Eject” or “Safely remove” for it in "
                "the laptop's files window, and wait until it says it is safe. Pulling it "
                "out too soon can damage what is on it."
            )
        )
        self.next_button = make_button(
            self.tr("Next person"),
            self.tr("Go back to a clean first page for the next person"),
            primary=True,
        )
        self.next_button.clicked.connect(self.next_person)
        self.body.addStretch(1)
        self.set_actions(self.next_button)

    def start(self, on_stick: bool) -> None:
        self.checking.show()
        self.result.setText("")
        self.result.setAccessibleName("")
        if on_stick:
            self.where.setText(self.tr("Your vault is on your USB stick. Take it with you."))
        else:
            self.where.setText(
                self.tr(
                    "Your vault is on this laptop, not on a USB stick. It stays here, locked. "
                    "Only your passphrase opens it."
                )
            )
        self.stick.setVisible(on_stick)
        self.next_button.setEnabled(False)

    def show_check(self, check: HandOverCheck, clipboard_empty: bool) -> None:
        self.checking.hide()
        lines = []
        if check.settings_clean:
            lines.append(self.tr("This laptop does not remember your vault or where it is."))
        else:
            lines.append(self.tr("This laptop's settings still name your vault."))
        if check.leftovers:
            lines.append(
                self.tr(
                    "Some files on this laptop still name your vault. Ask the person running "
                    "the drop-in to look at them:"
                )
            )
            lines.extend(f"•  {p}" for p in check.leftovers)
        else:
            lines.append(self.tr("No file outside your vault names it or says where it is."))
        if clipboard_empty:
            lines.append(self.tr("The clipboard is empty."))
        else:
            lines.append(self.tr("The clipboard could not be emptied."))
        text = "\n".join(lines)
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def focus_first(self) -> None:
        self.result.setFocus() if self.next_button.isEnabled() else self.next_button.setFocus()
