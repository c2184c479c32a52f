"""What a report may publish: counts with small-cell suppression applied, and quotes only
from records whose person allowed public quotes.

`build_report` does all the deciding; the CSV writer here and the PDF renderer
(ui/report_pdf.py) only lay out a ReportData, so neither can show a count the engine hid.

Which tables, and why these: one list per dimension (service, concern, area, period,
consent, theme) and two cross-tabs (concern by area, service by area). The cross-tabs' row totals
are the same numbers as the service and concern lists, and are suppressed together with
them; no two published tables share any other total, so the tables cannot be played off
against each other to work out a hidden count (see docs/coalition.md).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from testimony.coalition.analysis import (
    Dimension,
    Fact,
    Filters,
    count,
    crosstab,
    dimensions,
    fact,
    load_facts,
    select,
)
from testimony.core.suppression import Grid, Suppressed, suppress_linked
from testimony.store import files
from testimony.store import workspace_themes as wt
from testimony.store.connection import Connection

ONE_WAY = ("service", "concern", "area", "period", "consent", "theme")
CROSS = (("concern", "area"), ("service", "area"))
QUOTE_QUESTIONS = ("what_happened", "how_affected", "would_have_helped", "anything_else")
MAX_QUOTES = 12
MAX_QUOTE_CHARS = 700
SUPPRESSED = "suppressed"


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
    quotes: tuple[Quote, ...]
    # Every quote's person read the redactions (the SQL asks for it); None of the counts
    # say anything about review, so the report must claim none for them.

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


def build_report(
    facts: Sequence[Fact],
    filters: Filters,
    threshold: int,
    quotes: Sequence[Quote] = (),
    cross: Sequence[tuple[str, str]] = CROSS,
    one_way: Sequence[str] = ONE_WAY,
    themes: Sequence[tuple[str, str]] = (),
) -> ReportData:
    dims = dimensions(facts, themes)
    chosen = select(facts, filters)
    n = len(chosen)
    grids: list[Grid] = [Grid([[n]], margins=False, links={(0, 0): "N"})]
    for dim_id in one_way:
        grids.append(_one_way_grid(dims[dim_id], count(chosen, dims[dim_id]).counts))
    for rows_id, cols_id in cross:
        ct = crosstab(chosen, dims[rows_id], dims[cols_id])
        grids.append(_cross_grid(dims[rows_id], dims[cols_id], ct.cells))
    results = suppress_linked(grids, threshold)
    shown_n = results[0].cell(0, 0)
    ones = tuple(
        _one_way(dims[d], r) for d, r in zip(one_way, results[1 : 1 + len(one_way)], strict=True)
    )
    tables = tuple(
        _table(dims[a], dims[b], r)
        for (a, b), r in zip(cross, results[1 + len(one_way) :], strict=True)
    )
    # Quotes only when the selection is not small: a quote from "one of 4 people in one
    # area" points at someone even with names taken out.
    allowed_quotes = tuple(quotes) if shown_n is not None else ()
    data = ReportData(
        threshold, shown_n, tuple(filters.describe(dims)), ones, tables, allowed_quotes
    )
    if filters.theme is not None and _theme_hidden(facts, filters.theme, threshold, themes):
        return _all_hidden(data)
    return data


# -- the theme filter (issue 14; see docs/coalition.md, "Themes and suppression") -----------


def _theme_hidden(
    facts: Sequence[Fact], theme: str, threshold: int, themes: Sequence[tuple[str, str]]
) -> bool:
    """Whether the unfiltered report hides this theme's count. A report filtered to the
    theme would print that count as its number of records, and every table in it would
    be a slice of a hidden number, so such a report shows nothing but "suppressed"."""
    whole = build_report(facts, Filters(), threshold, themes=themes)
    by_theme = next(ow for ow in whole.one_way if ow.dim.id == "theme")
    ids = by_theme.dim.ids()
    return theme not in ids or by_theme.rows[ids.index(theme)][1] is None


def _all_hidden(data: ReportData) -> ReportData:
    return replace(
        data,
        records=None,
        one_way=tuple(
            replace(ow, rows=tuple((label, None) for label, _ in ow.rows), total=None)
            for ow in data.one_way
        ),
        tables=tuple(
            replace(
                t,
                cells=tuple(tuple(None for _ in row) for row in t.cells),
                row_totals=tuple(None for _ in t.row_totals),
                col_totals=tuple(None for _ in t.col_totals),
                grand_total=None,
            )
            for t in data.tables
        ),
        quotes=(),
    )


def _one_way_grid(dim: Dimension, counts: dict[str, int]) -> Grid:
    ids = dim.ids()
    row = [counts[c] for c in ids]
    links = {(0, j): f"{dim.id}:{c}" for j, c in enumerate(ids)}
    if dim.multi:
        # A record can count in several categories, so the counts do not add up to
        # anything published: no totals, and no equation to protect against.
        return Grid([row], margins=False, links=links)
    # With one row, each column total is the cell above it.
    links |= {(1, j): f"{dim.id}:{c}" for j, c in enumerate(ids)}
    links[(0, len(ids))] = "N"
    return Grid([row], margins=True, links=links)


def _cross_grid(rows: Dimension, cols: Dimension, cells: tuple[tuple[int, ...], ...]) -> Grid:
    r_ids, c_ids = rows.ids(), cols.ids()
    # Columns have one answer per record, so a row total counts records: the same number as
    # that category in the one-way list.
    links = {(i, len(c_ids)): f"{rows.id}:{c}" for i, c in enumerate(r_ids)}
    if rows.multi:
        # With overlapping rows the column sums count answers, not people: they are never
        # published, so to a reader they are unknowns, which protects the cells around them.
        bottom = frozenset((len(r_ids), j) for j in range(len(c_ids) + 1))
        return Grid(cells, margins=True, links=links, unpublished=bottom)
    links |= {(len(r_ids), j): f"{cols.id}:{c}" for j, c in enumerate(c_ids)}
    links[(len(r_ids), len(c_ids))] = "N"
    return Grid(cells, margins=True, links=links)


def _one_way(dim: Dimension, r: Suppressed) -> OneWay:
    rows = tuple((label, r.cell(0, j)) for j, (_c, label) in enumerate(dim.categories))
    total = None if dim.multi else r.row_total(0)
    return OneWay(dim, rows, total)


def _table(rows: Dimension, cols: Dimension, r: Suppressed) -> Table:
    nr, nc = len(rows.categories), len(cols.categories)
    return Table(
        rows=rows,
        cols=cols,
        row_labels=tuple(label for _, label in rows.categories),
        col_labels=tuple(label for _, label in cols.categories),
        cells=tuple(tuple(r.cell(i, j) for j in range(nc)) for i in range(nr)),
        row_totals=tuple(r.row_total(i) for i in range(nr)),
        col_totals=tuple(r.col_total(j) for j in range(nc)),
        grand_total=r.grand_total(),
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


def load_report(conn: Connection, filters: Filters, threshold: int) -> ReportData:
    """Everything for a report, read on the database thread."""
    themes = [(str(t.id), t.name) for t in wt.list_themes(conn, include_retired=False)]
    return build_report(
        load_facts(conn), filters, threshold, read_quotes(conn, filters), themes=themes
    )
