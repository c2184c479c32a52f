"""Every file and folder picker the app shows.

Qt's own dialog (so locking can close it like any other window), opened with open() — never
exec() or the static get…FileName helpers, which spin a nested event loop — and leaving no
list of visited folders behind: Qt writes those to QtProject.conf in the clear when a dialog
closes, and where someone keeps their files is theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

Mode = Literal["folder", "open", "open_many", "save"]


def forget_places() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited", "shortcuts"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def make_dialog(
    parent: QWidget, title: str, mode: Mode, suggested: str = "", name_filter: str = ""
) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.destroyed.connect(forget_places)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        # Callers refuse to replace a file themselves, with clear words.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    elif mode == "open_many":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if suggested:
        dialog.selectFile(suggested)
    if name_filter:
        dialog.setNameFilter(name_filter)
    return dialog


def ask(
    parent: QWidget,
    title: str,
    mode: Mode,
    on_chosen: Callable[[list[Path]], None],
    suggested: str = "",
    name_filter: str = "",
) -> QFileDialog:
    """Show a picker; on_chosen gets the chosen paths (never called if cancelled)."""
    dialog = make_dialog(parent, title, mode, suggested, name_filter)

    def chosen(names: list[str]) -> None:
        if names:
            on_chosen([Path(n) for n in names])

    dialog.filesSelected.connect(chosen)
    dialog.open()
    return dialog
