"""Making a visitor's vault on a shared laptop: where they choose, with removable drives
listed first (found by ui/drives.py through QStorageInfo), and words that say honestly
where it will be: "on your USB stick" or "on this laptop" (issue 12).

Both looks at the drives (which sticks are plugged in, and whether a folder the person
chose is on one) run on the runner's thread: a stick being pulled out or a sleeping network
drive can hold them up for seconds (docs/architecture.md, "Threads"). Until the list comes
nothing is chosen and nothing is said about where, so no wrong words show first; an answer
that a newer look has overtaken is dropped, and one that comes after the person has chosen
for themselves leaves their choice alone.
"""

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
        self._group.buttonClicked.connect(self._person_chose)
        self._looks = 0  # which look at the drives is the newest: older answers are dropped
        self._chose_meanwhile = False  # the person chose a place while a look was out
        self._submit_when_listed = False
        self._folder_on_stick: tuple[Path, bool] | None = None  # the chosen folder, answered
        self.refresh_drives()

    def refresh_drives(self) -> None:
        """Look for the removable drives now plugged in, off the GUI thread; they are listed
        first, and the first of them chosen, when the answer comes (_list_drives)."""
        self._looks += 1
        look = self._looks
        self._chose_meanwhile = False
        self._runner.run(
            removable_drives,
            on_done=lambda drives: self._list_drives(look, drives),
            on_error=lambda _exc: self._list_drives(look, []),
            owner=self,
        )

    def _list_drives(self, look: int, drives: list[Drive]) -> None:
        if look != self._looks:
            return  # a newer look is out: its answer is the one to show
        was = self._chosen_drive()
        kept = self._group.checkedButton() if self._chose_meanwhile else None
        for radio, _drive in self._drives:
            self._group.removeButton(radio)
            radio.deleteLater()
        self._drives = []
        for drive in drives:
            radio = QRadioButton(self.tr("On the USB stick “{0}”").format(drive.name))
            radio.setAccessibleName(radio.text())
            radio.setEnabled(self.here.isEnabled())  # not while the vault is being made
            self._group.addButton(radio)
            self._drive_rows.addWidget(radio)
            self._drives.append((radio, drive))
        arrows_choose(self.here, self.elsewhere, *(r for r, _d in self._drives))
        same = [r for r, d in self._drives if was is not None and d.root == was.root]
        if kept in (self.here, self.elsewhere):
            kept.setChecked(True)  # the person chose while we looked: theirs stands
        elif kept is not None and same:
            same[0].setChecked(True)  # the stick they chose is still there
        elif self._drives:
            self._drives[0][0].setChecked(True)
        elif self._chosen_folder is not None:
            self.elsewhere.setChecked(True)
        else:
            self.here.setChecked(True)
        self._show_place()
        if self._submit_when_listed:
            self._submit_when_listed = False
            self.submit()

    def _person_chose(self, _radio: object) -> None:
        self._chose_meanwhile = True

    def reset(self) -> None:
        super().reset()
        self.name.setText(self.tr("My accounts"))
        self._chosen_folder = None
        self._folder_on_stick = None
        self._submit_when_listed = False
        self._choose_nothing()
        self.refresh_drives()

    def _choose_nothing(self) -> None:
        """No sticks and nothing chosen, until the new look answers: none of the last
        person's choice, and no "on this laptop" that a stick would then take back."""
        for radio, _drive in self._drives:
            self._group.removeButton(radio)
            radio.deleteLater()
        self._drives = []
        self._group.setExclusive(False)  # an exclusive group cannot be left with none
        for radio in (self.here, self.elsewhere):
            radio.setChecked(False)
        self._group.setExclusive(True)
        self._show_place()

    def submit(self) -> None:
        if self._group.checkedButton() is None:
            # Pressed before the drives were listed: made as soon as they are, in the
            # place the list chooses (as it would have been a moment later).
            self._submit_when_listed = True
            return
        super().submit()

    def _folder_chosen(self, folder: str) -> None:
        if folder:
            chosen = Path(folder)
            self._runner.run(
                is_removable,
                chosen,
                on_done=lambda on_stick: self._folder_looked_at(chosen, on_stick),
                on_error=lambda _exc: self._folder_looked_at(chosen, False),
                owner=self,
            )
            self._chose_meanwhile = True
        super()._folder_chosen(folder)

    def _folder_looked_at(self, folder: Path, on_stick: bool) -> None:
        if folder == self._chosen_folder:  # else the person has chosen another since
            self._folder_on_stick = (folder, on_stick)
            self._show_place()

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
        folder, answered = self._chosen_folder, self._folder_on_stick
        if drive is not None:
            text = self.tr("It will be kept on your USB stick.")
        elif self.here.isChecked():
            text = self.tr("It will be kept on this laptop, in: {0}").format(
                str(default_vault_parent())
            )
        elif not self.elsewhere.isChecked():
            text = ""  # nothing chosen yet: the drives are still being listed
        elif folder is None:
            text = self.tr("No folder chosen yet.")
        elif answered is None or answered[0] != folder:
            text = ""  # the chosen folder is still being looked at
        elif answered[1]:
            text = self.tr("It will be kept on your USB stick.")
        else:
            text = self.tr("It will be kept on this laptop, in: {0}").format(str(folder))
        self.place_text.setText(text)
