"""Recording one account: a page per question, driven by the account's own form version.

The flow keeps every answer in its editors, saves in the background (autosave.py), and only
decides which page comes next. Nothing here waits for the database: results come back
through the TaskRunner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from testimony.core.errors import FormError
from testimony.core.forms import AnswerValue, Form, Question, implied_answer, load_form
from testimony.core.types import Status
from testimony.services.accounts import DEFAULT_FORM
from testimony.services.drafts import AccountDetail, account_detail
from testimony.services.new_draft import DraftRef, set_draft_supported
from testimony.services.recordings import accepts_voice
from testimony.services.session import Session
from testimony.ui.consent.page import ConsentPage
from testimony.ui.language import current_language
from testimony.ui.record.autosave import Autosaver
from testimony.ui.record.check import SUPPORT_ROW, CheckPage
from testimony.ui.record.common import body, error_text, guarded, unknown_form_text
from testimony.ui.record.pages import (
    BreakPage,
    IntroPage,
    MessagePage,
    NotePage,
    PageFrame,
    QuestionPage,
)
from testimony.ui.record.voice import VoiceRecorder
from testimony.ui.tasks import TaskRunner

Step = tuple[str, int]  # ("intro" | "question" | "note" | "check" | "break", question index)


class RecordFlow(QWidget):
    closed = Signal()
    saved = Signal()  # an autosave reached the vault

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        account_id: int | None,
        parent: QWidget | None = None,
        *,
        supported: bool = False,
        on_stick: bool = False,
    ) -> None:
        """Record account `account_id`, or with None a new one, made once something is
        answered (services/new_draft.py); `supported` presets "someone is helping me" for
        a new one (a visitor with an advocate, issue 12). `on_stick`: the vault is on a
        removable drive, as the workspace found off the GUI thread."""
        super().__init__(parent)
        self._session = session
        self._on_stick = on_stick
        self._runner = runner
        self._ref = DraftRef(account_id)
        self.setAccessibleName(self.tr("Record what happened"))
        self._form: Form | None = None
        self._saver: Autosaver | None = None
        self._supported = False
        self._step: Step = ("loading", 0)
        self._return_to_check = False
        self._notes_seen: set[int] = set()
        self._break_from: tuple[Step, QWidget | None] | None = None
        self._leaving = False
        self.questions: list[QuestionPage] = []

        self.stack = QStackedWidget()
        loading = body(self.tr("Opening your account…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self.message = MessagePage()
        self.message.close_button.clicked.connect(self.closed)
        self.stack.addWidget(self.message)
        self.status = QLabel("")
        self.status.setObjectName("saveStatus")
        self.status.setProperty("role", "muted")
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()  # until there is something to say
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(24, 0, 24, 8)
        status_row.addStretch(1)
        status_row.addWidget(self.status)
        layout.addLayout(status_row)

        if account_id is None:
            self._start(load_form(DEFAULT_FORM), {}, Status.DRAFT, supported=supported)
        else:
            future = session.submit(account_detail, account_id)
            runner.watch(
                future, guarded(self, self._on_loaded), guarded(self, self._on_load_failed)
            )

    # -- public ------------------------------------------------------------------------------

    def flush(self) -> None:
        """Queue any unsaved answers now. A lock queued after this cannot lose them."""
        if self._saver is not None:
            self._saver.flush()

    @property
    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    @property
    def account_id(self) -> int | None:
        """The account's id; None while a new one has nothing answered yet."""
        return self._ref.id

    # -- loading -----------------------------------------------------------------------------

    def _on_loaded(self, detail: AccountDetail) -> None:
        account = detail.account
        try:
            form = load_form(account.form_id, account.form_version, current_language())
        except FormError:
            # An account from a newer Testimony: show why, touch nothing.
            self._show_message(unknown_form_text())
            return
        self._start(form, account.answers, account.status, supported=account.supported)

    def _start(
        self, form: Form, answers: dict[str, AnswerValue], status: Status, *, supported: bool
    ) -> None:
        self._form = form
        self._supported = supported
        self._ref.supported = supported
        self._saver = Autosaver(self._session, self._runner, self._ref, self._collect, self)
        self._saver.status_changed.connect(self._show_status)
        self._saver.saved.connect(self._on_saved)
        self._saver.failed.connect(self._on_save_failed)
        self._build(form, answers)
        self._go(self._start_step(form, answers, status))

    def _show_status(self, text: str) -> None:
        # Hidden when there is nothing to say: on a 600-pixel screen every line counts.
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_load_failed(self, exc: BaseException) -> None:
        self._show_message(error_text(exc))

    def _show_message(self, text: str) -> None:
        self.message.text.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.message.focus_first()

    def _build(self, form: Form, answers: dict[str, AnswerValue]) -> None:
        self.intro = IntroPage(form, on_stick=self._on_stick)
        self.intro.set_supported(self._supported)
        self.intro.go_on.connect(self._intro_done)
        self._add_page(self.intro)
        total = len(form.questions)
        for i, q in enumerate(form.questions):
            page = QuestionPage(q, i + 1, total)
            page.editor.set_value(answers.get(q.id))
            page.editor.changed.connect(self._on_changed)
            page.go_on.connect(lambda i=i: self._question_done(i))
            page.skip.connect(lambda i=i: self._question_done(i))
            page.back.connect(lambda i=i: self._back_from(i))
            if accepts_voice(q):  # "Speak instead", beside the box for typing
                voice = VoiceRecorder(self._session, self._runner, self._ref, q)
                page.content.insertWidget(page.content.indexOf(page.editor) + 1, voice)
            self._add_page(page)
            self.questions.append(page)
        self.note = NotePage()
        self.note.go_on.connect(lambda: self._go(("question", self._step[1])))
        self.note.skip_all.connect(lambda: self._after_run(self._step[1]))
        self.note.back.connect(lambda: self._back_from(self._step[1]))
        self._add_page(self.note)
        self.check = CheckPage(form)
        self.check.change.connect(self._change)
        self.check.finish.connect(self._finish)
        self.check.back.connect(lambda: self._go(("question", total - 1)))
        self._add_page(self.check)
        self.pause = BreakPage()
        self.pause.resume.connect(self._resume)
        self._add_page(self.pause)

    def _add_page(self, page: PageFrame) -> None:
        page.take_break.connect(self._take_break)
        page.save_and_leave.connect(self._save_and_leave)
        self.stack.addWidget(page)

    @staticmethod
    def _start_step(form: Form, answers: dict[str, AnswerValue], status: Status) -> Step:
        """A finished account opens on its check page; a draft just after its last answer."""
        if status is Status.COMPLETE:
            return ("check", 0)
        answered = [i for i, q in enumerate(form.questions) if q.id in answers]
        if not answered:
            return ("intro", 0)
        following = answered[-1] + 1
        return ("check", 0) if following >= len(form.questions) else ("enter", following)

    # -- moving between pages ----------------------------------------------------------------

    def _go(self, step: Step, *, focus: bool = True) -> None:
        kind, index = step
        if kind == "enter":
            self._enter_question(index)
            return
        if self._saver is not None and kind != "break":
            self._saver.flush()  # a page change is a natural moment to save
        page: PageFrame
        if kind == "intro":
            page = self.intro
        elif kind == "question":
            page = self.questions[index]
        elif kind == "note":
            page = self.note
            self.note.show_for(self._run_questions(index))
        elif kind == "check":
            self._return_to_check = False
            self.check.show_answers(self._collect(), self._supported)
            page = self.check
        else:
            page = self.pause
        self._step = step
        self.stack.setCurrentWidget(page)
        if focus:
            page.focus_first()

    def _enter_question(self, index: int) -> None:
        """Go to a question, with a content note first if it starts an unseen hard run."""
        assert self._form is not None
        question = self._form.questions[index]
        if self._answered_already(index):
            self._next_after(index)
            return
        start = self._run_start(index)
        if question.sensitive and start not in self._notes_seen:
            self._notes_seen.add(start)
            self._go(("note", index))
        else:
            self._go(("question", index))

    def _answered_already(self, index: int) -> bool:
        """Going forward, a question whose answer follows from an earlier one ("Police" was
        ticked, so the police were involved) is answered for the person and not asked; it
        shows on the check page, where it can be changed."""
        assert self._form is not None
        if self._return_to_check:
            return False  # they asked to change this very answer
        if not self._implied(index):
            return False
        editor = self.questions[index].editor
        implied = implied_answer(self._form, editor.question.id, self._collect())
        if editor.value() is None:
            editor.set_value(implied)
            self._on_changed()
        return True

    def _implied(self, index: int) -> bool:
        """Does an earlier answer already give this question's answer (and not another)?"""
        assert self._form is not None
        editor = self.questions[index].editor
        implied = implied_answer(self._form, editor.question.id, self._collect())
        return implied is not None and editor.value() in (None, implied)

    def _run_start(self, index: int) -> int:
        assert self._form is not None
        qs = self._form.questions
        while index > 0 and qs[index - 1].sensitive and qs[index].sensitive:
            index -= 1
        return index

    def _run_end(self, index: int) -> int:
        assert self._form is not None
        qs = self._form.questions
        while index + 1 < len(qs) and qs[index + 1].sensitive:
            index += 1
        return index

    def _run_questions(self, index: int) -> list[Question]:
        """The hard questions from `index` to the end of its run, for the content note."""
        run = range(index, self._run_end(index) + 1)
        # Not those that will be answered for the person and not asked.
        return [self.questions[i].question for i in run if not self._implied(i)]

    def _intro_done(self) -> None:
        supported = self.intro.supported()
        if supported != self._supported:
            self._supported = supported
            self.flush()  # queued first, so set_supported re-reads the newest answers
            future = self._session.submit_write(set_draft_supported, self._ref, supported)
            self._runner.watch(future, lambda _r: None, guarded(self, self._on_save_failed_exc))
        self._next_after(-1)

    def _question_done(self, index: int) -> None:
        self._next_after(index)

    def _next_after(self, index: int) -> None:
        if self._return_to_check or index + 1 >= len(self.questions):
            self._go(("check", 0))
        else:
            self._enter_question(index + 1)

    def _after_run(self, index: int) -> None:
        self._next_after(self._run_end(index))

    def _back_from(self, index: int) -> None:
        if self._return_to_check:
            self._go(("check", 0))
        elif index == 0:
            self._go(("intro", 0))
        else:
            self._go(("question", index - 1))

    def _change(self, index: int) -> None:
        self._return_to_check = True
        if index == SUPPORT_ROW:
            self._go(("intro", 0))
        else:
            self._enter_question(index)

    def _take_break(self) -> None:
        if self._step[0] != "break":
            self._break_from = (self._step, QApplication.focusWidget())
        self.flush()
        self._go(("break", 0))

    def _resume(self) -> None:
        if self._break_from is None:
            return
        step, focused = self._break_from
        self._break_from = None
        self._go(step, focus=False)
        page = self.current_page
        if focused is not None and isValid(focused) and page and page.isAncestorOf(focused):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(page, PageFrame):
            page.focus_first()

    # -- saving ------------------------------------------------------------------------------

    def _collect(self) -> dict[str, AnswerValue]:
        """Every answer as it stands in the editors; unanswered questions left out."""
        answers: dict[str, AnswerValue] = {}
        for page in self.questions:
            value = page.editor.value()
            if value is not None:
                answers[page.question.id] = value
        return answers

    def _on_changed(self) -> None:
        if self._saver is not None:
            self._saver.mark_changed()

    def _on_saved(self) -> None:
        self.saved.emit()
        if self._leaving:
            self._leaving = False
            self.closed.emit()

    def _on_save_failed(self, _message: str) -> None:
        self._leaving = False

    def _on_save_failed_exc(self, exc: BaseException) -> None:
        self._show_status(self.tr("Not saved. %1").replace("%1", error_text(exc)))

    def _save_and_leave(self) -> None:
        if self._saver is None:
            self.closed.emit()
            return
        self._saver.flush()
        if self._saver.pending:
            self._leaving = True  # closed once the save is in the vault
        else:
            self.closed.emit()

    def _finish(self) -> None:
        assert self._saver is not None
        self.check.finish_button.setEnabled(False)
        future = self._saver.save(Status.COMPLETE)
        self._runner.watch(
            future, guarded(self, self._show_consent), guarded(self, self._finish_failed)
        )

    def _finish_failed(self, exc: BaseException) -> None:
        self.check.finish_button.setEnabled(True)
        self._show_status(self.tr("Not finished. %1").replace("%1", error_text(exc)))

    def _show_consent(self, _result: object) -> None:
        self._step = ("consent", 0)
        assert self.account_id is not None  # finishing saved it, so it exists
        self.consent = ConsentPage(self._session, self._runner, self.account_id)
        self.consent.done.connect(self.closed)
        self.stack.addWidget(self.consent)
        self.stack.setCurrentWidget(self.consent)
        self.consent.focus_first()

    def hideEvent(self, event: object) -> None:
        # Hidden by the window, a lock or another screen: save what is typed, now.
        self.flush()
        super().hideEvent(event)  # type: ignore[arg-type]
