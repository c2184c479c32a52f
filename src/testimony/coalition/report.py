"""What a report may publish: counts with small-cell suppression applied, and quotes only
from records whose person allowed public quotes.

`build_report` does all the deciding; the CSV writer here and the PDF renderer
(ui/report_pdf.py) only lay out a ReportData, so neither can show a count the engine hid.

Every number is looked up in one Publication of the whole workspace (core/publication.py),
whatever the filters: a filtered report, the app's page and its charts show parts of the
same suppressed set of numbers, so no two of them can be played off against each other
to work out a hidden count (see docs/coalition.md). Themes are one more dimension of that
publication, so a count by theme, or a report filtered to a theme, is safe together with
every other. The default tables: one list per dimension (service, concern, area, period,
consent, theme) and two cross-tabs (concern by area, service by area).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from testimony.coalition.analysis import (
    NOT_ANSWERED,
    Dimension,
    Fact,
    Filters,
    columns,
    dimensions,
    fact,
    load_facts,
    publication_dims,
)
from testimony.core.publication import Publication, publish_counts, tally_columns
from testimony.store import files
from testimony.store import workspace_themes as wt
from testimony.store.connection import Connection

ONE_WAY = ("service", "concern", "area", "period", "consent", "theme")
CROSS = (("concern", "area"), ("service", "area"))
QUOTE_QUESTIONS = ("what_happened", "how_affected", "would_have_helped", "anything_else")
MAX_QUOTES = 12
MAX_QUOTE_CHARS = 700
SUPPRESSED = "suppressed"
# Why a report shows less than it might; the CLI and the app word these.
NOTE_PERIOD = "period_not_whole_quarters"
NOTE_CROSS = "cross_table_needs_fewer_filters"
NOTE_PAIRS = "area_period_consent_not_combined"
NOTES = {
    NOTE_PERIOD: "A period that starts or ends inside a quarter cannot be shown: choose "
    "periods that start in January, April, July or October and end in March, June, "
    "September or December.",
    NOTE_PAIRS: "Area, period and consent are never counted together (say, one area in "
    "one quarter): together their small numbers could give away a hidden count.",
    NOTE_CROSS: "With this filter the cross-table cannot be shown: it would split a group "
    "three ways. Filter by one of the table's own headings, or by nothing.",
}


@dataclass(frozen=True)
class OneWay:
    dim: Dimension
    rows: tuple[tuple[str, int | None], ...]  # (label, count or None when suppressed)
    total: int | None  # records; None when hidden or when categories overlap (multi)


@dataclass(frozen=True)
class Table:
    rows: Dimension
    cols: Dimension
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]
    grand_total: int | None


@dataclass(frozen=True)
class Quote:
    text: str
    themes: tuple[str, ...]  # the themes staff placed it under


@dataclass(frozen=True)
class ReportData:
    threshold: int
    records: int | None  # records matching the filters (None: fewer than the threshold)
    filters: tuple[tuple[str, str], ...]
    one_way: tuple[OneWay, ...]
    tables: tuple[Table, ...]
    # Every quote's person read the redactions (the SQL asks for it); none of the counts
    # say anything about review, so the report must claim none for them.
    quotes: tuple[Quote, ...]
    notes: tuple[str, ...] = ()  # codes from NOTES

    def shown_counts(self) -> list[int]:
        """Every number the report shows, for checks that none is below the threshold."""
        out = [] if self.records is None else [self.records]
        for ow in self.one_way:
            out += [v for _, v in ow.rows if v is not None]
            out += [] if ow.total is None else [ow.total]
        for t in self.tables:
            out += [v for row in t.cells for v in row if v is not None]
            out += [v for v in (*t.row_totals, *t.col_totals, t.grand_total) if v is not None]
        return out


def publication(
    facts: Sequence[Fact], threshold: int, themes: Sequence[tuple[str, str]] = ()
) -> Publication:
    """Every number any view of these records may show, suppressed once, together: the
    current themes ((id, name) pairs) are one more dimension of it."""
    dims = publication_dims(dimensions(facts, themes))
    return publish_counts(dims, tally_columns(dims, columns(facts)), threshold)


def build_report(
    facts: Sequence[Fact],
    filters: Filters,
    threshold: int,
    quotes: Sequence[Quote] = (),
    cross: Sequence[tuple[str, str]] = CROSS,
    one_way: Sequence[str] = ONE_WAY,
    pub: Publication | None = None,
    themes: Sequence[tuple[str, str]] = (),
) -> ReportData:
    """A view of the publication: each number is looked up there, never counted afresh, so
    no filter or table can show what the unfiltered publication hides."""
    dims = dimensions(facts, themes)
    pub = pub or publication(facts, threshold, themes)
    groups = filters.alternatives(dims)
    notes: list[str] = []
    if groups is None:
        notes.append(NOTE_PERIOD)

    def shown(*extra: tuple[str, str]) -> int | None:
        return None if groups is None else pub.total([g | set(extra) for g in groups])

    n = shown()
    ones = tuple(_one_way(dims[d], shown, n) for d in one_way)
    tables = tuple(_table(dims[a], dims[b], shown, n) for a, b in cross)
    filtered_on = {dim_id for g in groups or () for dim_id, _ in g}
    if any(filtered_on - {a, b} for a, b in cross):
        notes.append(NOTE_CROSS)
    single_filter = {d for d in filtered_on if not dims[d].multi}
    if any(not dims[a].multi and not dims[b].multi for a, b in cross) or any(
        not dims[d].multi and d not in single_filter for d in one_way if single_filter
    ):
        notes.append(NOTE_PAIRS)
    # Quotes only when the selection is not small: a quote from "one of 4 people in one
    # area" points at someone even with names taken out.
    allowed_quotes = tuple(quotes) if n is not None else ()
    return ReportData(
        pub.threshold, n, tuple(filters.describe(dims)), ones, tables, allowed_quotes,
        tuple(notes),
    )  # fmt: skip


Lookup = Callable[..., int | None]


def _categories(dim: Dimension) -> list[tuple[str, str]]:
    """What a list shows: for overlapping categories, no "none of these" (it is not part of
    the publication; see core/publication.py)."""
    return [(c, label) for c, label in dim.categories if not (dim.multi and c == NOT_ANSWERED)]


def _one_way(dim: Dimension, shown: Lookup, n: int | None) -> OneWay:
    rows = tuple((label, shown((dim.id, c))) for c, label in _categories(dim))
    return OneWay(dim, rows, None if dim.multi else n)


def _table(rows: Dimension, cols: Dimension, shown: Lookup, n: int | None) -> Table:
    if cols.multi:
        raise ValueError("columns must be a dimension with one answer per record")
    r_cats, c_cats = _categories(rows), _categories(cols)
    # With overlapping rows the column sums count answers, not people: not published.
    return Table(
        rows=rows,
        cols=cols,
        row_labels=tuple(label for _, label in r_cats),
        col_labels=tuple(label for _, label in c_cats),
        cells=tuple(tuple(shown((rows.id, r), (cols.id, c)) for c, _ in c_cats) for r, _ in r_cats),
        row_totals=tuple(shown((rows.id, r)) for r, _ in r_cats),
        col_totals=tuple(None if rows.multi else shown((cols.id, c)) for c, _ in c_cats),
        grand_total=None if rows.multi else n,
    )


# -- quotes ---------------------------------------------------------------------------------


def read_quotes(conn: Connection, filters: Filters, limit: int = MAX_QUOTES) -> list[Quote]:
    """Redacted words from records whose person allowed public quotes and read every
    redaction, that staff placed under a theme, matching the filters.

    Only the words and the theme: nothing about the person's answers travels with a quote,
    so a quote cannot be tied to a small group of the tables. Runs on the database thread.
    """
    out: list[Quote] = []
    for eid, answers_json, texts_json, names in wt.themed_quotes(conn):
        tagged = frozenset(str(t) for t in wt.theme_ids_of(conn, eid))
        one = fact("quote", json.loads(answers_json))._replace(themes=tagged)
        if not filters.admits(one):
            continue
        texts = json.loads(texts_json)
        for qid in QUOTE_QUESTIONS:
            text = " ".join(str(texts.get(qid) or "").split())
            if text:
                out.append(Quote(_shorten(text), tuple(names.split("\n"))))
                break
        if len(out) >= limit:
            break
    return out


def _shorten(text: str) -> str:
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


# -- CSV ------------------------------------------------------------------------------------


def csv_text(report: ReportData) -> str:
    """Long form, one count per line: table, row, column, count ("suppressed" when hidden)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["table", "row", "column", "count"])
    w.writerow(["about", "suppression threshold", "", report.threshold])
    for what, chosen in report.filters:
        w.writerow(["about", f"filter: {what}", "", chosen])
    for code in report.notes:
        w.writerow(["about", "note", "", NOTES[code]])
    w.writerow(["records", "all matching", "", _show(report.records)])
    for ow in report.one_way:
        for label, value in ow.rows:
            w.writerow([f"by {ow.dim.title.lower()}", label, "", _show(value)])
        if not ow.dim.multi:
            w.writerow([f"by {ow.dim.title.lower()}", "Total", "", _show(ow.total)])
    for t in report.tables:
        name = f"{t.rows.title.lower()} by {t.cols.title.lower()}"
        for i, label in enumerate(t.row_labels):
            for j, col in enumerate(t.col_labels):
                w.writerow([name, label, col, _show(t.cells[i][j])])
            w.writerow([name, label, "Total", _show(t.row_totals[i])])
        for j, col in enumerate(t.col_labels):
            w.writerow([name, "Total", col, _show(t.col_totals[j])])
        w.writerow([name, "Total", "Total", _show(t.grand_total)])
    return out.getvalue()


def _show(value: int | None) -> str:
    return SUPPRESSED if value is None else str(value)


def write_csv(report: ReportData, target: Path) -> None:
    files.atomic_write(target, csv_text(report).encode("utf-8"))


def current_themes(conn: Connection) -> list[tuple[str, str]]:
    """The themes a publication counts ((id, name) pairs): every view must count the same
    ones, or two views would be two publications to play off against each other."""
    return [(str(t.id), t.name) for t in wt.list_themes(conn, include_retired=False)]


def load_report(conn: Connection, filters: Filters, threshold: int) -> ReportData:
    """Everything for a report, read on the database thread."""
    themes = current_themes(conn)
    return build_report(
        load_facts(conn), filters, threshold, read_quotes(conn, filters), themes=themes
    )
