""" "Check your account": every question with its answer and a way to change it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from testimony.core.forms import AnswerValue, Form
from testimony.ui.record.common import body, bold, button, heading, user_text
from testimony.ui.record.pages import PageFrame
from testimony.ui.record.questions import describe_answer

SUPPORT_ROW = -1  # the "Change" row for the before-you-start question


class CheckPage(PageFrame):
    change = Signal(int)  # question index, or SUPPORT_ROW
    finish = Signal()

    def __init__(self, form: Form) -> None:
        super().__init__()
        self._form = form
        self.content.addWidget(heading(self.tr("Check your account")))
        self.content.addWidget(
            body(self.tr("Read your answers. You can change any of them before you finish."))
        )
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(1, 1)
        self.content.addWidget(self._rows)
        self.content.addWidget(
            body(
                self.tr(
                    "When you finish, you choose who may see this account. "
                    "Nothing is shared unless you choose it."
                )
            )
        )
        self.finish_button = button(self.tr("Finish"), "finish", primary=True)
        self.finish_button.setAccessibleDescription(
            self.tr("Mark this account as finished, then choose who may see it")
        )
        self.finish_button.clicked.connect(self.finish)
        self.action_row.addWidget(self.finish_button)
        self.finish_actions()
        self.change_buttons: dict[int, QWidget] = {}

    def show_answers(self, answers: dict[str, AnswerValue], supported: bool) -> None:
        """Rebuild the rows from the answers as they are now."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.change_buttons = {}
        support = self.tr("Yes") if supported else self.tr("No")
        self._add_row(0, self.tr("Someone helping you today"), support, SUPPORT_ROW)
        for i, q in enumerate(self._form.questions):
            self._add_row(i + 1, q.title, describe_answer(q, answers.get(q.id)), i)
        # Buttons made after the Finish button would otherwise come after it in the tab order.
        previous: QWidget | None = self.back_button
        for b in self.change_buttons.values():
            if previous is not None:
                QWidget.setTabOrder(previous, b)
            previous = b
        if previous is not None:
            QWidget.setTabOrder(previous, self.finish_button)

    def _add_row(self, row: int, title: str, answer: str | None, index: int) -> None:
        question = bold(body(title))
        shown = user_text(answer) if answer is not None else body(self.tr("Not answered"))
        if answer is None:
            shown.setObjectName("notAnswered")
            # Two or three short words: on one line, not one word a line when the question
            # beside it is long (Welsh, "Heb ei ateb", at 200% text).
            shown.setWordWrap(False)
        change = button(self.tr("Change"), f"change_{index}")
        change.setAccessibleName(self.tr("Change: %1").replace("%1", title))
        change.clicked.connect(lambda: self.change.emit(index))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        top = Qt.AlignmentFlag.AlignTop
        self._grid.addWidget(question, row * 2, 0, top)
        self._grid.addWidget(shown, row * 2, 1, top)
        self._grid.addWidget(change, row * 2, 2, top)
        self._grid.addWidget(line, row * 2 + 1, 0, 1, 3)
        self.change_buttons[index] = change

    def focus_first(self) -> None:
        self.finish_button.setFocus(Qt.FocusReason.OtherFocusReason)
