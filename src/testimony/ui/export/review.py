"""Checking one account's words before they may leave.

Each answer in the person's own words is shown with everything found marked, and a list of
what was found, what it is and why. The person takes each one out or keeps it, can do the
same everywhere those words appear, can take out words we missed, and can tell us more names
and places to look for. Beside it is exactly what will leave. Nothing leaves until they
confirm; any later change to the account means checking again.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QTextEdit, QWidget

from testimony.core.review import Decision, ReviewState, add_manual
from testimony.services.session import Session
from testimony.services.sharing import (
    ReviewData,
    has_new_spans,
    load_review,
    preview_texts,
    same_everywhere,
    save_decisions,
    save_known_and_reload,
    starting_decisions,
)
from testimony.ui.export.review_layout import ReviewLayout
from testimony.ui.language import current_language
from testimony.ui.page import show_error
from testimony.ui.record.common import error_text, guarded
from testimony.ui.tasks import TaskRunner

Choices = tuple[Decision, ...]


def _same(a: Choices, b: Choices) -> bool:
    key = lambda d: (d.start, d.end, d.type, d.redact, d.manual)  # noqa: E731
    return [key(d) for d in a] == [key(d) for d in b]


class ReviewScreen(ReviewLayout):
    confirmed = Signal()
    cancelled = Signal()

    def __init__(
        self, session: Session, runner: TaskRunner, account_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.account_id = account_id
        self.data: ReviewData | None = None
        self.decisions: dict[str, Choices] = {}
        self._loaded_decisions: dict[str, Choices] = {}
        self.preview_texts: dict[str, str] = {}
        self._busy = True
        # Answers that have been on screen: one Confirm covers them all, so it is offered
        # only once every answer with words has been shown, not just the first.
        self.seen: set[str] = set()
        self.setAccessibleName(self.tr("Check your words before they are shared"))
        self._build()
        self._connect()
        self._set_busy(True)
        self._load()

    def _connect(self) -> None:
        self.question.currentIndexChanged.connect(self._show_question)
        self.next_button.clicked.connect(self._next_unseen)
        self.known_button.clicked.connect(self._toggle_known)
        self.known.save_requested.connect(self._save_known)
        self.confirm_button.clicked.connect(self._confirm)
        self.back_button.clicked.connect(self._back)
        self.manual_button.clicked.connect(self._take_out_selection)
        self.model.toggled.connect(self._set_one)
        self.spans.selectionModel().currentChanged.connect(self._row_changed)
        self.take_out_button.clicked.connect(lambda: self._set_current(True))
        self.keep_button.clicked.connect(lambda: self._set_current(False))
        self.everywhere_button.clicked.connect(self._same_everywhere)

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        future = self._session.submit(
            load_review, self._session.paths.folder, self.account_id, current_language()
        )
        self._runner.watch(future, guarded(self, self._loaded), guarded(self, self._failed))

    def _loaded(self, data: ReviewData, keep_choices: bool = False) -> None:
        self.data = data
        view = data.view
        if data.title:
            self.account_title.setText(data.title)
            self.account_title.setAccessibleName(data.title)
            self.account_title.show()
        self.known.set_details(data.known)
        self._set_busy(False)
        if view is None or data.form is None:
            self.review_part.hide()
            self.message.setText(self._excluded_words(data.excluded))
            self.confirm_button.hide()
            return
        self.level_text.setText(self._level_words(view.level))
        stale, new = False, False
        for piece in view.texts:
            review = data.reviews.get(piece.question_id)
            detected = data.found.get(piece.question_id, piece.detected)
            start = starting_decisions(piece, review, detected)
            if keep_choices and piece.question_id in self.decisions:
                start = self._with_new(self.decisions[piece.question_id], start)
            self.decisions[piece.question_id] = start
            self._loaded_decisions.setdefault(piece.question_id, start)
            stale = stale or piece.state is ReviewState.STALE
            new = new or has_new_spans(piece, review, detected)
        self._show_banner(stale, new)
        if not view.texts:
            self.message.setText(
                self.tr(
                    "This account shares only your answers to the questions with choices. "
                    "There are no words to check. Check what will leave, below."
                )
            )
        else:
            self.message.setText(self.tr("Check each answer below, then confirm."))
        for part in (self.question, self.text_view, self.spans, self.manual_button):
            part.setVisible(bool(view.texts))
        self.next_button.setVisible(len(view.texts) > 1)
        for part in (self.take_out_button, self.keep_button, self.everywhere_button):
            part.setVisible(bool(view.texts))
        current = self.question.currentIndex()
        self.question.blockSignals(True)
        self.question.clear()
        for piece in view.texts:
            self.question.addItem(data.form.question(piece.question_id).title, piece.question_id)
        self.question.blockSignals(False)
        if view.texts:
            self.question.setCurrentIndex(max(0, min(current, len(view.texts) - 1)))
            self._show_question(self.question.currentIndex())
        self._refresh_preview()

    def _with_new(self, mine: Choices, found: Choices) -> Choices:
        """Keep the person's choices; add anything found that they have not seen yet."""
        extra = [d for d in found if not any(d.start < m.end and m.start < d.end for m in mine)]
        return tuple(sorted((*mine, *extra), key=lambda d: d.start))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.confirm_button.setEnabled(False)
        show_error(self.banner, error_text(exc))

    # -- showing one answer ------------------------------------------------------------------

    @property
    def current_question(self) -> str:
        return self.question.currentData() or ""

    def _piece(self, question_id: str):
        assert self.data is not None and self.data.view is not None
        return next(t for t in self.data.view.texts if t.question_id == question_id)

    def _show_question(self, index: int) -> None:
        if index < 0 or self.data is None or self.data.view is None:
            return
        piece = self._piece(self.current_question)
        self.seen.add(piece.question_id)
        self._update_confirm()
        self.model.reset(piece.original, self.decisions[piece.question_id], piece.forced)
        self.text_view.show_text(piece.original, self.model.rows())
        if self.model.rowCount():
            self.spans.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        selection = QTextEdit.ExtraSelection()
        if row is not None:
            selection.cursor = self.text_view.cursor_for(row.start, row.end)
            palette = self.palette()
            selection.format.setBackground(palette.color(QPalette.ColorRole.Highlight))
            selection.format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            self.text_view.setExtraSelections([selection])
            self.text_view.show_position(row.start)
        else:
            self.text_view.setExtraSelections([])

    # -- choices -----------------------------------------------------------------------------

    def _set_one(self, index: int, redact: bool) -> None:
        qid = self.current_question
        chosen = list(self.decisions[qid])
        d = chosen[index]
        chosen[index] = Decision(d.start, d.end, d.type, redact, d.manual, d.reasons)
        self.decisions[qid] = tuple(chosen)
        self._changed()

    def _set_current(self, redact: bool) -> None:
        row = self.model.row_at(self.spans.currentIndex().row())
        if row is None:
            self._say(self.tr("First choose something from the list."))
            return
        if row.decision < 0:
            self._say(self.tr("Details of this computer are always taken out."))
            return
        self._set_one(row.decision, redact)

    def _same_everywhere(self) -> None:
        row = self.model.row_at(self.spans.currentIndex().row())
        if row is None or row.decision < 0 or self.data is None or self.data.view is None:
            self._say(self.tr("First choose something from the list."))
            return
        texts = {t.question_id: t.original for t in self.data.view.texts}
        words = self.model.surface(row)
        self.decisions, changed = same_everywhere(texts, self.decisions, words, row.redact)
        self._changed()
        self._say(self.tr("Done. %n more changed.", "", changed))

    def _take_out_selection(self) -> None:
        chosen = self.text_view.selected_range()
        if chosen is None:
            self._say(
                self.tr("First select the words in “Your words”, then choose Take this out too.")
            )
            self.text_view.setFocus()
            return
        qid = self.current_question
        piece = self._piece(qid)
        before = self.decisions[qid]
        self.decisions[qid] = add_manual(piece.original, before, *chosen)
        self.model.reset(piece.original, self.decisions[qid], piece.forced)
        self._changed()
        self._say(self.tr("Those words will be taken out."))

    def _changed(self) -> None:
        qid = self.current_question
        if qid:
            self.model.update(self.decisions[qid], self._piece(qid).forced)
            self.text_view.mark(self.model.rows())
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        if self.data is None or self.data.view is None or self.data.form is None:
            return
        self.preview_texts = preview_texts(self.data.view, self.decisions)
        self.preview.show_preview(self.data.form, self.data.view, self.preview_texts)

    # -- the people and places list ----------------------------------------------------------

    def _toggle_known(self) -> None:
        self.known.setVisible(not self.known.isVisible())
        if self.known.isVisible():
            self.known.fields["own_names"].setFocus()

    def _save_known(self, details: dict) -> None:
        self._set_busy(True)
        future = self._session.submit_write(
            save_known_and_reload, self._session.paths.folder, self.account_id, details
        )

        def done(data: ReviewData) -> None:
            self._loaded(data, keep_choices=True)
            self._say(self.tr("Saved. We looked through your words again."))

        self._runner.watch(future, guarded(self, done), guarded(self, self._failed))

    # -- leaving -----------------------------------------------------------------------------

    def _items(self, only_changed: bool) -> list[tuple[str, str, Choices]]:
        if self.data is None or self.data.view is None:
            return []
        return [
            (t.question_id, t.text_hash, self.decisions[t.question_id])
            for t in self.data.view.texts
            if not only_changed
            or not _same(self.decisions[t.question_id], self._loaded_decisions[t.question_id])
        ]

    def _confirm(self) -> None:
        self._set_busy(True)
        future = self._session.submit_write(
            save_decisions, self.account_id, self._items(False), True
        )
        self._runner.watch(
            future, guarded(self, lambda _: self.confirmed.emit()), guarded(self, self._failed)
        )

    def _back(self) -> None:
        changed = self._items(True)
        if not changed:
            self.cancelled.emit()
            return
        self._set_busy(True)
        future = self._session.submit_write(save_decisions, self.account_id, changed, False)
        self._runner.watch(
            future, guarded(self, lambda _: self.cancelled.emit()), guarded(self, self._failed)
        )

    def _say(self, text: str) -> None:
        """Say what just happened, on screen and to a screen reader."""
        self.status.setText(text)
        self.status.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self.status, QAccessible.Event.Alert))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.known.save_button.setEnabled(not busy)
        self._update_confirm()

    def unseen(self) -> list[str]:
        """Answers with words not yet shown to the person, in the form's order."""
        if self.data is None or self.data.view is None:
            return []
        return [t.question_id for t in self.data.view.texts if t.question_id not in self.seen]

    def _update_confirm(self) -> None:
        left = self.unseen()
        self.confirm_button.setEnabled(not self._busy and not left)
        total = len(self.data.view.texts) if self.data and self.data.view else 0
        if left:
            text = (
                self.tr("Look at each answer before you confirm. You have looked at %1 of %2.")
                .replace("%1", str(total - len(left)))
                .replace("%2", str(total))
            )
        else:
            text = ""
        self.seen_text.setText(text)
        self.seen_text.setVisible(bool(text))
        self.confirm_button.setAccessibleDescription(
            text or self.tr("Save your choices. These words may then be shared.")
        )

    def _next_unseen(self) -> None:
        left = self.unseen()
        if not left:
            self._say(self.tr("You have looked at every answer."))
            return
        self.question.setCurrentIndex(self.question.findData(left[0]))
        self.question.setFocus()

    def focus_first(self) -> None:
        target = self.question if self.question.isVisible() else self.confirm_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
