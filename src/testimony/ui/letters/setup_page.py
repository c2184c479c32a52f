"""The first step of a letter: which letter, to whom, and from whom.

The name and address are typed for this letter. They are kept in the vault only if the
person ticks the box, and never leave in an export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from testimony.core.letters import NATIONS, ORGANISATION_TYPES, Sender, guess_nation, guess_type
from testimony.ui.record.common import body, bold, button, error_label, heading, option_row
from testimony.ui.record.pages import PageFrame


class LetterSetupPage(PageFrame):
    """Emits `write` with (kind, organisation, organisation type, nation, sender, keep
    sender)."""

    write = Signal(str, str, str, str, object, bool)

    def __init__(self, saved: Sender | None, default_nation: str = "england") -> None:
        super().__init__(with_break=False)
        self.setObjectName("letterSetup")
        self.content.addWidget(heading(self.tr("Write a letter")))
        self.content.addWidget(
            body(
                self.tr(
                    "Testimony writes a first draft from your account. You can read it and "
                    "change anything before you print or save it."
                )
            )
        )
        self.content.addWidget(bold(body(self.tr("Which letter?"))))
        self.kinds = QButtonGroup(self)
        self.access = QRadioButton()
        self.access.setObjectName("kindAccess")
        self.complaint = QRadioButton()
        self.complaint.setObjectName("kindComplaint")
        for radio, text, kind in (
            (
                self.access,
                self.tr("Ask what they hold about me (a subject access request)"),
                "access",
            ),
            (self.complaint, self.tr("Make a complaint"), "complaint"),
        ):
            radio.setProperty("kind", kind)
            self.kinds.addButton(radio)
            self.content.addWidget(option_row(radio, text))
        self.access.setChecked(True)

        self.organisation = self._line(
            self.tr("Who is it to?"),
            self.tr("For example: Anytown NHS Foundation Trust, or Anytown Police"),
            "organisation",
        )
        self.organisation.textEdited.connect(self._guess)
        self.org_type = QComboBox()
        self.org_type.setObjectName("organisationType")
        for type_id, words in zip(ORGANISATION_TYPES, self._type_words(), strict=True):
            self.org_type.addItem(words, type_id)
        self._labelled(self.tr("What kind of organisation is it?"), self.org_type)
        self._type_chosen = False
        self.org_type.activated.connect(lambda _i: setattr(self, "_type_chosen", True))
        # Where it is decides the complaint route (NHS Wales has its own): asked apart from
        # the language, since either language is used on both sides of the border.
        self.nation = QComboBox()
        self.nation.setObjectName("organisationNation")
        for nation_id, words in zip(NATIONS, self._nation_words(), strict=True):
            self.nation.addItem(words, nation_id)
        self._default_nation = default_nation
        self.nation.setCurrentIndex(NATIONS.index(default_nation))
        self._labelled(self.tr("Where is it?"), self.nation)
        self._nation_chosen = False
        self.nation.activated.connect(lambda _i: setattr(self, "_nation_chosen", True))

        self.content.addWidget(
            body(
                self.tr(
                    "Your name and address go at the top of the letter, so they can reply. "
                    "They are not shared with anyone else."
                )
            )
        )
        self.name = self._line(self.tr("Your name"), "", "senderName")
        self.address = QPlainTextEdit()
        self.address.setObjectName("senderAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 5)
        self._labelled(self.tr("Your address"), self.address)
        self.keep = QCheckBox()
        self.keep.setObjectName("keepSender")
        self.content.addWidget(
            option_row(
                self.keep,
                self.tr("Keep my name and address in this vault for my next letter"),
            )
        )
        if saved is not None:
            self.name.setText(saved.name)
            self.address.setPlainText(saved.address)
            self.keep.setChecked(True)

        self.error = error_label()
        self.content.addWidget(self.error)
        self.write_button = button(self.tr("Write the letter"), "writeLetter", primary=True)
        self.write_button.clicked.connect(self._write)
        self.action_row.addWidget(self.write_button)
        self.finish_actions(with_leave=False)

    def _type_words(self) -> list[str]:
        return [
            self.tr("An NHS trust or hospital"),
            self.tr("A GP practice"),
            self.tr("An ambulance service"),
            self.tr("A police force"),
            self.tr("A council"),
        ]

    def _nation_words(self) -> list[str]:
        return [self.tr("In England"), self.tr("In Wales")]

    def _line(self, label: str, hint: str, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        if hint:
            field.setPlaceholderText(hint)
            field.setAccessibleDescription(hint)
        self._labelled(label, field)
        return field

    def _labelled(self, label: str, field) -> None:
        words = QLabel(label)
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setBuddy(field)
        field.setAccessibleName(label)
        self.content.addWidget(bold(words))
        self.content.addWidget(field)

    def _guess(self, text: str) -> None:
        if not self._type_chosen:
            self.org_type.setCurrentIndex(ORGANISATION_TYPES.index(guess_type(text)))
        if not self._nation_chosen:
            nation = guess_nation(text, self._default_nation)
            self.nation.setCurrentIndex(NATIONS.index(nation))

    def focus_first(self) -> None:
        self.access.setFocus(Qt.FocusReason.OtherFocusReason)

    def kind(self) -> str:
        return "complaint" if self.complaint.isChecked() else "access"

    def _write(self) -> None:
        organisation = self.organisation.text().strip()
        if not organisation:
            self.error.setText(self.tr("Write the name of the organisation first."))
            self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.setText("")
        sender = Sender(self.name.text().strip(), self.address.toPlainText().strip())
        self.write.emit(
            self.kind(),
            organisation,
            str(self.org_type.currentData()),
            str(self.nation.currentData()),
            sender,
            self.keep.isChecked(),
        )
