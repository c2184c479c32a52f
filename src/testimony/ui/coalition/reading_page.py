"""Reading the words people shared: a searchable list of records with consent "words" or
"quote", the chosen record's texts in full, and tagging with themes one at a time or every
record a search finds.

Everything is read on the workspace's database thread (services/coalition_texts.py); a
search starts a short moment after typing stops, and an answer to an older search is
dropped, so typing never freezes the window nor shows stale results.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QWidget,
)

from testimony.services import coalition_texts as ct
from testimony.services.session import Session
from testimony.ui.coalition.words import message_for
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class TextsModel(QAbstractTableModel):
    """One row per record: when it came, its consent, form version, review, themes and the
    start of its words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: tuple[ct.TextRecord, ...] = ()

    def set_records(self, records: tuple[ct.TextRecord, ...]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("Imported"), tr("Consent"), tr("Form"), tr("Reviewed"), tr("Themes"),
                tr("Words")]  # fmt: skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        rec = self.records[index.row()]
        first = rec.texts[0].text if rec.texts else ""
        values = [
            rec.imported_at[:10],
            consent_words(self, rec.consent),
            self.tr("version {0}").format(rec.form_version),
            review_words(self, rec.reviewed),
            ", ".join(rec.themes) or self.tr("none yet"),
            first if len(first) <= 90 else first[:89] + "…",
        ]
        return values[index.column()]


def consent_words(owner: Any, consent: str) -> str:
    return owner.tr("May be quoted") if consent == "quote" else owner.tr("Words for reading")


def review_words(owner: Any, reviewed: bool | None) -> str:
    if reviewed is True:
        return owner.tr("Yes, by the person")
    if reviewed is False:
        return owner.tr("No: automatic changes only")
    return owner.tr("Not known (older export)")


