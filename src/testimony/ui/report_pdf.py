"""The coalition's PDF report, drawn with Qt: counts, charts, a plain-English note on how
the numbers were protected, and quotes only from people who allowed public quotes.

Everything it shows comes from a ReportData (coalition/report.py), where suppression was
already applied; this module only lays it out. Data is escaped before it goes into the
document's HTML. The command line loads this module only for `coalition report --pdf`.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from testimony.services.coalition import OneWay, ReportData, Table
from testimony.services.files import save_file
from testimony.ui.coalition.charts import bar_chart, chart_height, chart_image
from testimony.ui.coalition.words import dimension_title

CHARTS = ("service", "concern", "area", "period")
CHART_WIDTH = 760


def ensure_app() -> QApplication:
    """Charts need a QApplication; the command line has none, and maybe no screen."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


class ReportWriter(QObject):
    """Builds the report as one QTextDocument and prints it to PDF in memory."""

    def __init__(self, report: ReportData, made: date | None = None) -> None:
        super().__init__()
        self.report = report
        self.made = made or date.today()
        self.doc = QTextDocument()
        self._images = 0

    def pdf_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.tr("Testimony coalition report"))
        writer.setCreator("Testimony")
        writer.setResolution(144)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.doc.setDefaultStyleSheet(_STYLE)
        self.doc.setHtml(self.html())
        self.doc.setPageSize(QSizeF(writer.width(), writer.height()))
        self.doc.print_(writer)
        del writer
        buffer.close()
        return bytes(data.data())

    # -- the document ---------------------------------------------------------------------

    def html(self) -> str:
        r = self.report
        parts = [f"<h1>{self._e(self.tr('What people told us about crisis services'))}</h1>"]
        if r.records is None:
            count = self.tr("Made in {0} from fewer than %n account(s).", "", r.threshold).format(
                self.made.strftime("%B %Y")
            )
        else:
            count = self.tr("Made in {0} from %n account(s).", "", r.records).format(
                self.made.strftime("%B %Y")
            )
        parts.append(f"<p class='lead'>{self._e(count)}</p>")
        if r.filters:
            chosen = "; ".join(f"{what}: {value}" for what, value in r.filters)
            parts.append(
                f"<p>{self._e(self.tr('Only accounts matching: {0}.').format(chosen))}</p>"
            )
        parts.append(self._method())
        parts.append(self._charts())
        parts += [self._one_way(ow) for ow in r.one_way]
        parts += [self._table(t) for t in r.tables]
        parts.append(self._quotes())
        return "\n".join(parts)

    def _method(self) -> str:
        t = self.report.threshold
        paragraphs = [
            self.tr(
                "Each account was written by a person with lived experience of crisis "
                "services, on their own computer. Before it was sent to us it was made "
                "anonymous: no names, addresses, phone numbers or reference numbers; dates "
                "only as a month; places only as a region. The person read every change "
                "and chose what to share."
            ),
            self.tr(
                "Small numbers can point at a person, so any count below {0} (other than "
                "zero) is not shown: it reads \u201csuppressed\u201d. Some larger counts are "
                "hidden too, so that a hidden number cannot be worked out by taking the "
                "others away from a total. A zero is shown: it means nobody gave that answer."
            ).format(t),
            self.tr(
                "People could choose more than one service and more than one concern, so "
                "those counts add up to more than the number of accounts."
            ),
            self.tr(
                "Quotes are only from people who agreed to be quoted in public. They are "
                "shown without any of that person\u2019s other answers, so a quote cannot "
                "be tied to a group in the tables."
            ),
            self.tr(
                "These accounts come from people who chose to share them. They are not a "
                "random sample, and they cannot say how often these things happen overall."
            ),
        ]
        body = "".join(f"<p>{self._e(p)}</p>" for p in paragraphs)
        return f"<h2>{self._e(self.tr('How to read this report'))}</h2>{body}"

    def _charts(self) -> str:
        out = [f"<h2>{self._e(self.tr('The main patterns'))}</h2>"]
        by_dim = {ow.dim.id: ow for ow in self.report.one_way}
        for dim_id in CHARTS:
            ow = by_dim.get(dim_id)
            if ow is None:
                continue
            chart = bar_chart(self._title(ow.dim.id, ow.dim.title), list(ow.rows))
            bars = sum(v is not None for _, v in ow.rows)
            image = chart_image(chart, CHART_WIDTH, chart_height(bars))
            name = f"chart{self._images}.png"
            self._images += 1
            self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            out.append(f"<p><img src='{name}' width='{CHART_WIDTH}'></p>")
        return "".join(out)

    def _one_way(self, ow: OneWay) -> str:
        title = self.tr("Accounts by {0}").format(self._title(ow.dim.id, ow.dim.title).lower())
        rows = "".join(
            f"<tr><td>{self._e(label)}</td><td class='n'>{self._n(v)}</td></tr>"
            for label, v in ow.rows
        )
        if not ow.dim.multi:
            rows += (
                f"<tr class='total'><td>{self._e(self.tr('Total'))}</td>"
                f"<td class='n'>{self._n(ow.total)}</td></tr>"
            )
        head = f"<tr><th width='320'>{self._e(self._title(ow.dim.id, ow.dim.title))}</th>"
        head += f"<th class='n' width='90'>{self._e(self.tr('Accounts'))}</th></tr>"
        return f"<h3>{self._e(title)}</h3><table>{head}{rows}</table>"

    def _table(self, t: Table) -> str:
        rows_t = self._title(t.rows.id, t.rows.title)
        cols_t = self._title(t.cols.id, t.cols.title)
        title = self.tr("{0} by {1}").format(rows_t, cols_t.lower())
        # Wide tables (an area per column) use a smaller type, so that every number and
        # "suppressed" fits its column on one line.
        head = f"<tr><th class='w' width='14%'>{self._e(rows_t)}</th>"
        head += "".join(f"<th class='n w'>{self._e(c)}</th>" for c in t.col_labels)
        head += f"<th class='n w'>{self._e(self.tr('All'))}</th></tr>"
        body = ""
        for i, label in enumerate(t.row_labels):
            cells = "".join(f"<td class='n w' nowrap>{self._n(v)}</td>" for v in t.cells[i])
            body += f"<tr><td class='w'>{self._e(label)}</td>{cells}"
            body += f"<td class='n w total' nowrap>{self._n(t.row_totals[i])}</td></tr>"
        if not t.rows.multi:  # with overlapping rows, column sums count answers, not people
            cells = "".join(f"<td class='n' nowrap>{self._n(v)}</td>" for v in t.col_totals)
            body += f"<tr class='total'><td>{self._e(self.tr('All'))}</td>{cells}"
            body += f"<td class='n'>{self._n(t.grand_total)}</td></tr>"
        table = f"<table width='100%' cellspacing='0'>{head}{body}</table>"
        return f"<h3>{self._e(title)}</h3>{table}"

    def _quotes(self) -> str:
        out = [f"<h2>{self._e(self.tr('In their own words'))}</h2>"]
        if not self.report.quotes:
            none = self.tr(
                "No quotes are included: among these accounts there are none whose writer "
                "agreed to public quotes, or too few accounts to quote safely."
            )
            out.append(f"<p>{self._e(none)}</p>")
        for quote in self.report.quotes:
            out.append(f"<blockquote>\u201c{self._e(quote)}\u201d</blockquote>")
        return "".join(out)

    # -- small helpers --------------------------------------------------------------------

    def _title(self, dim_id: str, fallback: str) -> str:
        return dimension_title(dim_id, fallback)

    def _n(self, value: int | None) -> str:
        return self._e(self.tr("suppressed")) if value is None else str(value)

    @staticmethod
    def _e(text: str) -> str:
        return html.escape(text, quote=True)


_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #0b0c0c; }
h1 { font-size: 20pt; }
h2 { font-size: 15pt; margin-top: 18px; }
h3 { font-size: 12pt; margin-top: 14px; }
p.lead { font-size: 12pt; }
table { border-collapse: collapse; margin-bottom: 8px; }
th { background: #f3f2f1; text-align: left; padding: 3px 6px; font-size: 8pt; }
td { padding: 2px 6px; border-bottom: 1px solid #b1b4b6; font-size: 9pt; }
td.n, th.n { text-align: right; }
td.w, th.w { font-size: 7pt; padding: 2px 3px; }
tr.total td, td.total { font-weight: bold; }
blockquote { margin: 8px 24px; font-style: italic; }
"""


def write_pdf(report: ReportData, target: Path, made: date | None = None) -> None:
    """Render the report and write it in one step (a temp name, then rename)."""
    ensure_app()
    data = ReportWriter(report, made).pdf_bytes()
    save_file(Path(target), data)
