"""The person's accounts: a searchable list, or one clear button when there are none yet.

Search uses the full-text index inside the encrypted vault. What is typed in the search box
is kept in memory only, and the search runs on the database thread a moment after typing
stops.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from testimony.services.session import Session
from testimony.ui.accounts.model import AccountsModel
from testimony.ui.record.common import body, button, error_label, heading
from testimony.ui.tasks import TaskRunner

# Long enough that a search is not run for every letter of a word typed at speed (keys come
# about 100-150 ms apart), short enough that results appear as soon as typing pauses. A
# search that is overtaken is dropped by the model (its generation), never shown late.
SEARCH_DELAY_MS = 200


class AccountsPage(QWidget):
    new_account_requested = Signal()
    open_account_requested = Signal(int)
    share_requested = Signal()
    shared_requested = Signal()

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        on_stick: bool = False,  # the vault is on a removable drive (looked at off this thread)
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your accounts"))
        self._on_stick = on_stick
        self.model = AccountsModel(session, runner, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.rowsInserted.connect(self._update_count)
        self.model.failed.connect(self._on_failed)

        self.new_button = button(self.tr("Record what happened"), "newAccount", primary=True)
        self.new_button.setAccessibleDescription(self.tr("Start a new account"))
        self.new_button.clicked.connect(self.new_account_requested)
        self.share_button = button(self.tr("Share"), "share")
        self.share_button.setAccessibleDescription(
            self.tr("Send an anonymised copy of accounts you chose to share")
        )
        self.share_button.clicked.connect(self.share_requested)
        self.shared_button = button(self.tr("What I have shared"), "shared")
        self.shared_button.setAccessibleDescription(
            self.tr("See what you have shared, and take it back")
        )
        self.shared_button.clicked.connect(self.shared_requested)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search your accounts"))
        self.search.setAccessibleName(self.tr("Search your accounts"))
        self.search.setAccessibleDescription(self.tr("Finds accounts that contain every word"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.count = QLabel("")
        self.count.setObjectName("count")
        self.count.setAccessibleName(self.tr("Number of accounts"))
        self.table = self._make_table()
        # After the table's own connection, so the table knows the new rows when measuring.
        self.model.rowsInserted.connect(self._fit_columns)
        self.no_match = body(self.tr("No accounts match your search. Try fewer words."))
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty = self._make_empty_state()
        self.stack = QStackedWidget()
        for w in (self.table, self.no_match, self.empty):
            self.stack.addWidget(w)
        self.error = error_label()
        self.error.setVisible(False)

        # The main action first, then sharing; on a row of their own so that at 200% text
        # the heading is never squeezed.
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.share_button)
        actions.addWidget(self.shared_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Your accounts")))
        layout.addLayout(actions)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("accounts")
        table.setAccessibleName(self.tr("Accounts"))
        table.setAccessibleDescription(self.tr("Press Enter to open the chosen account"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(AccountsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.activated.connect(self._open)
        return table

    def _make_empty_state(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("emptyState")
        layout = QVBoxLayout(panel)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Nothing recorded yet"), 1.2))
        if self._on_stick:  # say honestly where it is (issue 12)
            where = self.tr(
                "You can write down what happened when you needed help. "
                "It stays on your USB stick, locked. You choose if anyone else sees it."
            )
        else:
            where = self.tr(
                "You can write down what happened when you needed help. "
                "It stays on this computer, locked. You choose if anyone else sees it."
            )
        layout.addWidget(body(where))
        self.empty_button = button(self.tr("Record what happened"), "emptyNewAccount", primary=True)
        self.empty_button.clicked.connect(self.new_account_requested)
        row = QHBoxLayout()
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return panel

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping what is in the search box."""
        self._debounce.stop()
        self.model.reload(self.search.text().strip())

    def _run_search(self) -> None:
        self.model.reload(self.search.text().strip())

    def _on_loaded(self) -> None:
        self.error.setVisible(False)
        searching = bool(self.model.search)
        nothing_at_all = self.model.total == 0 and not searching
        self.new_button.setVisible(not nothing_at_all)
        self.search.setVisible(not nothing_at_all)
        self.count.setVisible(not nothing_at_all)
        if nothing_at_all:
            self.stack.setCurrentWidget(self.empty)
        elif self.model.total == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
            # The first page arrives as a new list (a reset), not as inserted rows.
            self._fit_columns()
            if self.model.canFetchMore():
                self.model.fetchMore()
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.total
        if self.model.search and self.model.more:
            text = self.tr("More than %n account(s) match", "", n)
        elif self.model.search:
            text = self.tr("%n account(s) match", "", n) if n else ""
        else:
            text = self.tr("%n account(s)", "", n)
        self.count.setText(text)

    def _fit_columns(self) -> None:
        # Sized from the rows read so far (ResizeToContents would measure every row on each
        # insert, which is slow for long lists); the name column takes what is left.
        others = [c for c in range(self.model.columnCount()) if c != AccountsModel.TITLE]
        for column in others:
            self.table.resizeColumnToContents(column)
        # At large text sizes the short columns alone can fill the width; the name is what
        # tells accounts apart, so it always keeps at least a third of the room.
        room = int(self.table.viewport().width() * 2 / 3)
        used = sum(self.table.columnWidth(c) for c in others)
        if room > 0 and used > room:
            for column in others:
                self.table.setColumnWidth(column, self.table.columnWidth(column) * room // used)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _on_failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_account_requested.emit(self.model.account_id(index.row()))
