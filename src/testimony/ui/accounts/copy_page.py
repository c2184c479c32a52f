"""A readable copy of one account: shown first, then printed or saved as a PDF after the
plain warning that the copy is not encrypted. Nothing reaches the disk until the person
has chosen a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from testimony.services.evidence import ReadableCopy
from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.accounts.paper import PaperWarning, choose_pdf_file, print_document
from testimony.ui.evidence_pdf import copy_html, document, write_copy_pdf
from testimony.ui.messages import message_for
from testimony.ui.record.common import body, bold, button, error_label, heading
from testimony.ui.record.pages import PageFrame

PREVIEW_HEIGHT = 420


class CopyPage(PageFrame):
    saved = Signal(Path)

    def __init__(self, copy: ReadableCopy, pages: PageStack) -> None:
        super().__init__(with_break=False)
        self.setObjectName("copyPage")
        self.copy, self._pages = copy, pages
        self.content.addWidget(heading(self.tr("Make a readable copy")))
        self.content.addWidget(
            body(
                self.tr(
                    "This is a copy of your account to print or keep as a PDF. It has your own "
                    "words, with nothing taken out. You could give it to a solicitor or an "
                    "advocate."
                )
            )
        )
        self.preview = QTextBrowser()
        self.preview.setObjectName("copyPreview")
        self.preview.setAccessibleName(self.tr("What the copy will say"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setHtml(copy_html(copy))
        self.preview.setMinimumHeight(PREVIEW_HEIGHT)
        self.content.addWidget(self.preview)
        warning = bold(body(self.tr("The copy is not encrypted. Anyone who gets it can read it.")))
        warning.setObjectName("copyWarning")
        self.content.addWidget(warning)
        self.message = body("")
        self.message.setObjectName("copyMessage")
        self.content.addWidget(self.message)
        self.error = error_label()
        self.content.addWidget(self.error)
        self.save_button = button(self.tr("Save as PDF"), "saveCopy", primary=True)
        self.save_button.clicked.connect(lambda: self.warn(printing=False))
        self.print_button = button(self.tr("Print"), "printCopy")
        self.print_button.clicked.connect(lambda: self.warn(printing=True))
        self.action_row.addWidget(self.save_button)
        self.action_row.addWidget(self.print_button)
        self.finish_actions(with_leave=False)

    def focus_first(self) -> None:
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def warn(self, printing: bool) -> None:
        """Say plainly that the copy is not locked; go on only if the person says so."""
        self.error.setText("")
        page = PaperWarning()
        page.ask_for(printing)
        page.go_ahead.connect(lambda: self._go(printing))
        self._pages.open(page)
        page.go.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go(self, printing: bool) -> None:
        self._pages.pop()  # back to the copy, then the printer or the file picker
        if printing:
            self._dialog = print_document(self, self._document)
        else:
            choose_pdf_file(self, self.tr("my-account.pdf"), self.save_to)

    def _document(self) -> QTextDocument:
        return document(copy_html(self.copy))

    def save_to(self, target: Path) -> None:
        try:
            write_copy_pdf(self.copy, target)
        except Exception as exc:  # said in one sentence; nothing half-written is left
            self.error.setText(message_for(exc))
            return
        self.message.setText(self.tr("Saved the copy to %1.").replace("%1", str(target)))
        self.saved.emit(target)
