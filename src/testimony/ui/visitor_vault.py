"""Making a visitor's vault on a shared laptop: where they choose, with removable drives
listed first (found by ui/drives.py through QStorageInfo), and words that say honestly
where it will be: "on your USB stick" or "on this laptop" (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from testimony.services.app_settings import default_vault_parent, vault_folder_name
from testimony.ui.create_vault import CreateVaultPage
from testimony.ui.drives import Drive, is_removable, removable_drives
from testimony.ui.keyboard import arrows_choose
from testimony.ui.page import make_button, make_label
from testimony.ui.tasks import TaskRunner


class VisitorVaultPage(CreateVaultPage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)

    def _build_place(self) -> None:
        # Called by CreateVaultPage.__init__, in its place in the page.
        self._drives: list[tuple[QRadioButton, Drive]] = []
        self.body.addWidget(make_label(self.tr("Where to keep it"), "subheading"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "Your own USB stick is best: you take it with you, and nothing of it "
                    "stays on this laptop."
                ),
                "muted",
            )
        )
        self._group = QButtonGroup(self)
        self._drive_rows = QVBoxLayout()
        self.body.addLayout(self._drive_rows)
        self.elsewhere = QRadioButton(self.tr("Another folder I choose"))
        self.elsewhere.setAccessibleName(self.tr("Another folder I choose"))
        self.here = QRadioButton(self.tr("On this laptop (it stays here after you go)"))
        self.here.setAccessibleName(self.here.text())
        for radio in (self.elsewhere, self.here):
            self._group.addButton(radio)
            self.body.addWidget(radio)
        self.choose_button = make_button(
            self.tr("Choose a folder…"), self.tr("Choose where to keep the vault")
        )
        self.choose_button.clicked.connect(self._choose_folder)
        self.refresh_button = make_button(
            self.tr("Look for USB sticks again"),
            self.tr("Press this after putting a USB stick in"),
        )
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.add_buttons(self.choose_button, self.refresh_button)
        self.place_text = make_label("", "muted")
        self.body.addWidget(self.place_text)
        self._group.buttonToggled.connect(lambda _b, _on: self._show_place())
        self.refresh_drives()

    def refresh_drives(self) -> None:
        """List the removable drives now plugged in, first, and choose the first of them."""
        for radio, _drive in self._drives:
            self._group.removeButton(radio)
            radio.deleteLater()
        self._drives = []
        for drive in removable_drives():
            radio = QRadioButton(self.tr("On the USB stick “{0}”").format(drive.name))
            radio.setAccessibleName(radio.text())
            self._group.addButton(radio)
            self._drive_rows.addWidget(radio)
            self._drives.append((radio, drive))
        arrows_choose(self.here, self.elsewhere, *(r for r, _d in self._drives))
        if self._drives:
            self._drives[0][0].setChecked(True)
        elif self._chosen_folder is not None:
            self.elsewhere.setChecked(True)
        else:
            self.here.setChecked(True)
        self._show_place()

    def reset(self) -> None:
        super().reset()
        self.name.setText(self.tr("My accounts"))
        self._chosen_folder = None
        self.refresh_drives()

    def target(self) -> Path:
        drive = self._chosen_drive()
        if drive is not None:
            return drive.root / vault_folder_name(self.name.text())
        return super().target()

    def _chosen_drive(self) -> Drive | None:
        return next((d for r, d in self._drives if r.isChecked()), None)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for radio, _drive in getattr(self, "_drives", []):
            radio.setEnabled(not busy)

    def _show_place(self) -> None:
        drive = self._chosen_drive()
        if drive is not None:
            text = self.tr("It will be kept on your USB stick.")
        elif self.here.isChecked():
            text = self.tr("It will be kept on this laptop, in: {0}").format(
                str(default_vault_parent())
            )
        elif self._chosen_folder is None:
            text = self.tr("No folder chosen yet.")
        elif is_removable(self._chosen_folder):
            text = self.tr("It will be kept on your USB stick.")
        else:
            text = self.tr("It will be kept on this laptop, in: {0}").format(
                str(self._chosen_folder)
            )
        self.place_text.setText(text)
