"""The list of what was found in one text: what it is, why it was found, and whether it will
be taken out. A tick means "take it out". Details of this computer are always ticked and
cannot be unticked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from testimony.core.redaction import Span
from testimony.core.review import FORCED_TYPE, Decision
from testimony.ui.export.words import type_words, why_found

Index = QModelIndex | QPersistentModelIndex
DECISION_ROLE = Qt.ItemDataRole.UserRole + 1  # index into the decisions, or -1 if forced
RANGE_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end) in the text


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    type: str
    reasons: tuple[str, ...]
    redact: bool
    decision: int  # -1: a detail of this computer, always taken out
    manual: bool = False


def rows_for(decisions: tuple[Decision, ...], forced: tuple[Span, ...]) -> list[Row]:
    rows = [
        Row(d.start, d.end, d.type, d.reasons, d.redact, i, d.manual)
        for i, d in enumerate(decisions)
    ]
    rows += [Row(s.start, s.end, FORCED_TYPE, s.reasons, True, -1) for s in forced]
    return sorted(rows, key=lambda r: (r.start, r.end))


class SpansModel(QAbstractListModel):
    """One row per span. setData on the check state asks for a change; the screen decides."""

    toggled = Signal(int, bool)  # decision index, take it out

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._rows: list[Row] = []

    def reset(self, text: str, decisions: tuple[Decision, ...], forced: tuple[Span, ...]) -> None:
        self.beginResetModel()
        self._text = text
        self._rows = rows_for(decisions, forced)
        self.endResetModel()

    def update(self, decisions: tuple[Decision, ...], forced: tuple[Span, ...]) -> None:
        """New choices for the same spans: repaint in place, so the selection stays."""
        rows = rows_for(decisions, forced)
        if [(r.start, r.end) for r in rows] != [(r.start, r.end) for r in self._rows]:
            self.reset(self._text, decisions, forced)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_for_decision(self, decision: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.decision == decision), -1)

    def surface(self, row: Row) -> str:
        return " ".join(self._text[row.start : row.end].split())

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._outcome(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.redact else Qt.CheckState.Unchecked
        if role == DECISION_ROLE:
            return row.decision
        if role == RANGE_ROLE:
            return (row.start, row.end)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        if row is not None and row.decision >= 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.row_at(index.row())
        if row is None or row.decision < 0:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.toggled.emit(row.decision, checked)
        return True

    # -- words -------------------------------------------------------------------------------

    def _describe(self, row: Row) -> str:
        what = type_words(row.type)
        why = self.tr("you chose to take it out") if row.manual else why_found(row.reasons)
        return (
            self.tr("“%1”: %2. Found because %3.")
            .replace("%2", what)
            .replace("%3", why)
            .replace("%1", self.surface(row))  # the person's words last: never read as a mark
            + "\n"
            + self._outcome(row)
        )

    def _outcome(self, row: Row) -> str:
        if row.decision < 0:
            return self.tr("Always taken out. You cannot keep this.")
        if row.redact:
            return self.tr("Will be taken out.")
        return self.tr("You chose to keep this.")
