"""A readable copy of one account: shown first, then printed or saved as a PDF after the
plain warning that the copy is not encrypted. Nothing reaches the disk until the person
has chosen a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from testimony.services.evidence import ReadableCopy
from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.accounts.paper import PaperPage
from testimony.ui.evidence_pdf import copy_html, document, write_copy_pdf

PREVIEW_HEIGHT = 420


class CopyPage(PaperPage):
    def __init__(self, copy: ReadableCopy, pages: PageStack) -> None:
        super().__init__(pages)
        self.setObjectName("copyPage")
        self.copy = copy
        self.preview = QTextBrowser()
        self.preview.setObjectName("copyPreview")
        self.preview.setAccessibleName(self.tr("What the copy will say"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setHtml(copy_html(copy))
        self.preview.setMinimumHeight(PREVIEW_HEIGHT)
        self.build(
            name="Copy",
            title=self.tr("Make a readable copy"),
            intro=self.tr(
                "This is a copy of your account to print or keep as a PDF. It has your own "
                "words, with nothing taken out. You could give it to a solicitor or an "
                "advocate."
            ),
            shown=self.preview,
            warning=self.tr("The copy is not encrypted. Anyone who gets it can read it."),
            file_name=self.tr("my-account.pdf"),
            saved_words=self.tr("Saved the copy to %1."),
            buttons=(self.tr("Save as PDF"), self.tr("Print")),
        )

    def focus_first(self) -> None:
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def document(self) -> QTextDocument:
        return document(copy_html(self.copy))

    def write_pdf(self, target: Path) -> None:
        write_copy_pdf(self.copy, target)
