"""Seeing the pattern: filters, a cross-tab with small counts suppressed, charts of the
main views, and the CSV and PDF buttons.

The records' countable answers are read once from the workspace (on its database thread)
and kept in memory while the workspace is open; counting and suppression run on the task
runner's thread, so changing a filter never freezes the window.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from testimony.services import coalition as ws
from testimony.services.coalition import (
    CONSENT_LABELS,
    SINGLE,
    Fact,
    Filters,
    ReportData,
    build_report,
    csv_text,
    current_themes,
    dimensions,
    load_facts,
)
from testimony.services.coalition_texts import coalition_report, report_for_pdf
from testimony.services.files import save_file
from testimony.services.session import Session
from testimony.ui.coalition.charts import bar_chart, chart_height
from testimony.ui.coalition.model import CrossTabModel
from testimony.ui.coalition.words import dimension_title, message_for
from testimony.ui.file_dialogs import ask
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.report_pdf import ReportWriter
from testimony.ui.tasks import TaskRunner

# Rows with overlapping categories only: two one-answer dimensions are never counted
# together (see docs/coalition.md).
ROW_CHOICES = ("concern", "service")


class AnalysisPage(Page):
    updated = Signal()  # a new table is on screen (tests wait for it)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._facts: list[Fact] = []
        self._threshold = 10
        self._themes: list[tuple[str, str]] = []
        self._generation = 0
        self.report: ReportData | None = None
        self.add_heading(self.tr("See the pattern"))
        self.summary = self.add_text(self.tr("Reading the records…"), "subheading")
        self.add_text(
            self.tr(
                "Counts below the threshold are shown as \u201csuppressed\u201d, and some "
                "others with them, so that nobody can be picked out. Reports show the same."
            ),
            "muted",
        )
        self._build_filters()
        self.model = CrossTabModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Counts"))
        self.table.setMinimumHeight(260)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.table)
        charts = QGridLayout()
        self.service_chart = QChartView()
        self.concern_chart = QChartView()
        for column, view in enumerate((self.service_chart, self.concern_chart)):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(320)
            charts.addWidget(view, 0, column)
        self.body.addLayout(charts)
        self.csv_button = make_button(
            self.tr("Save counts as CSV…"),
            self.tr("Counts for a spreadsheet, small ones suppressed"),
        )
        self.pdf_button = make_button(
            self.tr("Save report as PDF…"),
            self.tr("A report to publish: counts, charts, how the numbers were protected"),
            primary=True,
        )
        self.csv_button.clicked.connect(self.ask_csv)
        self.pdf_button.clicked.connect(self.ask_pdf)
        # Said before anyone saves: these are the only readable files the workspace writes.
        warning = self.tr(
            "A CSV or PDF file is not encrypted. Anyone who gets a copy can read it. "
            "Save it only where you mean to share it."
        )
        self.file_warning = self.add_text(warning)
        for button in (self.csv_button, self.pdf_button):
            button.setAccessibleDescription(warning)
        self.add_buttons(self.pdf_button, self.csv_button)
        self.status = self.add_text("", "muted")
        self.error = error_label()
        self.body.addWidget(self.error)
        # The column maximum would squeeze a wide table; this page may use the whole width.
        self._column.setMaximumWidth(16777215)
        self.reload()

    def _fit_column(self) -> None:
        """This page is a dashboard, not prose: no reading-width limit."""

    # -- filters ---------------------------------------------------------------------------

    def _build_filters(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.filters: dict[str, QComboBox] = {}
        labels = {
            "service": self.tr("Service"),
            "concern": self.tr("Concern"),
            "area": self.tr("Area"),
            "consent": self.tr("Consent"),
            "from": self.tr("From (month)"),
            "to": self.tr("To (month)"),
            "rows": self.tr("Rows"),
            "cols": self.tr("Columns"),
        }
        for index, (key, text) in enumerate(labels.items()):
            box = QComboBox()
            box.setAccessibleName(text)
            # Long choices ("Crisis team or home treatment team") must not set the page's
            # width: at 200% text that pushed the filters off the side of the window.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            label = make_label(text)
            label.setBuddy(box)
            row, pair = divmod(index, 2)
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(box, row, pair * 2 + 1)
            self.filters[key] = box
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)
        self._fill_choices([])
        for box in self.filters.values():
            box.currentIndexChanged.connect(self.recount)

    def _fill_choices(self, facts: list[Fact]) -> None:
        dims = dimensions(facts)
        any_text = self.tr("Any")
        months = sorted({f.month for f in facts if f.month[:1].isdigit()})
        choices: dict[str, list[tuple[object, str]]] = {
            "service": [(None, any_text), *dims["service"].categories[:-1]],
            "concern": [(None, any_text), *dims["concern"].categories[:-1]],
            "area": [(None, any_text), *dims["area"].categories[:-1]],
            "consent": [(None, any_text), *CONSENT_LABELS.items()],
            "from": [(None, self.tr("Earliest")), *((m, m) for m in months)],
            "to": [(None, self.tr("Latest")), *((m, m) for m in months)],
            "rows": [(d, self.dim_title(d)) for d in ROW_CHOICES],
            "cols": [(d, self.dim_title(d)) for d in SINGLE],
        }
        for key, items in choices.items():
            box = self.filters[key]
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for data, text in items:
                box.addItem(text, data)
            index = box.findData(keep)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def dim_title(self, dim_id: str) -> str:
        return dimension_title(dim_id)

    def current_filters(self) -> Filters:
        get = {k: b.currentData() for k, b in self.filters.items()}
        return Filters(
            service=get["service"],
            concern=get["concern"],
            area=get["area"],
            period_from=get["from"],
            period_to=get["to"],
            consent=get["consent"],
        )

    # -- loading and counting --------------------------------------------------------------

    def reload(self) -> None:
        """Read the records again (after an import)."""

        def read(conn):  # on the database thread
            return load_facts(conn), ws.threshold(conn), current_themes(conn)

        self._runner.watch(self._session.submit(read), self._loaded, self._failed)

    def _loaded(self, result: tuple[list[Fact], int, list[tuple[str, str]]]) -> None:
        self._facts, self._threshold, self._themes = result
        self._fill_choices(self._facts)
        self.recount()

    def recount(self) -> None:
        self._generation += 1
        generation = self._generation
        filters = self.current_filters()
        rows, cols = self.filters["rows"].currentData(), self.filters["cols"].currentData()
        facts, threshold = self._facts, self._threshold
        if rows == cols:
            rows = "concern"
        # Themes counted too, though not shown here: the page must look its numbers up in
        # the same publication as the reports (docs/coalition.md, "One publication").
        self._runner.run(
            partial(build_report, themes=self._themes),
            facts,
            filters,
            threshold,
            (),
            ((rows, cols),),
            on_done=lambda report: self._show(generation, report),
            on_error=self._failed,
        )

    def _show(self, generation: int, report: ReportData) -> None:
        if generation != self._generation:
            return  # a newer filter is being counted
        self.report = report
        if report.records is None:
            self.summary.setText(
                self.tr(
                    "Fewer than %n record(s) match, so no counts can be shown.",
                    "",
                    report.threshold,
                )
            )
        else:
            self.summary.setText(
                self.tr("%n record(s) match.", "", report.records)
                + " "
                + self.tr("Counts below {0} are suppressed.").format(report.threshold)
            )
        notes = [self._note(code) for code in report.notes]
        if notes:
            self.summary.setText(" ".join([self.summary.text(), *notes]))
        self.model.set_table(report.tables[0] if report.tables else None)
        by_dim = {ow.dim.id: ow for ow in report.one_way}
        for view, dim_id, title in (
            (self.service_chart, "service", self.tr("Accounts by service")),
            (self.concern_chart, "concern", self.tr("Accounts by concern")),
        ):
            rows = list(by_dim[dim_id].rows)
            view.setChart(bar_chart(title, rows))
            view.setMinimumHeight(chart_height(sum(v is not None for _, v in rows)))
        self.updated.emit()

    # -- saving ------------------------------------------------------------------------------

    def ask_csv(self) -> None:
        ask(
            self,
            self.tr("Save counts"),
            "save",
            lambda p: self.save_csv(p[0]),
            "testimony-counts.csv",
            self.tr("CSV (*.csv)"),
        )

    def ask_pdf(self) -> None:
        ask(
            self,
            self.tr("Save report"),
            "save",
            lambda p: self.save_pdf(p[0]),
            "testimony-report.pdf",
            self.tr("PDF (*.pdf)"),
        )

    def _full_report(self, on_done, with_quotes: bool) -> None:
        """The published tables (the same as the command line's: counts by theme and
        quotes included), for the current filters, read on the database thread."""
        filters, threshold = self.current_filters(), self._threshold
        job = self._session.submit(coalition_report, filters, threshold, with_quotes)
        self._runner.watch(job, on_done, self._failed)

    def save_csv(self, target: Path) -> None:
        def write(report: ReportData) -> None:
            self._runner.run(
                save_file, target, csv_text(report).encode("utf-8"),
                on_done=lambda _r: self._saved(target), on_error=self._failed,
            )  # fmt: skip

        self._full_report(write, with_quotes=False)

    def save_pdf(self, target: Path) -> None:
        def write(got: tuple[ReportData, str]) -> None:
            # Qt draws charts only on the GUI thread; writing the file is done off it.
            report, author = got
            data = ReportWriter(report, author=author).pdf_bytes()
            self._runner.run(
                save_file, target, data,
                on_done=lambda _r: self._saved(target), on_error=self._failed,
            )  # fmt: skip

        job = self._session.submit(report_for_pdf, self.current_filters(), self._threshold)
        self._runner.watch(job, write, self._failed)

    def _note(self, code: str) -> str:
        """Why this view shows less than it might (codes from coalition/report.py)."""
        words = {
            "period_not_whole_quarters": self.tr(
                "A period must start and end with whole quarters (January to March, April "
                "to June, July to September, October to December), so nothing can be shown."
            ),
            "cross_table_needs_fewer_filters": self.tr(
                "With this filter the table cannot be shown. Filter by one of its own "
                "headings, or by nothing."
            ),
            "area_period_consent_not_combined": self.tr(
                "Area, period and consent are never counted together."
            ),
        }
        return words.get(code, "")

    def _saved(self, target: Path) -> None:
        self.status.setText(
            self.tr("Saved {0}. It is not encrypted: anyone who gets it can read it.").format(
                target
            )
        )

    def _failed(self, exc: BaseException) -> None:
        show_error(self.error, message_for(exc))
