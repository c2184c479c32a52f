"""The two settings a drop-in sets before the first visitor: shared-laptop mode and
discreet mode. Both live in app-settings.json, outside every vault, so they work before any
vault is open (issue 12). Shown on the Settings page, locked or not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from testimony.services.app_settings import AppSettings
from testimony.ui.page import make_label
from testimony.ui.widgets import wrapping_box


class LaptopOptions(QWidget):
    def __init__(
        self,
        settings: AppSettings,
        changed: Callable[[AppSettings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._changed = changed
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(make_label(self.tr("This laptop"), "subheading"))
        self.shared = _check(self.tr("Shared laptop (for a drop-in)"), settings.shared_laptop)
        shared_hint = make_label(
            self.tr(
                "For a laptop that many people use, one after another. It keeps no list of "
                "vaults and shows nobody's name or folder. Each person keeps their vault on "
                "their own USB stick, and hands over at the end."
            ),
            "muted",
        )
        self.shared.setAccessibleDescription(shared_hint.text())
        self.discreet = _check(self.tr("Discreet mode"), settings.discreet)
        discreet_hint = make_label(
            self.tr(
                "The window and its pages are called “Notes”, with no other name on "
                "screen, and no list of vaults is kept. Files you save get plain names."
            ),
            "muted",
        )
        self.discreet.setAccessibleDescription(discreet_hint.text())
        for w in (
            wrapping_box(self.shared),
            shared_hint,
            wrapping_box(self.discreet),
            discreet_hint,
        ):
            box.addWidget(w)
        self.shared.toggled.connect(self._toggled)
        self.discreet.toggled.connect(self._toggled)

    def _toggled(self) -> None:
        updated = self._settings.with_shared_laptop(self.shared.isChecked()).with_discreet(
            self.discreet.isChecked()
        )
        self._settings = updated
        self._changed(updated)


def _check(text: str, checked: bool) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text)
    box.setChecked(checked)
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return box
