"""The first page in shared-laptop mode: a clean start for each visitor, naming nobody
and no place (issue 12). Never names the app either, so it reads the same in discreet mode.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from testimony.ui.page import Page, error_label, make_button


class SharedLaptopPage(Page):
    new_person = Signal()
    open_requested = Signal()
    leave_mode = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Start here"))
        self.add_text(
            self.tr(
                "This laptop is shared. It keeps no list of vaults, and it shows nobody's "
                "name or folder."
            )
        )
        self.add_text(
            self.tr(
                "A vault is a locked folder for your accounts. It is best kept on your own "
                "USB stick, so you take it with you and nothing is left here."
            )
        )
        self.add_text(
            self.tr("If you need to hide this quickly, press Quick exit, or Ctrl+Shift+Q."),
            "muted",
        )
        self.error = error_label()
        self.body.addWidget(self.error)
        self.new_button = make_button(
            self.tr("Start with a new person"),
            self.tr("Make a new vault for the person here now, on their USB stick"),
            primary=True,
        )
        self.open_button = make_button(
            self.tr("Open a vault from a USB stick or folder"),
            self.tr("Find the folder of a vault someone already has"),
        )
        self.new_button.clicked.connect(self.new_person)
        self.open_button.clicked.connect(self.open_requested)
        self.leave_button = make_button(
            self.tr("Stop using this as a shared laptop"),
            self.tr("Go back to the usual start, which can keep a list of vaults"),
        )
        self.leave_button.clicked.connect(self.leave_mode)
        self.add_buttons(self.leave_button)
        self.body.addStretch(1)
        self.set_actions(self.new_button, self.open_button)

    def focus_first(self) -> None:
        self.new_button.setFocus()
