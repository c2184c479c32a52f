"""SQL for reading the shared words: records with consent "words" or "quote", newest import
first, optionally narrowed by a full-text match (FTS5, inside the encrypted workspace) and
by a theme. Rows come out lazily, so a caller that wants the first 200 reads no more.

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


def _where(match: str | None, theme_id: int | None) -> tuple[str, list[object]]:
    clauses = ["r.consent IN ('words', 'quote')"]
    params: list[object] = []
    if match:
        clauses.append("r.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?)")
        params.append(match)
    if theme_id is not None:
        clauses.append("r.export_id IN (SELECT export_id FROM record_themes WHERE theme_id = ?)")
        params.append(theme_id)
    return " AND ".join(clauses), params


def iter_texts(
    conn: Connection, match: str | None = None, theme_id: int | None = None
) -> Iterator[TextRow]:
    """Records with words, newest first. `match` is an FTS5 query (coalition/texts.py
    builds it from what staff type; nothing typed is passed to FTS5 as syntax)."""
    where, params = _where(match, theme_id)
    cur = conn.execute(
        "SELECT r.export_id, r.consent, r.form, r.form_version, r.reviewed, r.imported_at,"
        " r.facet, t.texts FROM records r JOIN record_texts t ON t.record_id = r.id"
        f" WHERE {where} ORDER BY r.id DESC",
        tuple(params),
    )
    for row in cur:
        yield TextRow(
            str(row[0]),
            str(row[1]),
            str(row[2]),
            int(row[3]),
            None if row[4] is None else bool(row[4]),
            str(row[5]),
            str(row[6]),
            str(row[7]),
        )


def iter_text_ids(
    conn: Connection, match: str | None = None, theme_id: int | None = None
) -> Iterator[tuple[str, str, str]]:
    """(export id, consent, facet) of the same records as iter_texts, without reading the words."""
    where, params = _where(match, theme_id)
    yield from conn.execute(
        "SELECT r.export_id, r.consent, r.facet FROM records r"
        f" JOIN record_texts t ON t.record_id = r.id WHERE {where} ORDER BY r.id DESC",
        tuple(params),
    )
