"""One account, read back: every question and answer, who can see it, and what can be done
with it (carry on, change who can see it, delete)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from testimony.core.consent import wording
from testimony.core.errors import FormError
from testimony.core.forms import Form, load_form, short_title
from testimony.core.types import Account, Status
from testimony.services.accounts import delete_account
from testimony.services.drafts import AccountDetail, account_detail
from testimony.services.session import Session
from testimony.ui.accounts.evidence import EvidenceSection
from testimony.ui.accounts.recordings import RecordingsList
from testimony.ui.language import current_language
from testimony.ui.record.common import (
    body,
    bold,
    button,
    error_label,
    error_text,
    format_stamp,
    guarded,
    heading,
    show_error,
    unknown_form_text,
    user_text,
)
from testimony.ui.record.pages import PageFrame
from testimony.ui.record.questions import describe_answer
from testimony.ui.tasks import TaskRunner


class AccountView(QWidget):
    back = Signal()
    edit_requested = Signal(int)
    consent_requested = Signal(int)
    deleted = Signal()

    def __init__(
        self, session: Session, runner: TaskRunner, account_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.account_id = account_id
        self.setAccessibleName(self.tr("Your account"))
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.loading = body(self.tr("Opening your account…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.main: PageFrame | None = None
        self.confirm = self._make_confirm()
        self.stack.addWidget(self.confirm)
        future = session.submit(account_detail, account_id)
        runner.watch(future, guarded(self, self._show), guarded(self, self._load_failed))

    # -- showing -----------------------------------------------------------------------------

    def _show(self, detail: AccountDetail) -> None:
        account = detail.account
        try:
            form: Form | None = load_form(account.form_id, account.form_version, current_language())
        except FormError:
            form = None
        page = PageFrame(with_break=False)
        page.back.connect(self.back)
        page.content.addWidget(heading(self._title(account, form)))
        page.content.addWidget(body(self._status_text(account)))
        if account.supported:
            page.content.addWidget(body(self.tr("You recorded this with someone helping you.")))
        self._add_consent(page, detail)
        if form is None:
            message = body(unknown_form_text())
            message.setObjectName("message")
            page.content.addWidget(message)
        else:
            self._add_answers(page, form, account)
        self.recordings = RecordingsList(self._session, self._runner, self.account_id)
        page.content.addWidget(self.recordings)
        # Files, a readable copy and letters (issue 15): one section of its own.
        self.evidence = EvidenceSection(
            self._session, self._runner, self.account_id, self.stack, page
        )
        page.content.addWidget(self.evidence)
        self._add_actions(page, account, form is not None)
        self.main = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.focus_first()

    def _title(self, account: Account, form: Form | None) -> str:
        title = short_title(form, account.answers) if form is not None else ""
        day = format_stamp(account.created, with_time=False)
        return title or self.tr("Account from %1").replace("%1", day)

    def _status_text(self, account: Account) -> str:
        if account.status is Status.COMPLETE:
            return self.tr("Finished. Last changed on %1.").replace(
                "%1", format_stamp(account.updated)
            )
        return self.tr("Not finished yet. Last saved on %1.").replace(
            "%1", format_stamp(account.updated)
        )

    def _add_consent(self, page: PageFrame, detail: AccountDetail) -> None:
        w = wording(language=current_language())
        level = w.for_level(detail.account.consent)
        line = bold(body(self.tr("Who can see it: %1").replace("%1", level.title)))
        line.setObjectName("consentLevel")
        page.content.addWidget(line)
        page.content.addWidget(body(level.text))
        changes = len(detail.history)
        if changes > 1:
            note = self.tr("You have changed this %n time(s).", "", changes - 1)
            page.content.addWidget(body(note))
        if changes:
            history = button(self.tr("See your past choices"), "consentHistory")
            history.setFlat(True)
            history.clicked.connect(lambda: self.consent_requested.emit(self.account_id))
            page.content.addWidget(history, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_answers(self, page: PageFrame, form: Form, account: Account) -> None:
        page.content.addWidget(heading(self.tr("Your answers"), 1.2))
        for q in form.questions:
            answer = describe_answer(q, account.answers.get(q.id))
            shown = user_text(answer) if answer is not None else body(self.tr("Not answered"))
            pair = QVBoxLayout()
            pair.setSpacing(2)  # a question sits close to its own answer
            pair.addWidget(bold(body(q.title)))
            pair.addWidget(shown)
            page.content.addLayout(pair)

    def _add_actions(self, page: PageFrame, account: Account, can_edit: bool) -> None:
        if can_edit:
            label = (
                self.tr("Change answers")
                if account.status is Status.COMPLETE
                else self.tr("Continue")
            )
            self.edit_button = button(label, "edit", primary=True)
            self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.account_id))
            page.action_row.addWidget(self.edit_button)
        consent = button(self.tr("Who can see this"), "consent")
        consent.clicked.connect(lambda: self.consent_requested.emit(self.account_id))
        page.action_row.addWidget(consent)
        page.action_row.addStretch(1)
        self.delete_button = button(self.tr("Delete this account"), "delete")
        self.delete_button.setProperty("warning", True)
        self.delete_button.clicked.connect(self._ask_delete)
        page.action_row.addWidget(self.delete_button)
        page.content.addStretch(1)

    def _load_failed(self, exc: BaseException) -> None:
        page = PageFrame(with_break=False)
        page.back.connect(self.back)
        page.content.addWidget(heading(self.tr("This account cannot be opened")))
        message = body(error_text(exc))
        message.setObjectName("message")
        page.content.addWidget(message)
        page.finish_actions(with_leave=False)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.focus_first()

    # -- deleting ----------------------------------------------------------------------------

    def _make_confirm(self) -> PageFrame:
        page = PageFrame(with_back=False, with_break=False)
        page.content.addWidget(heading(self.tr("Delete this account?")))
        page.content.addWidget(
            body(
                self.tr(
                    "This cannot be undone. The account and all your answers will be gone "
                    "from your vault."
                )
            )
        )
        page.content.addWidget(
            body(self.tr("If you have shared it already, deleting it here does not take it back."))
        )
        self.confirm_error = error_label()
        page.content.addWidget(self.confirm_error)
        self.yes_delete = button(self.tr("Yes, delete it"), "confirmDelete")
        self.yes_delete.setProperty("warning", True)
        self.yes_delete.clicked.connect(self._delete)
        self.keep = button(self.tr("No, keep it"), "keep", primary=True)
        self.keep.clicked.connect(self._cancel_delete)
        page.action_row.addWidget(self.keep)
        page.action_row.addWidget(self.yes_delete)
        page.finish_actions(with_leave=False)
        return page

    def _ask_delete(self) -> None:
        show_error(self.confirm_error, "")
        self.yes_delete.setEnabled(True)
        self.stack.setCurrentWidget(self.confirm)
        # The safe choice has focus, so a stray Enter or Space keeps the account.
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_delete(self) -> None:
        if self.main is not None:
            self.stack.setCurrentWidget(self.main)
            self.delete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete(self) -> None:
        self.yes_delete.setEnabled(False)
        # delete_account runs its own transaction and then empties the write-ahead log.
        future = self._session.submit(delete_account, self.account_id)
        self._runner.watch(
            future, guarded(self, lambda _found: self.deleted.emit()), guarded(self, self._failed)
        )

    def _failed(self, exc: BaseException) -> None:
        self.yes_delete.setEnabled(True)
        show_error(self.confirm_error, error_text(exc))
