"""Sharing an anonymised copy: choose accounts and who can open it, check the words, save
the sealed file, and know what to do next.

The file is made on the database thread (planned again from the vault, sealed, written under
a temporary name and renamed); the screen shows each step and can stop it. The only file
written is the sealed one.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QStackedWidget, QVBoxLayout, QWidget

from testimony.core.consent import may_export_text
from testimony.core.review import ReviewState
from testimony.services.session import Session
from testimony.services.sharing import Choices, ExportResult, Shareable, load_choices, run_export
from testimony.ui.export.export_steps import (
    DonePage,
    SaveFileAsk,
    WorkingPage,
    why_not_saved,
)
from testimony.ui.export.recipients import RecipientsPage, clear_layout
from testimony.ui.export.review import ReviewScreen
from testimony.ui.export.words import shown_code
from testimony.ui.page import Page, show_error
from testimony.ui.record.common import (
    body,
    bold,
    button,
    error_label,
    error_text,
    guarded,
    level_short,
    literal,
)
from testimony.ui.tasks import Progress, TaskRunner


class ExportPage(QStackedWidget):
    done = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.save_ask = SaveFileAsk(
            self, runner, self.tr("Choose where to save the file"), "export"
        )
        self.choices: Choices | None = None
        self.account_boxes: dict[int, QCheckBox] = {}
        self.recipient_boxes: dict[str, tuple[QCheckBox, str]] = {}
        self.result: ExportResult | None = None
        self._tick_next: set[int] = set()  # accounts whose words were just confirmed
        # Stop pressed, or the page thrown away (the window locked): the export stops.
        self._stop = runner.stop_with(self, threading.Event())
        self._relay = Progress(runner, self._step)  # steps from the database thread
        self.setAccessibleName(self.tr("Share an anonymised copy"))
        self.choose = self._build_choose()
        self.working = WorkingPage()
        self.working.cancel_button.clicked.connect(self.cancel)
        self.finished = DonePage()
        self.finished.done_button.clicked.connect(self.done)
        for page in (self.choose, self.working, self.finished):
            self.addWidget(page)
        self.setCurrentWidget(self.choose)
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _build_choose(self) -> Page:
        page = Page()
        self.back_button = button(self.tr("Back"), "exportBack")
        self.back_button.clicked.connect(self.done)
        page.add_buttons(self.back_button)
        page.add_heading(self.tr("Share an anonymised copy"))
        page.add_text(
            self.tr(
                "Choose what to share. We take out names and other details, and you check "
                "the words. Then we save a file that is sealed so only the coalition can "
                "open it. You send the file to them yourself."
            )
        )
        self.loading = page.add_text(self.tr("Getting your accounts ready…"))
        page.add_subheading(self.tr("1. Accounts to share"))
        self.accounts_area = QVBoxLayout()
        self.accounts_area.setSpacing(6)
        page.body.addLayout(self.accounts_area)
        page.add_subheading(self.tr("2. Who can open it"))
        self.recipients_area = QVBoxLayout()
        self.recipients_area.setSpacing(6)
        page.body.addLayout(self.recipients_area)
        self.keys_button = button(
            self.tr("Add or change keys"),
            "changeKeys",
            description=self.tr("Add the coalition's key, or remove one"),
        )
        self.keys_button.clicked.connect(self.show_recipients)
        page.add_buttons(self.keys_button)
        page.add_subheading(self.tr("3. Save the file"))
        page.add_text(
            self.tr("Choose where to save it, for example a USB stick or your Documents folder.")
        )
        self.error = error_label()
        self.error.hide()
        page.body.addWidget(self.error)
        self.save_button = button(self.tr("Choose where to save"), "chooseSave", primary=True)
        self.save_button.clicked.connect(self.ask_where)
        page.add_buttons(self.save_button)
        page.body.addStretch(1)
        return page

    # -- loading the choices -----------------------------------------------------------------

    def reload(self) -> None:
        self.save_button.setEnabled(False)
        future = self._session.submit(load_choices, self._session.paths.folder)
        self._runner.watch(future, guarded(self, self._show_choices), guarded(self, self._failed))

    def _show_choices(self, choices: Choices) -> None:
        ticked = {i for i, box in self.account_boxes.items() if box.isChecked()}
        ticked |= self._tick_next
        self._tick_next = set()
        self.choices = choices
        self.loading.hide()
        clear_layout(self.accounts_area)
        self.account_boxes = {}
        self._rows_in_order: list[QWidget] = []
        for view in choices.accounts:
            self._add_account(view, view.account_id in ticked)
        if not choices.accounts:
            self.accounts_area.addWidget(
                body(self.tr("None of your accounts can be shared. They are all kept private."))
            )
        private = [x.account_id for x in choices.excluded if x.reason == "private"]
        if private:
            self.accounts_area.addWidget(bold(body(self.tr("Kept private"))))
            for account_id in private:
                row = body(self.tr("%1 — kept private").replace("%1", self._title(account_id)))
                row.setProperty("role", "muted")
                self.accounts_area.addWidget(row)
            self.accounts_area.addWidget(
                body(
                    self.tr(
                        "Accounts kept private never leave. To share one, open it and change "
                        "who can see it."
                    )
                )
            )
        self._show_recipients(choices)
        self.save_button.setEnabled(True)
        self._fix_tab_order()

    def _add_account(self, view: Shareable, ticked: bool) -> None:
        title = self._title(view.account_id)
        box = QCheckBox(literal(title))
        box.setObjectName(f"account_{view.account_id}")
        box.setAccessibleName(title)
        box.setChecked(ticked)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        status = body(self._status(view))
        status.setProperty("role", "muted")
        status.setContentsMargins(32, 0, 0, 0)
        box.setAccessibleDescription(status.text())
        self.accounts_area.addWidget(box)
        self.accounts_area.addWidget(status)
        self.account_boxes[view.account_id] = box
        self._rows_in_order.append(box)
        if view.texts:
            unchecked = any(t.state is not ReviewState.CONFIRMED for t in view.texts)
            check = button(
                self.tr("Check the words") if unchecked else self.tr("Look at the words again"),
                f"review_{view.account_id}",
            )
            check.setAccessibleName(f"{check.text()}: {title}")
            check.clicked.connect(lambda: self.show_review(view.account_id))
            self._rows_in_order.append(check)
            holder = QVBoxLayout()
            holder.setContentsMargins(32, 0, 0, 6)
            holder.addWidget(check, 0, Qt.AlignmentFlag.AlignLeft)
            self.accounts_area.addLayout(holder)

    def _status(self, view: Shareable) -> str:
        said = self._status_words(view)
        if view.documents:  # issue 15: a count leaves, the files never do
            said += " " + self.tr(
                "It also says how many files you keep with it (%n), but not the files.",
                "",
                view.documents,
            )
        return said

    def _status_words(self, view: Shareable) -> str:
        level = level_short(view.level)
        if not may_export_text(view.level) or not view.texts:
            return self.tr(
                "%1. Only your answers to the questions with choices are shared."
            ).replace("%1", level)
        states = {t.state for t in view.texts}
        if ReviewState.STALE in states:
            said = self.tr("You changed it after you checked the words. Check them again.")
        elif states != {ReviewState.CONFIRMED}:
            said = self.tr("You need to check the words before they can be shared.")
        else:
            said = self.tr("You have checked the words.")
        return f"{level}. {said}"

    def _show_recipients(self, choices: Choices) -> None:
        before = {k for k, (box, _) in self.recipient_boxes.items() if not box.isChecked()}
        clear_layout(self.recipients_area)
        self.recipient_boxes = {}
        if not choices.recipients:
            self.recipients_area.addWidget(
                body(self.tr("Add the coalition's key first. You only need to do this once."))
            )
        for r in choices.recipients:
            code = shown_code(r.public_key)
            box = QCheckBox(literal(r.name))
            box.setObjectName("recipient")
            box.setAccessibleName(r.name)
            box.setAccessibleDescription(self.tr("Code: %1").replace("%1", code))
            box.setChecked(r.public_key not in before)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            shown = body(self.tr("Code: %1").replace("%1", code))
            shown.setProperty("role", "muted")
            shown.setContentsMargins(32, 0, 0, 0)
            self.recipients_area.addWidget(box)
            self.recipients_area.addWidget(shown)
            self.recipient_boxes[r.public_key] = (box, r.name)
            self._rows_in_order.append(box)

    def _fix_tab_order(self) -> None:
        """Rows are made after the buttons below them; Tab should follow reading order."""
        chain = [self.back_button, *self._rows_in_order, self.keys_button, self.save_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _title(self, account_id: int) -> str:
        title = self.choices.titles.get(account_id, "") if self.choices else ""
        return title or self.tr("An account with no name")

    # -- moving to other screens -------------------------------------------------------------

    def show_review(self, account_id: int) -> None:
        screen = ReviewScreen(self._session, self._runner, account_id)
        screen.confirmed.connect(lambda: self._tick_next.add(account_id))
        screen.confirmed.connect(lambda: self._back_from(screen))
        screen.cancelled.connect(lambda: self._back_from(screen))
        self.addWidget(screen)
        self.setCurrentWidget(screen)
        screen.focus_first()

    def show_recipients(self) -> None:
        page = RecipientsPage(self._session, self._runner)
        page.back.connect(lambda: self._back_from(page))
        self.addWidget(page)
        self.setCurrentWidget(page)
        page.focus_first()

    def _back_from(self, page: QWidget) -> None:
        self.setCurrentWidget(self.choose)
        self.removeWidget(page)
        page.deleteLater()
        self.reload()
        self.save_button.setFocus()

    # -- exporting ---------------------------------------------------------------------------

    def chosen_accounts(self) -> list[int]:
        return [i for i, box in self.account_boxes.items() if box.isChecked()]

    def chosen_recipients(self) -> list[tuple[str, str]]:
        return [(name, key) for key, (box, name) in self.recipient_boxes.items() if box.isChecked()]

    def _problem(self) -> str:
        ids = self.chosen_accounts()
        if not ids:
            return self.tr("Choose at least one account to share.")
        if not self.chosen_recipients():
            return self.tr("Choose who can open it. If there is nobody to choose, add a key.")
        views = {v.account_id: v for v in self.choices.accounts} if self.choices else {}
        unchecked = [
            i for i in ids if any(t.state is not ReviewState.CONFIRMED for t in views[i].texts)
        ]
        if unchecked:
            return self.tr(
                "Check the words of “%1” first, or untick it. Words leave only after you "
                "have checked them."
            ).replace("%1", self._title(unchecked[0]))
        return ""

    def ask_where(self) -> None:
        problem = self._problem()
        show_error(self.error, problem)
        if problem:
            return
        self.save_ask.ask(self.save_to)

    def save_to(self, path: str) -> None:
        """Make the sealed file at `path`, off the GUI thread."""
        problem = self._problem() if path else ""
        show_error(self.error, problem)
        if not path or problem:
            return
        self._stop.clear()
        self.working.start()
        self.setCurrentWidget(self.working)
        future = self._session.submit(
            run_export,
            self._session.paths.folder,
            self.chosen_accounts(),
            self.chosen_recipients(),
            Path(path),
            self._relay,
            self._stop.is_set,
        )
        self._runner.watch(future, guarded(self, self._exported), guarded(self, self._not_saved))

    def cancel(self) -> None:
        self._stop.set()
        self.working.stopping()

    def _step(self, step: str) -> None:
        self.working.show_step(step)

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.finished.show_result(result)
        self.setCurrentWidget(self.finished)
        self.finished.done_button.setFocus()

    def _not_saved(self, exc: BaseException) -> None:
        self.setCurrentWidget(self.choose)
        show_error(self.error, why_not_saved(exc))
        self.save_button.setFocus()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.loading.hide()
        show_error(self.error, error_text(exc))

    def focus_first(self) -> None:
        self.choose.focus_first()
