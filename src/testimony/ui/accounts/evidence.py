"""The person's own evidence on the account page: their files, a readable copy and
letters. One section, added to the account view in one place (ui/accounts/view.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from testimony.core.letters import Letter, Sender
from testimony.services.evidence import (
    ReadableCopy,
    draft_letter,
    forget_sender,
    keep_sender,
    readable_copy,
    saved_sender,
)
from testimony.services.session import Session
from testimony.ui.accounts.attachments import AttachmentsPanel
from testimony.ui.accounts.copy_page import CopyPage
from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.language import current_language
from testimony.ui.letters.edit_page import LetterEditPage
from testimony.ui.letters.setup_page import LetterSetupPage
from testimony.ui.messages import message_for
from testimony.ui.record.common import body, button, error_label, guarded, heading
from testimony.ui.tasks import TaskRunner


class EvidenceSection(QWidget):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        account_id: int,
        stack: QStackedWidget,
        home: QWidget,
    ) -> None:
        super().__init__()
        self.setObjectName("evidence")
        self._session, self._runner, self._account_id = session, runner, account_id
        self.pages = PageStack(stack, home)
        self.files = AttachmentsPanel(session, runner, account_id, self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.files)
        layout.addWidget(heading(self.tr("Use your account"), 1.2))
        layout.addWidget(
            body(
                self.tr(
                    "Make a copy to give to someone who helps you, or write a letter to ask "
                    "what a service holds about you, or to complain."
                )
            )
        )
        self.error = error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.copy_button = button(self.tr("Make a readable copy"), "makeCopy")
        self.copy_button.clicked.connect(self.open_copy)
        self.letter_button = button(self.tr("Write a letter"), "writeLetterStart")
        self.letter_button.clicked.connect(self.open_letter)
        row.addWidget(self.copy_button)
        row.addWidget(self.letter_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._letter_setup: LetterSetupPage | None = None

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))

    # -- the copy -----------------------------------------------------------------------

    def open_copy(self) -> None:
        self.error.setText("")
        future = self._session.submit(readable_copy, self._account_id)
        self._runner.watch(future, guarded(self, self._show_copy), guarded(self, self._failed))

    def _show_copy(self, copy: ReadableCopy) -> None:
        self.pages.open(CopyPage(copy, self.pages))

    # -- letters ------------------------------------------------------------------------

    def open_letter(self) -> None:
        self.error.setText("")
        future = self._session.submit(saved_sender)
        self._runner.watch(future, guarded(self, self._show_setup), guarded(self, self._failed))

    def _show_setup(self, saved: Sender | None) -> None:
        # A Welsh-speaking person most likely writes to a Welsh body; the name decides first.
        page = LetterSetupPage(saved, "wales" if current_language() == "cy" else "england")
        page.write.connect(self._write)
        self._letter_setup = page
        self.pages.open(page)

    def _write(
        self, kind: str, organisation: str, org_type: str, nation: str, sender: Sender, keep: bool
    ) -> None:
        # Kept only when ticked; unticking forgets what was kept before.
        kept = (
            self._session.submit_write(keep_sender, sender)
            if keep
            else self._session.submit(forget_sender)
        )
        self._runner.watch(kept, lambda _done: None, guarded(self, self._setup_failed))
        # The letter in the language on screen, as the question set and consent are.
        future = self._session.submit(
            draft_letter,
            self._account_id,
            kind,
            organisation,
            org_type,
            sender,
            nation=nation,
            language=current_language(),
        )
        self._runner.watch(
            future, guarded(self, self._show_letter), guarded(self, self._setup_failed)
        )

    def _setup_failed(self, exc: BaseException) -> None:
        # Said where the person is: on the letter's first page, if it is still open.
        page = self._letter_setup
        if page is not None and isValid(page) and self.pages.top is page:
            page.error.setText(message_for(exc))
        else:
            self._failed(exc)

    def _show_letter(self, letter: Letter) -> None:
        page = LetterEditPage(letter, self.pages)
        self.pages.open(page)
        page.editor.setFocus(Qt.FocusReason.OtherFocusReason)
