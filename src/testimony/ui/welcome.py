"""The first page anyone sees: what Testimony keeps, where, who can read it, and that
nothing is sent anywhere. Short sentences, everyday words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from testimony.ui.page import Page, make_button


class WelcomePage(Page):
    create_requested = Signal()
    open_requested = Signal()
    coalition_requested = Signal()
    shared_requested = Signal()  # shared-laptop mode, before any vault is open (issue 12)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Welcome to Testimony"))
        self.add_text(
            self.tr(
                "Testimony helps you write down what happened to you when you needed help "
                "in a crisis. You can keep it just for you, or choose to share it later."
            )
        )
        self.add_subheading(self.tr("What it keeps"))
        self.add_text(self.tr("Your answers to some questions, and anything else you write."))
        self.add_subheading(self.tr("Where it keeps them"))
        self.add_text(
            self.tr(
                "In a vault. A vault is a locked folder for your accounts. It can be on this "
                "computer, or on a USB stick that you keep."
            )
        )
        self.add_subheading(self.tr("Who can read them"))
        self.add_text(
            self.tr(
                "Only someone who knows your passphrase. A passphrase is like a password made "
                "of a few words. Without it, everything in the vault is scrambled and cannot "
                "be read."
            )
        )
        self.add_subheading(self.tr("Nothing is sent anywhere"))
        self.add_text(
            self.tr(
                "Testimony does not use the internet. Nothing leaves this computer unless you "
                "choose to share it."
            )
        )
        self.add_text(
            self.tr(
                "If you need to hide Testimony quickly, press Quick exit at the top, or press "
                "Ctrl+Shift+Q."
            ),
            "muted",
        )
        self.create_button = make_button(
            self.tr("Make a vault"),
            self.tr("Make a new locked folder for your accounts"),
            primary=True,
        )
        self.open_button = make_button(
            self.tr("Open a vault I already have"),
            self.tr("Find a vault on this computer or on a USB stick"),
        )
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.set_actions(self.create_button, self.open_button)
        self.coalition_button = make_button(
            self.tr("I work for the coalition"),
            self.tr("Open or make a coalition workspace, to import what people share"),
        )
        self.coalition_button.clicked.connect(self.coalition_requested)
        self.add_buttons(self.coalition_button)
        self.shared_button = make_button(
            self.tr("This laptop is shared (drop-in)"),
            self.tr("Keep no list of vaults and show nobody's name, for many people in turn"),
        )
        self.shared_button.clicked.connect(self.shared_requested)
        self.add_buttons(self.shared_button)
        self.body.addStretch(1)

    def focus_first(self) -> None:
        self.create_button.setFocus()
