"""Who may see an account: the four consent levels in plain words, how the choice was made,
and every choice made before. The choice is recorded with the exact wording shown (its id and
hash) by services.accounts.set_consent; the export code enforces it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony.core.consent import Level, Method, wording
from testimony.services.accounts import set_consent
from testimony.services.drafts import AccountDetail, account_detail
from testimony.services.session import Session
from testimony.ui.language import current_language
from testimony.ui.record.common import (
    body,
    bold,
    button,
    error_text,
    format_stamp,
    guarded,
    heading,
    option_row,
)
from testimony.ui.record.pages import PageFrame
from testimony.ui.tasks import TaskRunner


class ConsentPage(PageFrame):
    done = Signal()

    def __init__(
        self, session: Session, runner: TaskRunner, account_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(with_back=False, with_break=False)
        if parent is not None:
            self.setParent(parent)
        self._session = session
        self._runner = runner
        self.account_id = account_id
        self._wording = wording(language=current_language())
        self._history_length = 0
        self._saved: tuple[Level, Method] | None = None  # what the vault holds, once read
        self._leaving = False
        self.setAccessibleName(self.tr("Who can see this account"))

        self.content.addWidget(heading(self._wording.question))
        self.content.addWidget(body(self._wording.footer))
        self.levels = self._level_choices()
        self.content.addWidget(bold(body(self.tr("How did you make this choice?"))))
        self.methods = self._method_choices()
        self.result = body("")
        self.result.setObjectName("consentResult")
        self.result.setAccessibleName(self.tr("Result"))
        self.result.setVisible(False)  # shown once there is something to say
        self.content.addWidget(self.result)
        self.content.addWidget(bold(body(self.tr("Your choices so far"))))
        self.history = self._history_list()
        self.content.addWidget(self.history)

        self.save_button = button(self.tr("Save my choice"), "saveConsent", primary=True)
        self.save_button.clicked.connect(self._save)
        self.done_button = button(self.tr("Done"), "done")
        self.done_button.setAccessibleDescription(self.tr("Leave this page"))
        self.done_button.clicked.connect(self._done_pressed)
        self.action_row.addWidget(self.save_button)
        self.action_row.addWidget(self.done_button)
        self.finish_actions(with_leave=False)
        self._set_busy(True)
        self._load()

    # -- building ----------------------------------------------------------------------------

    def _level_choices(self) -> dict[Level, QRadioButton]:
        group = QButtonGroup(self)
        radios: dict[Level, QRadioButton] = {}
        for item in self._wording.levels:
            radio = QRadioButton()
            radio.setObjectName(f"level_{item.level.value}")
            radio.setAccessibleDescription(item.text)
            group.addButton(radio)
            row = option_row(radio, item.title)
            if (label := row.findChild(QLabel)) is not None:
                bold(label)
            explain = body(item.text)
            # Line the explanation up under the radio's words, not its circle.
            explain.setContentsMargins(radio.sizeHint().width() + 4, 0, 0, 0)
            pair = QVBoxLayout()
            pair.setSpacing(2)
            pair.addWidget(row)
            pair.addWidget(explain)
            self.content.addLayout(pair)
            radios[item.level] = radio
        radios[Level.PRIVATE].setChecked(True)
        take_back = body(self.tr("To take back a choice, choose “%1”."))
        take_back.setText(
            take_back.text().replace("%1", self._wording.for_level(Level.PRIVATE).title)
        )
        self.content.addWidget(take_back)
        return radios

    def _method_choices(self) -> dict[Method, QRadioButton]:
        group = QButtonGroup(self)
        words = {
            Method.ALONE: self.tr("I read this and chose myself"),
            Method.SUPPORTED: self.tr("It was read to me, and I chose with someone helping me"),
        }
        radios: dict[Method, QRadioButton] = {}
        for method, text in words.items():
            radio = QRadioButton()
            radio.setObjectName(f"method_{method.value}")
            radio.setAccessibleDescription(self.tr("How did you make this choice?"))
            group.addButton(radio)
            self.content.addWidget(option_row(radio, text))
            radios[method] = radio
        radios[Method.ALONE].setChecked(True)
        return radios

    def _history_list(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("consentHistory")
        tree.setAccessibleName(self.tr("Your choices so far"))
        tree.setHeaderLabels([self.tr("When"), self.tr("Choice"), self.tr("How")])
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = tree.header()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    # -- loading and saving ------------------------------------------------------------------

    def _load(self) -> None:
        future = self._session.submit(account_detail, self.account_id)
        self._runner.watch(future, guarded(self, self._on_loaded), guarded(self, self._on_error))

    def _on_loaded(self, detail: AccountDetail) -> None:
        account = detail.account
        self.levels[account.consent].setChecked(True)
        last = detail.history[-1].method if detail.history else Method.ALONE
        # Someone said they are being helped: that is how this choice is being made too.
        method = Method.SUPPORTED if account.supported else last
        self.methods[method if method in self.methods else Method.ALONE].setChecked(True)
        self._saved = (account.consent, last)
        self._show_history(detail)
        self._set_busy(False)

    def _show_history(self, detail: AccountDetail) -> None:
        self.history.clear()
        self._history_length = len(detail.history)
        if not detail.history:
            item = QTreeWidgetItem(["", self.tr("Nothing chosen yet, so it is private"), ""])
            self.history.addTopLevelItem(item)
            self._fit_history()
            return
        for record in reversed(detail.history):  # newest first
            title = self._wording.for_level(record.level).title
            self.history.addTopLevelItem(
                QTreeWidgetItem([format_stamp(record.given_at), title, self._how(record.method)])
            )
        self._fit_history()

    def _fit_history(self) -> None:
        """Tall enough for every row: the page scrolls, so the list need not scroll too."""
        tree = self.history
        rows = max(tree.topLevelItemCount(), 1)
        row_height = tree.sizeHintForRow(0) if tree.topLevelItemCount() else 24
        height = tree.header().sizeHint().height() + rows * row_height + 2 * tree.frameWidth() + 4
        tree.setFixedHeight(height)

    def _how(self, method: Method) -> str:
        return {
            Method.ALONE: self.tr("Chose myself"),
            Method.SUPPORTED: self.tr("Chose with support"),
            Method.IMPORTED: self.tr("Added from a file"),
        }[method]

    def chosen_level(self) -> Level:
        return next(level for level, r in self.levels.items() if r.isChecked())

    def chosen_method(self) -> Method:
        return next(m for m, r in self.methods.items() if r.isChecked())

    def unsaved(self) -> bool:
        """A level chosen on screen that the vault does not hold yet."""
        return self._saved is not None and self.chosen_level() is not self._saved[0]

    def flush(self) -> None:
        """Before a lock: save a choice made but not saved (queued before the lock)."""
        if self.unsaved():
            level, method = self.chosen_level(), self.chosen_method()
            self._saved = (level, method)
            self._session.submit_write(set_consent, self.account_id, level, method)

    def _done_pressed(self) -> None:
        """Done: a choice made but not saved is saved first, never silently dropped."""
        if not self.unsaved():
            self.done.emit()
            return
        self._leaving = True
        self._save()

    def _save(self) -> None:
        self._set_busy(True)
        level, method = self.chosen_level(), self.chosen_method()
        future = self._session.submit_write(
            set_consent, self.account_id, level, method, self._wording.language
        )
        self._runner.watch(future, guarded(self, self._on_saved), guarded(self, self._on_error))

    def _on_saved(self, _result: object) -> None:
        before = self._history_length
        future = self._session.submit(account_detail, self.account_id)

        def show(detail: AccountDetail) -> None:
            if self._leaving:
                self.done.emit()
                return
            self._on_loaded(detail)
            title = self._wording.for_level(detail.account.consent).title
            if len(detail.history) > before:
                text = self.tr("Saved. Your choice is now: %1.")
            else:
                text = self.tr("Nothing changed. Your choice is still: %1.")
            self.result.setText(text.replace("%1", title))
            self.result.setVisible(True)

        self._runner.watch(future, guarded(self, show), guarded(self, self._on_error))

    def _on_error(self, exc: BaseException) -> None:
        self._leaving = False
        self._set_busy(False)
        self.result.setText(error_text(exc))
        self.result.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.done_button.setEnabled(not busy)

    def focus_first(self) -> None:
        checked = next((r for r in self.levels.values() if r.isChecked()), None)
        (checked or self.levels[Level.PRIVATE]).setFocus(Qt.FocusReason.OtherFocusReason)
