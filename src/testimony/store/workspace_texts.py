"""SQL for reading the shared words: records with consent "words" or "quote", newest import
first, optionally narrowed by a full-text match (FTS5, inside the encrypted workspace) and
by a theme. Ids come out lazily, so a caller that wants the first 200 reads no more; the
words are read only for the records shown.

The consent check is in the SQL: a "count" record carries no words and is never listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from testimony.store.connection import Connection


@dataclass(frozen=True)
class TextRow:
    export_id: str
    consent: str
    form: str
    form_version: int
    reviewed: bool | None
    imported_at: str
    facet: str
    texts: str  # JSON: question id -> redacted words


def iter_text_ids(
    conn: Connection, match: str | None = None, theme_id: int | None = None
) -> Iterator[tuple[int, str, str, str]]:
    """(row id, export id, consent, facet) of the records with words, newest first. `match` is an
    FTS5 query (coalition/texts.py builds it from what staff type; nothing typed is passed
    to FTS5 as syntax). The words themselves are read by texts_for, for the few shown.

    The queries without a theme run lazily, newest first (FTS5's row ids are the records'
    negated; without a search the partial index records_words is walked), so stopping
    early reads no more."""
    if theme_id is not None:
        yield from _themed(conn, match, theme_id)
        return
    if match:
        sql = (
            "SELECT r.id, r.export_id, r.consent, r.facet FROM texts_fts f"
            " JOIN records r ON r.id = -f.rowid WHERE texts_fts MATCH ?"
            " AND r.consent IN ('words', 'quote') ORDER BY f.rowid"
        )
        yield from conn.execute(sql, (match,))
        return
    sql = (
        "SELECT r.id, r.export_id, r.consent, r.facet FROM records r INDEXED BY records_words"
        " WHERE r.consent IN ('words', 'quote') ORDER BY r.id DESC"
    )
    yield from conn.execute(sql)


def _themed(
    conn: Connection, match: str | None, theme_id: int
) -> Iterator[tuple[int, str, str, str]]:
    """A theme's records newest first; with a search, the search's matches walked lazily in
    FTS5's cheap forward order and kept when tagged. Which rows are tagged comes from the
    index of export ids alone (it holds each row id), and the rest of a row is read only for
    the records given out, from records_words, in pages: a theme of thousands of records
    costs thousands of index entries, not thousands of rows read from all over the table.
    (Testing each tagged record against FTS5 one by one is far slower.)"""
    tagged = {
        int(r[0])
        for r in conn.execute(
            "SELECT r.id FROM record_themes rt"
            " JOIN records r INDEXED BY records_export ON r.export_id = rt.export_id"
            " WHERE rt.theme_id = ?",
            (theme_id,),
        )
    }
    if not tagged:
        return
    if match:
        hits = (
            -int(r[0])
            for r in conn.execute(
                "SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rowid", (match,)
            )
        )
        wanted: Iterator[int] = (row_id for row_id in hits if row_id in tagged)
    else:
        wanted = iter(sorted(tagged, reverse=True))
    while page := [row_id for _, row_id in zip(range(_THEMED_PAGE), wanted, strict=False)]:
        yield from _rows_by_id(conn, page)


_THEMED_PAGE = 200


def _rows_by_id(conn: Connection, row_ids: list[int]) -> list[tuple[int, str, str, str]]:
    """(row id, export id, consent, facet) of these records with words, in the order asked."""
    marks = ",".join("?" * len(row_ids))
    found = {
        int(r[0]): (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in conn.execute(
            "SELECT r.id, r.export_id, r.consent, r.facet FROM records r INDEXED BY records_words"
            f" WHERE r.id IN ({marks}) AND r.consent IN ('words', 'quote')",
            tuple(row_ids),
        )
    }
    return [found[i] for i in row_ids if i in found]


def texts_for(conn: Connection, row_ids: list[int]) -> list[TextRow]:
    """The rows of these records (by row id, with words), in the order asked."""
    if not row_ids:
        return []
    marks = ",".join("?" * len(row_ids))
    rows = conn.execute(
        "SELECT r.export_id, r.consent, r.form, r.form_version, r.reviewed, r.imported_at,"
        " r.facet, t.texts, r.id FROM records r JOIN record_texts t ON t.record_id = r.id"
        f" WHERE r.id IN ({marks}) AND r.consent IN ('words', 'quote')",
        tuple(row_ids),
    ).fetchall()
    found = {
        int(row[8]): TextRow(
            str(row[0]),
            str(row[1]),
            str(row[2]),
            int(row[3]),
            None if row[4] is None else bool(row[4]),
            str(row[5]),
            str(row[6]),
            str(row[7]),
        )
        for row in rows
    }
    return [found[i] for i in row_ids if i in found]


def completions(conn: Connection, prefix: str, limit: int) -> list[str]:
    """Words in the index that start with `prefix` (already lower case), shortest first."""
    rows = conn.execute(
        "SELECT term FROM texts_vocab WHERE term >= ? AND term < ? ORDER BY length(term), term"
        " LIMIT ?",
        (prefix, prefix + "\U0010ffff", limit),
    )
    return [str(r[0]) for r in rows]
