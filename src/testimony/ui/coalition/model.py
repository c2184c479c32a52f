"""A table model over one suppressed cross-tab: counts, or "suppressed", never a hidden
number (the model is given only what may be shown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from testimony.services.coalition import Table

Index = QModelIndex | QPersistentModelIndex


class CrossTabModel(QAbstractTableModel):
    """Rows and columns of the table, plus a last column and (when the rows cannot overlap)
    a last row of totals."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> Table | None:
        return self._table

    def _has_total_row(self) -> bool:
        return self._table is not None and not self._table.rows.multi

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.row_labels) + (1 if self._has_total_row() else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.col_labels) + 1

    def value(self, row: int, column: int) -> int | None:
        t = self._table
        assert t is not None
        nr, nc = len(t.row_labels), len(t.col_labels)
        if row < nr:
            return t.cells[row][column] if column < nc else t.row_totals[row]
        return t.col_totals[column] if column < nc else t.grand_total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.value(index.row(), index.column())
            return self.tr("suppressed") if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.value(index.row(), index.column()) is None:
            return self.tr("Hidden so that nobody can be picked out from a small number.")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        t = self._table
        if t is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = t.col_labels if orientation == Qt.Orientation.Horizontal else t.row_labels
        if 0 <= section < len(labels):
            return labels[section]
        if section == len(labels):
            return self.tr("All")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
