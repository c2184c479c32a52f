"""Turning a document into paper or a PDF, after saying plainly that neither is locked.

Shared by the readable copy and the letters. The PDF is made in memory and written only to
the file the person chose, in one step; printing goes to the printer Qt's dialog offers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from testimony.ui.evidence_pdf import print_to
from testimony.ui.file_dialogs import ask
from testimony.ui.record.common import body, bold, button, heading
from testimony.ui.record.pages import PageFrame


class PaperWarning(PageFrame):
    """ "This will not be locked": shown before every save and every print."""

    go_ahead = Signal()

    def __init__(self) -> None:
        super().__init__(with_break=False)
        self.setObjectName("paperWarning")
        self.title = heading("")
        self.content.addWidget(self.title)
        warning = bold(
            body(
                self.tr(
                    "The file will not be encrypted. Anyone who gets it can read everything in it."
                )
            )
        )
        warning.setObjectName("notEncrypted")
        self.content.addWidget(warning)
        self.content.addWidget(
            body(
                self.tr(
                    "Save it somewhere only you can reach, or give it straight to someone "
                    "you trust. Delete it when you no longer need it. A printer may keep a "
                    "copy too."
                )
            )
        )
        self.go = button("", "paperGo", primary=True)
        self.go.clicked.connect(self.go_ahead)
        self.cancel = button(self.tr("Go back"), "paperCancel")
        self.cancel.clicked.connect(self.back)
        self.action_row.addWidget(self.go)
        self.action_row.addWidget(self.cancel)
        self.finish_actions(with_leave=False)

    def ask_for(self, printing: bool) -> None:
        if printing:
            self.title.setText(self.tr("Print it?"))
            self.go.setText(self.tr("Choose a printer"))
        else:
            self.title.setText(self.tr("Save it as a PDF?"))
            self.go.setText(self.tr("Choose where to save"))
        self.title.setAccessibleName(self.title.text())
        self.go.setAccessibleName(self.go.text())
        self.go.setFocus(Qt.FocusReason.OtherFocusReason)


def choose_pdf_file(parent: QWidget, suggested: str, on_chosen: Callable[[Path], None]) -> None:
    def chosen(paths: list[Path]) -> None:
        target = paths[0]
        on_chosen(target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf"))

    ask(
        parent,
        QCoreApplication.translate("Paper", "Save as PDF (not encrypted)"),
        "save",
        chosen,
        suggested=suggested,
        name_filter=QCoreApplication.translate("Paper", "PDF files (*.pdf)"),
    )


def print_document(parent: QWidget, make: Callable[[], QTextDocument]) -> QPrintDialog:
    """Qt's print dialog, opened without a nested event loop; prints when accepted."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.accepted.connect(lambda: print_to(make(), printer))
    dialog.open()  # type: ignore[call-arg]  # QDialog.open(); the stub lists only the two-argument form
    return dialog
