"""The "people and places I mention" list: details the person gives so that redaction finds
them in their words, however they are written. Kept only inside the encrypted vault."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from testimony.core.redaction import KnownDetails
from testimony.ui.page import show_error
from testimony.ui.record.common import body, bold, button, error_label

LISTS = ("own_names", "nicknames", "people", "places")
SINGLE = ("address", "postcode", "phone", "email", "nhs_number", "date_of_birth")
_DATE_PARTS = re.compile(r"^\s*(\d{1,4})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{1,4})\s*$")


def parse_birth_date(text: str) -> str | None:
    """'27 3 1990', '27/03/1990' or '1990-03-27' as '1990-03-27'; None if it is not a date."""
    m = _DATE_PARTS.match(text)
    if not m:
        return None
    a, b, c = m.groups()
    year, month, day = (int(a), int(b), int(c)) if len(a) == 4 else (int(c), int(b), int(a))
    try:
        return date(year, month, day).isoformat() if year >= 1900 else None
    except ValueError:
        return None


def split_names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in re.split(r"[,;\n]", text) if p.strip()))


class KnownDetailsEditor(QFrame):
    """Fields for each kind of detail, and one button to save them and look again."""

    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knownDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(bold(body(self.tr("People and places I mention"))))
        layout.addWidget(
            body(
                self.tr(
                    "Tell us names and details you want taken out, and we will look for them "
                    "in everything you share. They stay locked on this computer. They never "
                    "leave. You can leave any box empty."
                )
            )
        )
        many = self.tr("Separate them with commas.")
        words = {
            "own_names": (self.tr("Your name"), self.tr("First name and last name.")),
            "nicknames": (self.tr("Names people call you"), many),
            "people": (
                self.tr("People you mention"),
                self.tr("For example, staff, family or friends.") + " " + many,
            ),
            "places": (
                self.tr("Places you mention"),
                self.tr("For example, wards, police stations or streets.") + " " + many,
            ),
            "address": (self.tr("Your address"), ""),
            "postcode": (self.tr("Your postcode"), ""),
            "phone": (self.tr("Your phone number"), ""),
            "email": (self.tr("Your email address"), ""),
            "nhs_number": (self.tr("Your NHS number"), self.tr("It is 10 numbers long.")),
            "date_of_birth": (
                self.tr("Your date of birth"),
                self.tr("Day, month and year, for example 27 3 1990."),
            ),
        }
        self.fields: dict[str, QLineEdit] = {}
        for key, (label, hint) in words.items():
            self.fields[key] = self._field(layout, key, label, hint)
        self.error = error_label()
        self.error.hide()
        layout.addWidget(self.error)
        self.save_button = button(
            self.tr("Save and look again"),
            "saveKnown",
            description=self.tr("Save this list and look for these details in your words again"),
        )
        self.save_button.clicked.connect(self._save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _field(self, layout: QVBoxLayout, key: str, label: str, hint: str) -> QLineEdit:
        title = bold(body(label))
        layout.addSpacing(6)
        layout.addWidget(title)
        if hint:
            help_text = body(hint)
            help_text.setProperty("role", "muted")
            layout.addWidget(help_text)
        field = QLineEdit()
        field.setObjectName(f"known_{key}")
        field.setAccessibleName(label)
        if hint:
            field.setAccessibleDescription(hint)
        title.setBuddy(field)
        layout.addWidget(field)
        return field

    def set_details(self, known: KnownDetails) -> None:
        for key in LISTS:
            self.fields[key].setText(", ".join(getattr(known, key)))
        for key in SINGLE:
            value = getattr(known, key) or ""
            if key == "date_of_birth" and value:
                y, m, d = value.split("-")
                value = f"{int(d)} {int(m)} {y}"
            self.fields[key].setText(value)
        show_error(self.error, "")

    def details(self) -> dict | None:
        """What was typed, ready for save_known; None (and an error shown) if a box is wrong."""
        out: dict = {key: split_names(self.fields[key].text()) for key in LISTS}
        for key in SINGLE:
            out[key] = self.fields[key].text().strip() or None
        if out["date_of_birth"]:
            born = parse_birth_date(out["date_of_birth"])
            if born is None:
                show_error(
                    self.error,
                    self.tr(
                        "Write your date of birth as day, month and year, for example 27 3 1990."
                    ),
                )
                self.fields["date_of_birth"].setFocus()
                return None
            out["date_of_birth"] = born
        show_error(self.error, "")
        return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items()}

    def _save(self) -> None:
        found = self.details()
        if found is not None:
            self.save_requested.emit(found)
