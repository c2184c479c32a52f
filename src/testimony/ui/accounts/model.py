"""The list of accounts as a Qt table model, filled lazily.

A search (or the whole list) asks for the count and the first page together, from one
read of the index (services.accounts.first_page); a search stops counting past 1,000 and
the list says "more than 1,000" until the end is reached. Further rows are read a page at
a time as the view scrolls (canFetchMore/fetchMore), each page starting after the last row
shown. No list of every match is built. Every read runs on the database thread; results
come back through the TaskRunner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from testimony.core.consent import Level
from testimony.core.types import AccountRow, Status
from testimony.services.accounts import FirstPage, first_page, list_page
from testimony.services.session import Session
from testimony.ui.record.common import (
    error_text,
    format_answer_date,
    format_stamp,
    guarded,
    level_short,
)
from testimony.ui.tasks import TaskRunner

BATCH = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    WHEN, TITLE, STATUS, CONSENT, SUPPORT = range(5)

    loaded = Signal()  # the count for the current search has arrived
    failed = Signal(str)  # plain words

    def __init__(self, session: Session, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._total = 0
        self._more = False  # more than _total match; the exact number comes at the end
        self._rows: list[AccountRow] = []
        self._done = False  # the last page has arrived
        self._fetching = False
        # Bumped on every reload and every batch asked for, so a late answer to an older
        # question is dropped when it arrives.
        self._generation = 0
        self._request = 0
        self.search = ""

    # -- loading -----------------------------------------------------------------------------

    def reload(self, search: str = "") -> None:
        """Count again (all, or those matching `search`) and start over from the first page."""
        self.search = search
        self._generation += 1
        self._request += 1
        generation = self._generation
        future = self._session.submit(first_page, search, BATCH)
        self._runner.watch(
            future,
            guarded(self, lambda page: self._on_first(generation, page)),
            guarded(self, self._on_error),
        )

    def _on_first(self, generation: int, page: FirstPage) -> None:
        if generation != self._generation:
            return  # a newer search was typed while this one ran
        self.beginResetModel()
        self._total = page.count.n
        self._more = page.count.more
        self._rows = list(page.rows)
        self._done = False
        self._settle(len(page.rows))
        self._fetching = False
        self._request += 1
        self.endResetModel()
        self.loaded.emit()

    def _settle(self, arrived: int) -> None:
        """After a page of `arrived` rows: is this the end, and how many are there?"""
        shown = len(self._rows)
        if arrived < BATCH or (not self._more and shown >= self._total):
            # The end of the list, so now the exact number is known. Accounts deleted since
            # the count leave it short.
            self._done = True
            self._total, self._more = shown, False
        elif shown > self._total:
            self._total = shown  # still more than this

    @property
    def total(self) -> int:
        """How many accounts match, fetched or not (at least this many when `more`)."""
        return self._total

    @property
    def more(self) -> bool:
        """More than `total` match: the search stopped counting there."""
        return self._more

    @property
    def fetching(self) -> bool:
        """A batch has been asked for and has not arrived yet."""
        return self._fetching

    def all_fetched(self) -> bool:
        return self._done

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and not self.all_fetched()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self._request += 1
        request = self._request
        start = len(self._rows)
        after = self._rows[-1] if self._rows else None
        future = self._session.submit(list_page, self.search, after, BATCH)
        self._runner.watch(
            future,
            guarded(self, lambda rows: self._on_rows(request, start, rows)),
            guarded(self, self._on_error),
        )

    def _on_rows(self, request: int, start: int, rows: tuple[AccountRow, ...]) -> None:
        if request != self._request or start != len(self._rows):
            return  # asked for before a reload: these rows belong to an older list
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._settle(len(rows))  # before the view hears of the rows: it shows the count
            self.endInsertRows()
        else:
            self._settle(0)
        # Only now: a view reacting to the insert must not ask for the same rows again.
        self._fetching = False

    def _on_error(self, exc: BaseException) -> None:
        self._fetching = False
        self.failed.emit(error_text(exc))

    # -- reading -----------------------------------------------------------------------------

    def account_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHEN:
            if row.when:
                return self.tr("When it happened")
            return self.tr("When you started writing it")
        return None

    def _text(self, row: AccountRow, column: int) -> str:
        if column == self.WHEN:
            if row.when:
                return format_answer_date(row.when)
            return self.tr("Started %1").replace("%1", format_stamp(row.created, with_time=False))
        if column == self.TITLE:
            if row.title:
                return row.title
            day = format_stamp(row.created, with_time=False)
            return self.tr("Account from %1").replace("%1", day)
        if column == self.STATUS:
            return self.tr("Finished") if row.status is Status.COMPLETE else self.tr("Draft")
        if column == self.CONSENT:
            # A choice, not something done: nothing has been shared until a file is made.
            if row.consent is Level.WORDS:
                return self.tr("Words may be shared")
            return level_short(row.consent)
        return self.tr("Yes") if row.supported else self.tr("No")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (
            self.tr("When"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Who can see it"),
            self.tr("With support"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
