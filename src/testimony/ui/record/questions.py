"""One small editor per question type. Each holds its own answer and says when it changed;
the flow decides when to save.

Values are exactly what core.forms.validate_answers accepts, or None for "not answered".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from testimony.core.forms import AnswerValue, Question
from testimony.ui.keyboard import arrows_choose
from testimony.ui.record.common import body, button, format_answer_date, literal, option_row

# Short answers (a name for the account) get a one-line box; everything else a big one.
_ONE_LINE_LIMIT = 200
_EARLIEST_YEAR = 1950


class QuestionEditor(QWidget):
    """Base: the editor for one question."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(question.title)
        if question.help:
            self.setAccessibleDescription(question.help)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def value(self) -> AnswerValue | None:
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put keyboard focus on the first control of this question."""
        raise NotImplementedError

    def option_button(self, option_id: str) -> QAbstractButton | None:
        """The radio or tick box for one option, if this question has options."""
        return None


class _ChoiceBase(QuestionEditor):
    """Radio buttons, one answer. A "Clear my answer" button, because a radio cannot be
    unticked and skipping must never be the only way to take an answer back."""

    def __init__(
        self, question: Question, options: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._ids: dict[QAbstractButton, str] = {}
        self._add_buttons(options)
        self._clear = button(self.tr("Clear my answer"), "clearAnswer")
        self._clear.setAccessibleDescription(
            self.tr("Takes away your answer to: %1").replace("%1", question.title)
        )
        self._clear.setFlat(True)
        self._clear.clicked.connect(self._on_clear)
        row = QHBoxLayout()
        row.addWidget(self._clear)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._group.buttonToggled.connect(self._on_toggled)
        self._sync_clear()

    def _add_buttons(self, options: list[tuple[str, str]]) -> None:
        for option_id, label in options:
            radio = QRadioButton()
            self._group.addButton(radio)
            self._ids[radio] = option_id
            self._layout.addWidget(option_row(radio, label))

    def option_button(self, option_id: str) -> QAbstractButton | None:
        return next((b for b, oid in self._ids.items() if oid == option_id), None)

    def value(self) -> AnswerValue | None:
        checked = self._group.checkedButton()
        return self._ids[checked] if checked is not None else None

    def set_value(self, value: AnswerValue | None) -> None:
        self._group.blockSignals(True)
        self._uncheck_all()
        for b, option_id in self._ids.items():
            if option_id == value:
                b.setChecked(True)
        self._group.blockSignals(False)
        self._sync_clear()

    def focus_first(self) -> None:
        target = self._group.checkedButton() or next(iter(self._ids))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _uncheck_all(self) -> None:
        # An exclusive group refuses to leave nothing checked; lift that for a moment.
        self._group.setExclusive(False)
        for b in self._ids:
            b.setChecked(False)
        self._group.setExclusive(True)

    def _on_clear(self) -> None:
        self._uncheck_all()
        self._sync_clear()
        self.focus_first()
        self.changed.emit()

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._sync_clear()
            self.changed.emit()

    def _sync_clear(self) -> None:
        self._clear.setVisible(self._group.checkedButton() is not None)


class ChoiceEditor(_ChoiceBase):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, [(o.id, o.label) for o in question.options], parent)


class YesNoEditor(_ChoiceBase):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        options = [("yes", _t("Yes")), ("no", _t("No")), ("not_sure", _t("Not sure"))]
        super().__init__(question, options, parent)


class ScaleEditor(_ChoiceBase):
    """A row of numbered radios with the words for each end beside them."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        assert question.min is not None and question.max is not None
        options = [(str(n), str(n)) for n in range(question.min, question.max + 1)]
        super().__init__(question, options, parent)

    def _add_buttons(self, options: list[tuple[str, str]]) -> None:
        q = self.question
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(body(q.min_label))
        for option_id, label in options:
            radio = QRadioButton(literal(label))
            name = label
            if option_id == str(q.min) and q.min_label:
                name = f"{label}, {q.min_label}"
            elif option_id == str(q.max) and q.max_label:
                name = f"{label}, {q.max_label}"
            radio.setAccessibleName(name)
            arrows_choose(radio)
            self._group.addButton(radio)
            self._ids[radio] = option_id
            row.addWidget(radio)
        row.addWidget(body(q.max_label))
        row.addStretch(1)
        self._layout.addLayout(row)

    def value(self) -> AnswerValue | None:
        raw = super().value()
        return int(raw) if isinstance(raw, str) else None

    def set_value(self, value: AnswerValue | None) -> None:
        super().set_value(None if value is None else str(value))


