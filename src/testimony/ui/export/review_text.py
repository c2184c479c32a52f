"""The two text views of the review screen: the person's words with what was found marked,
and the preview of exactly what will leave.

Marks never rely on colour alone: words to be taken out are bold with a solid line under
them (and a yellow background), words kept have a dashed line, details of this computer a
wavy line. Both views hold plain text only, so nothing the person wrote is read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from testimony.core.forms import Form
from testimony.services.sharing import Shareable
from testimony.ui.export.spans_model import Row
from testimony.ui.record.questions import describe_answer

# Dark text on light marks, set together so the pair reads in both themes (about 14:1).
MARK_TEXT = "#0b0c0c"
TAKE_OUT_BACK = "#ffdd00"
ALWAYS_BACK = "#d2d6d9"


class Offsets:
    """Python string indices ↔ positions in a QTextDocument made with setPlainText.

    Qt counts UTF-16 units (an emoji is two) and makes "\\r\\n" one paragraph break.
    """

    def __init__(self, text: str) -> None:
        self._to_qt: list[int] = []
        pos = 0
        for i, ch in enumerate(text):
            self._to_qt.append(pos)
            if ch == "\r" and text[i + 1 : i + 2] == "\n":
                continue
            pos += 2 if ord(ch) > 0xFFFF else 1
        self._to_qt.append(pos)

    def to_qt(self, index: int) -> int:
        return self._to_qt[max(0, min(index, len(self._to_qt) - 1))]

    def from_qt(self, pos: int) -> int:
        """The first Python index at or after a document position."""
        for i, p in enumerate(self._to_qt):
            if p >= pos:
                return i
        return len(self._to_qt) - 1


def _format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(MARK_TEXT))
    fmt.setUnderlineColor(QColor(MARK_TEXT))
    if kind == "out":
        fmt.setBackground(QColor(TAKE_OUT_BACK))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    elif kind == "always":
        fmt.setBackground(QColor(ALWAYS_BACK))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    else:  # kept: no background, so the dashed line alone says "found, but staying"
        fmt.clearForeground()
        fmt.clearProperty(QTextCharFormat.Property.TextUnderlineColor)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    return fmt


def configure(view: QTextEdit, name: str, description: str = "") -> None:
    """Read-only, plain text, selectable with mouse or keyboard, and Tab moves on."""
    view.setReadOnly(True)
    view.setAcceptRichText(False)
    view.setTabChangesFocus(True)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)


class MarkedText(QTextEdit):
    """The person's words, read-only, with every span found marked."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure(self, name, description)
        self._text = ""
        self._offsets = Offsets("")

    def show_text(self, text: str, rows: list[Row]) -> None:
        self._text = text
        self._offsets = Offsets(text)
        self.setPlainText(text)
        self.mark(rows)

    def mark(self, rows: list[Row]) -> None:
        keep = self.textCursor()
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        for row in rows:
            kind = "always" if row.decision < 0 else ("out" if row.redact else "kept")
            cursor.setPosition(self._offsets.to_qt(row.start))
            cursor.setPosition(self._offsets.to_qt(row.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_format(kind))
        self.setTextCursor(keep)

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def show_position(self, index: int) -> None:
        """Scroll so the words at this index are in view (the selection is left alone)."""
        rect = self.cursorRect(self.cursor_for(index, index))
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def select_range(self, start: int, end: int) -> None:
        """Select a span so the person sees which words a row of the list means."""
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int] | None:
        """What the person selected, as indices into their text; None if nothing."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None


class Preview(QTextEdit):
    """Exactly what will leave: the answers as generalised, the words as they will read."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure(self, name)

    def show_preview(self, form: Form, view: Shareable, texts: dict[str, str]) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        plain = QTextCharFormat()
        first = True
        for q in form.questions:
            if q.id in view.answers:
                shown = describe_answer(q, view.answers[q.id]) or ""
            elif q.id in texts:
                shown = texts[q.id]
            else:
                continue
            if not first:
                cursor.insertBlock()
            first = False
            cursor.insertText(q.title, title)
            cursor.insertBlock()
            cursor.insertText(shown, plain)
            cursor.insertBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def plain(self) -> str:
        return self.toPlainText()
