"""The second step of a letter: the draft, for the person to read and change, then print
or save as a PDF after the warning that neither is encrypted. The draft lives only in
this box, in memory, until they save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from testimony.core.letters import Letter
from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.accounts.paper import PaperWarning, choose_pdf_file, print_document
from testimony.ui.evidence_pdf import document, letter_html, write_letter_pdf
from testimony.ui.messages import message_for
from testimony.ui.record.common import body, bold, button, error_label, heading
from testimony.ui.record.pages import PageFrame

EDITOR_HEIGHT = 460


class LetterEditPage(PageFrame):
    saved = Signal(Path)

    def __init__(self, letter: Letter, pages: PageStack) -> None:
        super().__init__(with_break=False)
        self.setObjectName("letterEdit")
        self.letter, self._pages = letter, pages
        title = (
            self.tr("Your letter: ask what they hold about you")
            if letter.kind == "access"
            else self.tr("Your letter: a complaint")
        )
        self.content.addWidget(heading(title))
        self.content.addWidget(
            body(
                self.tr(
                    "Read it all. Change anything you want: it is your letter. Take off the "
                    "notes at the end before you send it. This is not legal advice."
                )
            )
        )
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letterText")
        self.editor.setAccessibleName(self.tr("The letter"))
        self.editor.setAccessibleDescription(self.tr("You can change any of the words"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(letter.text)
        self.editor.setMinimumHeight(EDITOR_HEIGHT)
        self.content.addWidget(self.editor)
        warning = bold(
            body(
                self.tr(
                    "A saved or printed letter is not encrypted. Anyone who gets it can read it."
                )
            )
        )
        warning.setObjectName("letterWarning")
        self.content.addWidget(warning)
        self.message = body("")
        self.message.setObjectName("letterMessage")
        self.content.addWidget(self.message)
        self.error = error_label()
        self.content.addWidget(self.error)
        self.save_button = button(self.tr("Save as PDF"), "saveLetter", primary=True)
        self.save_button.clicked.connect(lambda: self.warn(printing=False))
        self.print_button = button(self.tr("Print"), "printLetter")
        self.print_button.clicked.connect(lambda: self.warn(printing=True))
        self.action_row.addWidget(self.save_button)
        self.action_row.addWidget(self.print_button)
        self.finish_actions(with_leave=False)

    def focus_first(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.editor.toPlainText()

    def warn(self, printing: bool) -> None:
        self.error.setText("")
        page = PaperWarning()
        page.ask_for(printing)
        page.go_ahead.connect(lambda: self._go(printing))
        self._pages.open(page)
        page.go.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go(self, printing: bool) -> None:
        self._pages.pop()
        if printing:
            self._dialog = print_document(self, self._document)
        else:
            name = self.tr("letter.pdf")
            choose_pdf_file(self, name, self.save_to)

    def _document(self) -> QTextDocument:
        return document(letter_html(self.text(), self.letter.headings))

    def save_to(self, target: Path) -> None:
        try:
            write_letter_pdf(self.text(), target, self.letter.headings)
        except Exception as exc:  # said in one sentence; nothing half-written is left
            self.error.setText(message_for(exc))
            return
        self.message.setText(self.tr("Saved the letter to %1.").replace("%1", str(target)))
        self.saved.emit(target)