class MultiEditor(QuestionEditor):
    """Tick boxes. An option meaning "none of these" clears the others, and the other way
    round, so an answer never says both."""

    _NONE_IDS = ("none",)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._boxes: dict[str, QCheckBox] = {}
        for option in question.options:
            box = QCheckBox()
            box.toggled.connect(lambda checked, oid=option.id: self._on_toggled(oid, checked))
            self._boxes[option.id] = box
            self._layout.addWidget(option_row(box, option.label))

    def option_button(self, option_id: str) -> QAbstractButton | None:
        return self._boxes.get(option_id)

    def value(self) -> AnswerValue | None:
        chosen = [oid for oid, box in self._boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: AnswerValue | None) -> None:
        wanted = set(value) if isinstance(value, list) else {value} if value else set()
        for oid, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(oid in wanted)
            box.blockSignals(False)

    def focus_first(self) -> None:
        next(iter(self._boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_toggled(self, option_id: str, checked: bool) -> None:
        if checked:
            is_none = option_id in self._NONE_IDS
            for oid, box in self._boxes.items():
                if oid != option_id and (is_none or oid in self._NONE_IDS):
                    box.blockSignals(True)
                    box.setChecked(False)
                    box.blockSignals(False)
        self.changed.emit()


class TextEditor(QuestionEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.one_line = question.max_length <= _ONE_LINE_LIMIT
        if self.one_line:
            self.edit: QLineEdit | QPlainTextEdit = QLineEdit()
            self.edit.setMaxLength(question.max_length)
            self.edit.textChanged.connect(self.changed)
        else:
            self.edit = QPlainTextEdit()
            # Tab must move on, not type a tab, or a keyboard user is trapped in the box.
            self.edit.setTabChangesFocus(True)
            self.edit.setMinimumHeight(180)
            self.edit.textChanged.connect(self.changed)
        self.edit.setAccessibleName(question.title)
        if question.help:
            self.edit.setAccessibleDescription(question.help)
        self.edit.setObjectName(f"answer_{question.id}")
        self._layout.addWidget(self.edit)

    def text(self) -> str:
        if isinstance(self.edit, QLineEdit):
            return self.edit.text()
        return self.edit.toPlainText()

    def value(self) -> AnswerValue | None:
        text = self.text()
        return text if text.strip() else None

    def set_value(self, value: AnswerValue | None) -> None:
        text = value if isinstance(value, str) else ""
        self.edit.blockSignals(True)
        if isinstance(self.edit, QLineEdit):
            self.edit.setText(text)
        else:
            self.edit.setPlainText(text)
        self.edit.blockSignals(False)

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class DateEditor(QuestionEditor):
    """Month and year, with the day only if the person wants to give it."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        locale = QLocale()
        self.month = self._combo(self.tr("Month"), [self.tr("Choose a month")])
        for m in range(1, 13):
            self.month.addItem(locale.monthName(m, QLocale.FormatType.LongFormat), m)
        self.year = self._combo(self.tr("Year"), [self.tr("Choose a year")])
        for y in range(date.today().year, _EARLIEST_YEAR - 1, -1):
            self.year.addItem(str(y), y)
        self.day = self._combo(self.tr("Day (if you know it)"), [self.tr("No day")])
        for d in range(1, 32):
            self.day.addItem(str(d), d)
        row = QHBoxLayout()
        row.setSpacing(16)
        for label, combo in (
            (self.tr("Month"), self.month),
            (self.tr("Year"), self.year),
            (self.tr("Day (if you know it)"), self.day),
        ):
            col = QVBoxLayout()
            caption = body(label)  # wraps, so large text never runs off the window
            col.addWidget(caption)
            col.addWidget(combo)
            row.addLayout(col)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._hint = body(self.tr("Choose a month and a year so this can be saved."))
        self._hint.setVisible(False)
        self._layout.addWidget(self._hint)

    def _combo(self, name: str, first: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text in first:
            combo.addItem(text, None)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def value(self) -> AnswerValue | None:
        month, year, day = self.month.currentData(), self.year.currentData(), self.day.currentData()
        if month is None or year is None:
            return None
        if day is not None and day <= _days_in(year, month):
            return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}"

    def set_value(self, value: AnswerValue | None) -> None:
        parts = value.split("-") if isinstance(value, str) else []
        numbers = [int(p) for p in parts if p.isdigit()]
        for combo, n in zip(
            (self.year, self.month, self.day), [*numbers, None, None, None][:3], strict=True
        ):
            combo.blockSignals(True)
            index = combo.findData(n) if n is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._update_hint()

    def focus_first(self) -> None:
        self.month.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        partial = (self.month.currentData() is None) != (self.year.currentData() is None)
        self._hint.setVisible(partial)


def _days_in(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


_EDITORS: dict[str, type[QuestionEditor]] = {
    "choice": ChoiceEditor,
    "yesno": YesNoEditor,
    "scale": ScaleEditor,
    "multi": MultiEditor,
    "text": TextEditor,
    "date": DateEditor,
}


def make_editor(question: Question, parent: QWidget | None = None) -> QuestionEditor:
    return _EDITORS[question.type](question, parent)


def describe_answer(question: Question, value: AnswerValue | None) -> str | None:
    """An answer as words for the check page and the account view; None when not answered."""
    if value is None or value == "" or value == []:
        return None
    if question.type in ("choice", "multi"):
        labels = {o.id: o.label for o in question.options}
        values = value if isinstance(value, list) else [value]
        return "\n".join(labels.get(str(v), str(v)) for v in values)
    if question.type == "yesno":
        words = {"yes": _t("Yes"), "no": _t("No"), "not_sure": _t("Not sure")}
        return words.get(str(value), str(value))
    if question.type == "date" and isinstance(value, str):
        return format_answer_date(value)
    if question.type == "scale":
        return _t("%1 out of %2").replace("%1", str(value)).replace("%2", str(question.max))
    return str(value)


def _t(text: str) -> str:
    return QCoreApplication.translate("QuestionEditor", text)
