"""The second step of a letter: the draft, for the person to read and change, then print
or save as a PDF after the warning that neither is encrypted. The draft lives only in
this box, in memory, until they save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from testimony.core.letters import Letter
from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.accounts.paper import PaperPage
from testimony.ui.evidence_pdf import document, letter_html, write_letter_pdf

EDITOR_HEIGHT = 460


class LetterEditPage(PaperPage):
    def __init__(self, letter: Letter, pages: PageStack) -> None:
        super().__init__(pages)
        self.setObjectName("letterEdit")
        self.letter = letter
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letterText")
        self.editor.setAccessibleName(self.tr("The letter"))
        self.editor.setAccessibleDescription(self.tr("You can change any of the words"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(letter.text)
        self.editor.setMinimumHeight(EDITOR_HEIGHT)
        self.build(
            name="Letter",
            title=(
                self.tr("Your letter: ask what they hold about you")
                if letter.kind == "access"
                else self.tr("Your letter: a complaint")
            ),
            intro=self.tr(
                "Read it all. Change anything you want: it is your letter. Take off the "
                "notes at the end before you send it. This is not legal advice."
            ),
            shown=self.editor,
            warning=self.tr(
                "A saved or printed letter is not encrypted. Anyone who gets it can read it."
            ),
            file_name=self.tr("letter.pdf"),
            saved_words=self.tr("Saved the letter to %1."),
            buttons=(self.tr("Save as PDF"), self.tr("Print")),
        )

    def focus_first(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.editor.toPlainText()

    def document(self) -> QTextDocument:
        return document(letter_html(self.text(), self.letter.headings))

    def write_pdf(self, target: Path) -> None:
        write_letter_pdf(self.text(), target, self.letter.headings)
