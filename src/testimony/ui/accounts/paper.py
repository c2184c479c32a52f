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

from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.evidence_pdf import print_to
from testimony.ui.file_dialogs import ask
from testimony.ui.messages import message_for
from testimony.ui.record.common import body, bold, button, error_label, heading
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


class PaperPage(PageFrame):
    """The skeleton of a page that shows something to take away on paper or as a PDF (the
    readable copy, a letter): a heading and a line of help, what is shown, the warning that
    the result is not encrypted, and Save as PDF and Print, each behind PaperWarning.

    A subclass calls `build()` with its own words (translated in its own context) and says
    how to make the document and write the PDF."""

    saved = Signal(Path)

    def __init__(self, pages: PageStack) -> None:
        super().__init__(with_break=False)
        self._pages = pages
        self._dialog: QPrintDialog | None = None

    def build(
        self,
        *,
        name: str,
        title: str,
        intro: str,
        shown: QWidget,
        warning: str,
        file_name: str,
        saved_words: str,
        buttons: tuple[str, str],
    ) -> None:
        """`name` ("Copy") names the parts for tests and screen readers (copyWarning,
        saveCopy, …); `saved_words` says where it went, with %1 for the file; `buttons` are
        the words for Save as PDF and Print. Every word comes from the subclass: Qt looks
        up a translation under the class the object is, so words translated here would be
        looked for under a context that lupdate never filed them in."""
        self._file_name, self._saved_words = file_name, saved_words
        self.content.addWidget(heading(title))
        self.content.addWidget(body(intro))
        self.content.addWidget(shown)
        said = bold(body(warning))
        said.setObjectName(f"{name.lower()}Warning")
        self.content.addWidget(said)
        self.message = body("")
        self.message.setObjectName(f"{name.lower()}Message")
        self.content.addWidget(self.message)
        self.error = error_label()
        self.content.addWidget(self.error)
        self.save_button = button(buttons[0], f"save{name}", primary=True)
        self.save_button.clicked.connect(lambda: self.warn(printing=False))
        self.print_button = button(buttons[1], f"print{name}")
        self.print_button.clicked.connect(lambda: self.warn(printing=True))
        self.action_row.addWidget(self.save_button)
        self.action_row.addWidget(self.print_button)
        self.finish_actions(with_leave=False)

    def document(self) -> QTextDocument:
        raise NotImplementedError

    def write_pdf(self, target: Path) -> None:
        raise NotImplementedError

    def warn(self, printing: bool) -> None:
        """Say plainly that the result is not locked; go on only if the person says so."""
        self.error.setText("")
        page = PaperWarning()
        page.ask_for(printing)
        page.go_ahead.connect(lambda: self._go(printing))
        self._pages.open(page)
        page.go.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go(self, printing: bool) -> None:
        self._pages.pop()  # back to this page, then the printer or the file picker
        if printing:
            self._dialog = print_document(self, self.document)
        else:
            choose_pdf_file(self, self._file_name, self.save_to)

    def save_to(self, target: Path) -> None:
        try:
            self.write_pdf(target)
        except Exception as exc:  # said in one sentence; nothing half-written is left
            self.error.setText(message_for(exc))
            return
        self.message.setText(self._saved_words.replace("%1", str(target)))
        self.saved.emit(target)
