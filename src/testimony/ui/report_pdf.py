"""The coalition's PDF report, drawn with Qt: A4 pages with page numbers, a short summary,
how the figures were made, counts with full-width charts, counts by theme, and quotes only
from people who allowed public quotes and read every change to their words.

Everything it shows comes from a ReportData (coalition/report.py), where suppression was
already applied; this module only lays it out. Data is escaped before it goes into the
document's HTML. The command line loads this module only for `coalition report --pdf`.

Sizes are set for print: the document is laid out at the PDF's resolution, body text is
10.5 pt, table and chart text 9.5 pt and more. Charts are drawn in the page's own pixels
(2 pixels a point at 144 dpi) and placed at the full text width, so their text prints at
the size asked for. GOV.UK's and the ONS's statistical bulletins are the model.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from testimony.core.pdf_language import with_language
from testimony.services.coalition import OneWay, ReportData, Table
from testimony.services.files import save_file
from testimony.ui.coalition.charts import bar_chart, chart_height, chart_image
from testimony.ui.coalition.words import dimension_title

CHARTS = ("service", "concern", "area", "period", "theme")
DPI = 144
PX_PER_PT = DPI / 72
CHART_PT = 10  # text in charts, printed
BODY_PT = 10.5
TABLE_PT = 9.5
FOOTER_PT = 9
MARGIN_MM = (20, 18, 20, 16)  # left, top, right, bottom
FOOTER_MM = 9
LANGUAGE = "en-GB"
TABLE_COLUMNS = 6  # the most counts side by side that fit A4 portrait at table size


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
    """Builds the report as one QTextDocument and paints it page by page into a PDF in
    memory, with a footer on each page."""

    def __init__(self, report: ReportData, made: date | None = None, author: str = "") -> None:
        super().__init__()
        self.report = report
        self.made = made or date.today()
        self.author = author
        self.doc = QTextDocument()
        self._images = 0
        self._width = 0.0

    def title(self) -> str:
        return self.tr("What people told us about crisis services")

    def pdf_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title())
        writer.setAuthor(self.author or self.tr("A Testimony coalition"))
        writer.setCreator("Testimony")
        writer.setResolution(DPI)
        left, top, right, bottom = MARGIN_MM
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(left, top, right, bottom),
                QPageLayout.Unit.Millimeter,
            )
        )
        self._width = float(writer.width())
        footer = FOOTER_MM / 25.4 * DPI
        body = writer.height() - footer
        self.doc.documentLayout().setPaintDevice(writer)  # lay out at the PDF's resolution
        self.doc.setDefaultStyleSheet(_style())
        font = QFont("DejaVu Sans")
        font.setPointSizeF(BODY_PT)
        self.doc.setDefaultFont(font)
        self.doc.setDocumentMargin(0)
        self.doc.setHtml(self.html())
        self.doc.setPageSize(QSizeF(self._width, body))
        pages = self.doc.pageCount()
        painter = QPainter(writer)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body)
            self.doc.drawContents(painter, QRectF(0, page * body, self._width, body))
            painter.restore()
            self._footer(painter, page + 1, pages, body, footer)
        painter.end()
        del writer
        buffer.close()
        return with_language(bytes(data.data()), LANGUAGE)

    def _footer(self, painter: QPainter, page: int, pages: int, top: float, height: float) -> None:
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(FOOTER_PT * PX_PER_PT))
        painter.setFont(font)
        painter.setPen(QColor("#505a5f"))
        painter.drawLine(QPointF(0, top + height * 0.2), QPointF(self._width, top + height * 0.2))
        box = QRectF(0, top + height * 0.3, self._width, height * 0.7)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), self.title())
        number = self.tr("Page {0} of {1}").format(page, pages)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), number)

    # -- the document ---------------------------------------------------------------------

    def html(self) -> str:
        r = self.report
        month = self.made.strftime("%B %Y")
        parts = [f"<h1>{self._e(self.title())}</h1>"]
        by = self.author or self.tr("a Testimony coalition")
        parts.append(
            f"<p class='lead'>{self._e(self.tr('Published by {0}, {1}.').format(by, month))}</p>"
        )
        parts.append(self._summary())
        parts.append(self._method())
        parts.append(self._counts())
        parts.append(self._themes())
        parts += [self._table(t) for t in r.tables]
        parts.append(self._quotes())
        return "\n".join(parts)

    def _summary(self) -> str:
        r = self.report
        if r.records is None:
            count = self.tr(
                "This report covers fewer than {0} accounts, so its numbers are hidden."
            ).format(r.threshold)
        else:
            count = self.tr("This report counts {0} accounts.").format(r.records)
        points = [count]
        if r.filters:
            chosen = "; ".join(f"{what}: {value}" for what, value in r.filters)
            points.append(self.tr("Only accounts matching: {0}.").format(chosen))
        concerns = next((ow for ow in r.one_way if ow.dim.id == "concern"), None)
        if concerns is not None and r.records is not None:
            shown = [(label, v) for label, v in concerns.rows if v and label != "None of these"]
            for label, v in sorted(shown, key=lambda x: -x[1])[:3]:
                points.append(
                    self.tr("{0} of the {1} accounts: {2}.").format(v, r.records, label.lower())
                )
        items = "".join(f"<li>{self._e(p)}</li>" for p in points)
        return f"<h2>{self._e(self.tr('Main points'))}</h2><ul>{items}</ul>"

    def _method(self) -> str:
        t = self.report.threshold
        sections = [
            (
                self.tr("Where the figures come from"),
                self.tr(
                    "Each account was written by a person with lived experience of crisis "
                    "services, on their own computer, and sent to us sealed so that only we "
                    "can open it. The person chose what to share. These accounts are not a "
                    "random sample."
                ),
            ),
            (
                self.tr("What people agreed to"),
                self.tr(
                    "Some people agreed only to be counted. Some also shared their words "
                    "for our team to read. Only some agreed to be quoted in public. A person "
                    "can take their account back at any time; then it leaves every count."
                ),
            ),
            (
                self.tr("What anonymous means here"),
                self.tr(
                    "Before an account left the person\u2019s computer, names, addresses, "
                    "phone numbers and reference numbers were taken out of the words. Dates "
                    "are kept only as a month and places only as a region. The tick-box "
                    "answers counted here are not changed in any other way. Quotes are only "
                    "from people who read every change made to their words and agreed to be "
                    "quoted. Words whose changes nobody checked by hand are never quoted."
                ),
            ),
            (
                self.tr("How small numbers are hidden"),
                self.tr(
                    "Small numbers can point at a person. Any count below {0}, other than "
                    "zero, is not shown: it reads \u201chidden\u201d. Some larger counts are "
                    "hidden too, so that a hidden number cannot be worked out from the "
                    "others. A zero is shown: it means nobody gave that answer. A chart "
                    "leaves hidden counts out."
                ).format(t),
            ),
            (
                self.tr("What the figures cannot show"),
                self.tr(
                    "They cannot say how often these things happen to everyone who uses "
                    "crisis services. People could choose more than one service, concern "
                    "and theme, so those counts add up to more than the number of accounts. "
                    "Themes are chosen by our team when reading the words, so only accounts "
                    "with words have them."
                ),
            ),
        ]
        body = "".join(f"<h3>{self._e(head)}</h3><p>{self._e(text)}</p>" for head, text in sections)
        return f"<h2>{self._e(self.tr('How to read this report'))}</h2>{body}"

    def _counts(self) -> str:
        out = [f"<h2 class='page'>{self._e(self.tr('What the accounts say'))}</h2>"]
        first = True
        for ow in self.report.one_way:
            if ow.dim.id == "theme":
                continue  # its own section
            # One figure to a page, as a bulletin does: a chart never splits from its table.
            out.append(self._one_way(ow, new_page=not first and ow.dim.id in CHARTS))
            first = False
        return "".join(out)

    def _themes(self) -> str:
        ow = next((o for o in self.report.one_way if o.dim.id == "theme"), None)
        head = f"<h2 class='page'>{self._e(self.tr('Counts by theme'))}</h2>"
        intro = self.tr(
            "Our team read the words people shared and placed each account under the "
            "themes it speaks about. An account can have several themes."
        )
        if ow is None or not ow.rows:
            none = self.tr("No themes have been given yet.")
            return f"{head}<p>{self._e(intro)}</p><p>{self._e(none)}</p>"
        return f"{head}<p>{self._e(intro)}</p>{self._one_way(ow, heading=False)}"

    def _one_way(self, ow: OneWay, heading: bool = True, new_page: bool = False) -> str:
        what = self._title(ow.dim.id, ow.dim.title)
        out = []
        if heading:
            cls = " class='page'" if new_page else ""
            head = self._e(self.tr("Accounts by {0}").format(what.lower()))
            out.append(f"<h3{cls}>{head}</h3>")
        if ow.dim.id in CHARTS:
            out.append(self._chart(ow))
        rows = "".join(
            f"<tr><td>{self._e(label)}</td><td class='n'>{self._n(v)}</td></tr>"
            for label, v in ow.rows
        )
        if not ow.dim.multi:
            rows += (
                f"<tr class='total'><td>{self._e(self.tr('Total'))}</td>"
                f"<td class='n'>{self._n(ow.total)}</td></tr>"
            )
        head = f"<thead><tr><th width='78%'>{self._e(what)}</th>"
        head += f"<th class='n'>{self._e(self.tr('Accounts'))}</th></tr></thead>"
        out.append(f"<table width='100%' cellspacing='0'>{head}{rows}</table>")
        return "".join(out)

    def _chart(self, ow: OneWay) -> str:
        bars = sum(v is not None for _, v in ow.rows)
        hidden = len(ow.rows) - bars
        px = round(CHART_PT * PX_PER_PT)
        width = int(self._width)
        chart = bar_chart("", list(ow.rows), pixel_size=px, label_limit=44)
        image = chart_image(chart, width, chart_height(bars, row=px * 2, room=px * 4), scale=2.0)
        name = f"chart{self._images}.png"
        self._images += 1
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        # Qt scales an image's width by the page's resolution over the screen's 96 dpi.
        shown = round(width * 96 / DPI)
        out = f"<p class='chart'><img src='{name}' width='{shown}'></p>"
        if hidden:
            # No number here: a reader scanning for small numbers should find only counts.
            note = self.tr("Hidden counts are left out of this chart; the table shows them.")
            out += f"<p class='note'>{self._e(note)}</p>"
        return out

    def _table(self, t: Table) -> str:
        """A cross-table turned on its side, areas down the page, its columns split into
        parts of at most TABLE_COLUMNS, so it fits A4 portrait with every number at table
        size."""
        rows_t = self._title(t.rows.id, t.rows.title)
        cols_t = self._title(t.cols.id, t.cols.title)
        title = self.tr("{0} by {1}").format(rows_t, cols_t.lower())
        totals = not t.rows.multi  # with overlapping rows, sums count answers, not people
        columns = list(range(len(t.row_labels)))
        parts = [columns[k : k + TABLE_COLUMNS] for k in range(0, len(columns), TABLE_COLUMNS)]
        out = [f"<h2 class='page'>{self._e(title)}</h2>"]
        for n, part in enumerate(parts, 1):
            last = n == len(parts)
            if len(parts) > 1:
                which = self.tr("Part {0} of {1}").format(n, len(parts))
                cls = " class='page'" if n > 1 else ""
                out.append(f"<h3{cls}>{self._e(title)}: {self._e(which)}</h3>")
            out.append(self._table_part(t, cols_t, part, totals and last))
        return "".join(out)

    def _table_part(self, t: Table, cols_t: str, part: list[int], totals: bool) -> str:
        width = 82 // (len(part) + (1 if totals else 0))
        head = f"<thead><tr><th width='18%'>{self._e(cols_t)}</th>"
        head += "".join(
            f"<th class='n' width='{width}%'>{self._e(t.row_labels[i])}</th>" for i in part
        )
        if totals:
            head += f"<th class='n'>{self._e(self.tr('All'))}</th>"
        head += "</tr></thead>"
        body = ""
        for j, area in enumerate(t.col_labels):
            cells = "".join(f"<td class='n' nowrap>{self._n(t.cells[i][j])}</td>" for i in part)
            if totals:
                cells += f"<td class='n total' nowrap>{self._n(t.col_totals[j])}</td>"
            body += f"<tr><td>{self._e(area)}</td>{cells}</tr>"
        cells = "".join(f"<td class='n' nowrap>{self._n(t.row_totals[i])}</td>" for i in part)
        if totals:
            cells += f"<td class='n' nowrap>{self._n(t.grand_total)}</td>"
        body += f"<tr class='total'><td>{self._e(self.tr('All areas'))}</td>{cells}</tr>"
        return f"<table width='100%' cellspacing='0'>{head}{body}</table>"

    def _quotes(self) -> str:
        out = [f"<h2 class='page'>{self._e(self.tr('In their own words'))}</h2>"]
        intro = self.tr(
            "These are the words of people who agreed to be quoted in public and who read "
            "every change made to their words. Each is shown with the theme our team gave "
            "it, and without the person\u2019s other answers."
        )
        out.append(f"<p>{self._e(intro)}</p>")
        quotes: Sequence = self.report.quotes
        if not quotes:
            none = self.tr(
                "No quotes are included: among these accounts there are none that may be "
                "quoted, or too few accounts to quote safely."
            )
            out.append(f"<p>{self._e(none)}</p>")
        for quote in quotes:
            label = self.tr("Themes: {0}") if len(quote.themes) > 1 else self.tr("Theme: {0}")
            themes = label.format(", ".join(quote.themes))
            out.append(
                f"<p class='theme'>{self._e(themes)}</p>"
                f"<blockquote>\u201c{self._e(quote.text)}\u201d</blockquote>"
            )
        return "".join(out)

    # -- small helpers --------------------------------------------------------------------

    def _title(self, dim_id: str, fallback: str) -> str:
        return dimension_title(dim_id, fallback)

    def _n(self, value: int | None) -> str:
        return self._e(self.tr("hidden")) if value is None else str(value)

    @staticmethod
    def _e(text: str) -> str:
        return html.escape(text, quote=True)


def _style() -> str:
    return f"""
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {BODY_PT}pt; color: #0b0c0c; }}
h1 {{ font-size: 24pt; font-weight: bold; margin-bottom: 6px; }}
h2 {{ font-size: 17pt; font-weight: bold; margin-top: 22px; margin-bottom: 8px; }}
h2.page, h3.page {{ page-break-before: always; margin-top: 0; }}
h3 {{ font-size: 13pt; font-weight: bold; margin-top: 16px; margin-bottom: 4px; }}
p {{ margin-bottom: 8px; }}
p.lead {{ font-size: 13pt; color: #505a5f; }}
p.note, p.theme {{ font-size: {TABLE_PT}pt; color: #505a5f; }}
p.theme {{ margin-top: 14px; margin-bottom: 2px; font-weight: bold; }}
li {{ margin-bottom: 4px; }}
table {{ border-collapse: collapse; margin-bottom: 10px; }}
th {{ background: #f3f2f1; text-align: left; padding: 4px 3px; font-size: {TABLE_PT}pt;
      font-weight: bold; border-bottom: 2px solid #0b0c0c; }}
td {{ padding: 3px 4px; border-bottom: 1px solid #b1b4b6; font-size: {TABLE_PT}pt; }}
td.n, th.n {{ text-align: right; }}
tr.total td, td.total {{ font-weight: bold; }}
blockquote {{ margin: 0 0 10px 20px; font-size: {BODY_PT}pt; }}
"""


def write_pdf(report: ReportData, target: Path, made: date | None = None, author: str = "") -> None:
    """Render the report and write it in one step (a temp name, then rename)."""
    ensure_app()
    data = ReportWriter(report, made, author).pdf_bytes()
    save_file(Path(target), data)
