"""Later runs: choose one of the vaults on this computer, open one from anywhere (a USB
stick), or make another. In discreet mode there is no list to choose from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from testimony.services.folders import vault_at, vault_in, vaults_present
from testimony.services.vault_folder import vault_paths
from testimony.ui.create_vault import make_folder_dialog
from testimony.ui.messages import message_for_code
from testimony.ui.page import Page, error_label, make_button, show_error
from testimony.ui.tasks import TaskRunner

PATH_ROLE = Qt.ItemDataRole.UserRole


class VaultChooserPage(Page):
    open_vault = Signal(Path)
    create_requested = Signal()
    forget_requested = Signal(Path)
    coalition_requested = Signal()
    shared_requested = Signal()  # shared-laptop mode, before any vault is open (issue 12)
    restore_requested = Signal()  # open a backup copy

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner  # folders are looked at on its thread, never here
        self.add_heading(self.tr("Choose a vault"))
        self.intro = self.add_text("")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Vaults on this computer"))
        self.list.setAccessibleDescription(self.tr("Choose a vault, then press Open"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self._open_selected())
        self.body.addWidget(self.list)
        self.error = error_label()
        self.body.addWidget(self.error)
        self.open_button = make_button(
            self.tr("Open"), self.tr("Open the chosen vault"), primary=True
        )
        self.open_button.setDefault(True)
        self.forget_button = make_button(
            self.tr("Remove from this list"),
            self.tr("Testimony forgets where the vault is. The vault itself is not deleted."),
        )
        self.add_buttons(self.open_button, self.forget_button)
        self.browse_button = make_button(
            self.tr("Open a vault from another place…"),
            self.tr("Find a vault folder, for example on a USB stick"),
        )
        self.create_button = make_button(self.tr("Make a new vault"))
        self.add_buttons(self.browse_button, self.create_button)
        self.restore_button = make_button(
            self.tr("Open a backup copy…"), self.tr("Make a vault again from a backup copy")
        )
        self.restore_button.clicked.connect(self.restore_requested)
        self.add_buttons(self.restore_button)
        self.coalition_button = make_button(
            self.tr("Open a coalition workspace"),
            self.tr("For coalition staff: import and look at what people share"),
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
        self.open_button.clicked.connect(self._open_selected)
        self.forget_button.clicked.connect(self._forget_selected)
        self.browse_button.clicked.connect(self._browse)
        self.create_button.clicked.connect(self.create_requested)

    def set_vaults(self, folders: list[str], discreet: bool) -> None:
        """Fill the list; a vault that cannot be found now (stick not in) is still listed."""
        show_error(self.error, "")
        self.list.clear()
        paths = [Path(folder) for folder in folders]
        for path in paths:
            item = QListWidgetItem()
            item.setData(PATH_ROLE, str(path))
            self.list.addItem(item)
            self._describe(item, path, here=True)  # until the look at the folders says
        if paths:
            self._runner.run(
                vaults_present, paths, on_done=lambda found: self._found(paths, found), owner=self
            )
        has_list = bool(folders) and not discreet
        self.shared_button.setVisible(not discreet)
        self.list.setVisible(has_list)
        self.open_button.setVisible(has_list)
        self.forget_button.setVisible(has_list)
        if has_list:
            self.list.setCurrentRow(0)
            self.intro.setText(
                self.tr("A vault is a locked folder for your accounts. Choose one to open.")
            )
        elif discreet:
            self.intro.setText(
                self.tr(
                    "No list of vaults is kept here. Find your vault's folder to open it, "
                    "for example on your USB stick."
                )
            )
        else:
            self.intro.setText(self.tr("Find your vault's folder to open it, or make a new one."))

    def _found(self, paths: list[Path], found: tuple[bool, ...]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            path = Path(item.data(PATH_ROLE))
            if path in paths:
                self._describe(item, path, here=found[paths.index(path)])

    def _describe(self, item: QListWidgetItem, path: Path, *, here: bool) -> None:
        name = vault_paths(path).name
        if here:
            text = self.tr("{0}\nin {1}").format(name, str(path.parent))
        else:
            text = self.tr("{0}\nCannot be found now. Is the USB stick in?").format(name)
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))

    def focus_first(self) -> None:
        if self.list.isVisible() and self.list.count():
            self.list.setFocus()
        else:
            self.browse_button.setFocus()

    def _selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _open_selected(self) -> None:
        path = self._selected()
        if path is None:
            show_error(self.error, self.tr("Choose a vault from the list first."))
        else:
            self._runner.run(vault_at, path, on_done=self._open_found, owner=self)

    def _open_found(self, path: Path | None) -> None:
        if path is None:
            show_error(self.error, message_for_code("vault_not_found"))
        else:
            show_error(self.error, "")
            self.open_vault.emit(path)

    def _forget_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self.forget_requested.emit(path)

    def _browse(self) -> None:
        dialog = make_folder_dialog(self, self.tr("Find your vault's folder"))
        dialog.fileSelected.connect(self.open_folder)
        dialog.open()

    def open_folder(self, folder: str) -> None:
        """Open a folder someone picked: the vault itself, or a folder with one vault in."""
        if folder:
            self._runner.run(vault_in, Path(folder), on_done=self._open_found, owner=self)