class ReadingPage(Page):
    searched = Signal()  # new results are on screen (tests wait for it)
    tagged = Signal(int)  # tags were added or removed: how many

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._generation = 0
        self.add_heading(self.tr("Read the words"))
        self.add_text(
            self.tr(
                "These are the words people chose to share, with names and details taken "
                "out. Accounts that are only counted have no words, so they are not here."
            ),
            "muted",
        )
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the words"))
        self.search.setPlaceholderText(self.tr("Type words to look for"))
        self.search.setClearButtonEnabled(True)
        label = make_label(self.tr("Search"))
        label.setBuddy(self.search)
        self.body.addWidget(label)
        self.body.addWidget(self.search)
        self._build_filters()
        self.status = self.add_text("", "subheading")
        self.model = TextsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records with words"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setMinimumHeight(240)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.body.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen record's words"))
        self.detail.setMinimumHeight(180)
        self.body.addWidget(self.detail)
        self._build_tagging()
        self.error = error_label()
        self.body.addWidget(self.error)
        self._column.setMaximumWidth(16777215)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.reload_choices()

    def _fit_column(self) -> None:
        """A working page with a wide table: no reading-width limit."""

    # -- filters ---------------------------------------------------------------------------

    def _build_filters(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.filters: dict[str, QComboBox] = {}
        names = {
            "service": self.tr("Service"),
            "concern": self.tr("Concern"),
            "area": self.tr("Area"),
            "theme": self.tr("Theme"),
            "consent": self.tr("Consent"),
        }
        for index, (key, text) in enumerate(names.items()):
            box = QComboBox()
            box.setAccessibleName(text)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            self._pair(grid, index, text, box)
            self.filters[key] = box
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_from = QLineEdit()
        self.period_to = QLineEdit()
        for index, (edit, text) in enumerate(
            ((self.period_from, self.tr("From (month)")), (self.period_to, self.tr("To (month)")))
        ):
            edit.setAccessibleName(text)
            edit.setPlaceholderText(self.tr("like 2024-03"))
            edit.editingFinished.connect(self.refresh)
            self._pair(grid, len(names) + index, text, edit)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)

    @staticmethod
    def _pair(grid: QGridLayout, index: int, text: str, widget: QWidget) -> None:
        label = make_label(text)
        label.setBuddy(widget)
        row, pair = divmod(index, 2)
        grid.addWidget(label, row, pair * 2)
        grid.addWidget(widget, row, pair * 2 + 1)

    def reload_choices(self) -> None:
        """Fill the filters (and the theme to tag with) from the workspace, then search."""
        if self._session.is_closed:
            return
        self._runner.watch(self._session.submit(ct.filter_choices), self._fill, self._failed)

    def _fill(self, choices: ct.Choices) -> None:
        any_text = self.tr("Any")
        items = {
            "service": [(None, any_text), *choices.service[:-1]],
            "concern": [(None, any_text), *choices.concern[:-1]],
            "area": [(None, any_text), *choices.area[:-1]],
            "theme": [(None, any_text), *choices.theme],
            "consent": [
                (None, any_text),
                ("words", self.tr("Words for reading")),
                ("quote", self.tr("May be quoted")),
            ],
        }
        for key, pairs in items.items():
            _refill(self.filters[key], pairs)
        _refill(self.tag_theme, list(choices.theme))
        self.refresh()

    def current_filters(self) -> ct.Filters | None:
        """The filters chosen, or None (with a message) when a month is not a month."""
        months = []
        for edit in (self.period_from, self.period_to):
            value = edit.text().strip()
            if value and not _MONTH.match(value):
                show_error(self.error, self.tr("Write a month as year and month, like 2024-03."))
                return None
            months.append(value or None)
        get = {k: b.currentData() for k, b in self.filters.items()}
        return ct.Filters(
            service=get["service"],
            concern=get["concern"],
            area=get["area"],
            theme=get["theme"],
            consent=get["consent"],
            period_from=months[0],
            period_to=months[1],
        )

    # -- searching -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._session.is_closed:
            return  # locked while an answer was on its way: the page is about to go
        filters = self.current_filters()
        if filters is None:
            return
        show_error(self.error, "")
        self._generation += 1
        generation = self._generation
        job = self._session.submit(ct.find_texts, self.search.text(), filters)
        self._runner.watch(job, lambda page: self._shown(generation, page), self._failed)

    def _shown(self, generation: int, page: ct.TextPage) -> None:
        if generation != self._generation:
            return  # an older search answered late
        keep = self._current_id()
        self.model.set_records(page.records)
        n = len(page.records)
        if page.more:
            text = self.tr(
                "Showing the newest %n record(s). More match: search for more words.", "", n
            )
        else:
            text = self.tr("%n record(s) with words match.", "", n)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        rows = [r.export_id for r in page.records]
        self.table.selectRow(rows.index(keep) if keep in rows else 0)
        self._show_detail()
        self.searched.emit()

    def _current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.records[row].export_id if 0 <= row < len(self.model.records) else None

    def _show_detail(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.records):
            self.detail.setPlainText("")
            return
        rec = self.model.records[row]
        lines = [
            self.tr("Export id: {0}").format(rec.export_id),
            self.tr("Consent: {0}. Form version {1}. Imported {2}.").format(
                consent_words(self, rec.consent), rec.form_version, rec.imported_at[:10]
            ),
            self.tr("Reviewed: {0}").format(review_words(self, rec.reviewed)),
            self.tr("Themes: {0}").format(", ".join(rec.themes) or self.tr("none yet")),
            "",
        ]
        for text in rec.texts:
            lines += [text.title, text.text, ""]
        self.detail.setPlainText("\n".join(lines))

    # -- tagging ---------------------------------------------------------------------------

    def _build_tagging(self) -> None:
        self.tag_theme = QComboBox()
        self.tag_theme.setAccessibleName(self.tr("Theme to give"))
        label = make_label(self.tr("Theme to give"))
        label.setBuddy(self.tag_theme)
        self.body.addWidget(label)
        self.body.addWidget(self.tag_theme)
        self.tag_one = make_button(
            self.tr("Give the chosen record this theme"),
            self.tr("Tag the record shown above with the theme"),
            primary=True,
        )
        self.untag_one = make_button(
            self.tr("Take this theme off the chosen record"),
            self.tr("Remove the theme from the record shown above"),
        )
        self.tag_all = make_button(
            self.tr("Give every record found this theme"),
            self.tr("Tag every record that matches the search and filters"),
        )
        self.tag_one.clicked.connect(lambda: self._tag(all_found=False, adding=True))
        self.untag_one.clicked.connect(lambda: self._tag(all_found=False, adding=False))
        self.tag_all.clicked.connect(lambda: self._tag(all_found=True, adding=True))
        self.add_buttons(self.tag_one, self.untag_one, self.tag_all)

    def _tag(self, all_found: bool, adding: bool) -> None:
        theme = self.tag_theme.currentText()
        filters = self.current_filters()
        if not theme or filters is None:
            show_error(self.error, self.tr("Choose a theme first."))
            return
        if all_found:
            job = self._session.submit_write(ct.tag_matching, self.search.text(), filters, [theme])
        else:
            export_id = self._current_id()
            if export_id is None:
                show_error(self.error, self.tr("Choose a record first."))
                return
            fn = ct.tag if adding else ct.untag
            job = self._session.submit_write(fn, [export_id], [theme])
        self._runner.watch(job, self._after_tag, self._failed)

    def _after_tag(self, changed: int) -> None:
        self.tagged.emit(changed)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        show_error(self.error, message_for(exc))


def _refill(box: QComboBox, pairs: list[tuple[Any, str]]) -> None:
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    for data, text in pairs:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(keep), 0))
    box.blockSignals(False)
