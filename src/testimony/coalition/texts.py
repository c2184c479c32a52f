"""Reading the shared words: records whose person chose "words" or "quote", with their
texts, consent, form version, whether the person read every redaction, and when they were
imported; searched in full text (FTS5 in the encrypted workspace) and narrowed by the
analysis filters and by theme.

What staff type is never passed to FTS5 as syntax: it is cut into words, each quoted and
matched as a prefix, all of them required ("polic threat" finds "police threatened").
Runs on the workspace's database thread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from testimony.coalition.analysis import Filters, fact_from_facet
from testimony.core.errors import FormError
from testimony.core.forms import load_form
from testimony.store import workspace_texts as wx
from testimony.store import workspace_themes as wt
from testimony.store.connection import Connection

PAGE = 200  # records a page shows at once
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
ANY = Filters()


@dataclass(frozen=True)
class Text:
    question_id: str
    title: str  # the question as the person saw it
    text: str


@dataclass(frozen=True)
class TextRecord:
    export_id: str
    consent: str  # "words" or "quote"
    form: str
    form_version: int
    reviewed: bool | None  # None: not known (made before testimony-export/2)
    imported_at: str
    texts: tuple[Text, ...]
    themes: tuple[str, ...]


@dataclass(frozen=True)
class TextPage:
    records: tuple[TextRecord, ...]
    more: bool  # more records match than are shown


def match_query(search: str) -> str | None:
    """An FTS5 query from what was typed: every word required, each a quoted prefix."""
    words = _WORD.findall(search)[:MAX_TERMS]
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


def _theme_id(filters: Filters) -> int | None:
    return int(filters.theme) if filters.theme is not None and filters.theme.isdigit() else None


def _rows(conn: Connection, search: str, filters: Filters) -> Iterator[wx.TextRow]:
    if filters.theme is not None and _theme_id(filters) is None:
        return  # a theme that cannot exist matches nothing
    rest = replace(filters, theme=None)  # the theme is matched in the SQL
    for row in wx.iter_texts(conn, match_query(search), _theme_id(filters)):
        if rest == Filters() or rest.admits(fact_from_facet(row.consent, row.facet)):
            yield row


def find_texts(
    conn: Connection, search: str = "", filters: Filters = ANY, limit: int = PAGE
) -> TextPage:
    """The newest records with words that match, up to `limit`."""
    found: list[wx.TextRow] = []
    more = False
    for row in _rows(conn, search, filters):
        if len(found) == limit:
            more = True
            break
        found.append(row)
    tagged = wt.themes_of(conn, [r.export_id for r in found])
    return TextPage(tuple(_record(r, tagged.get(r.export_id, ())) for r in found), more)


def matching_ids(
    conn: Connection, search: str = "", filters: Filters = ANY, limit: int | None = None
) -> list[str]:
    """The export ids of every record that matches (for tagging in bulk), without reading
    their words."""
    if filters.theme is not None and _theme_id(filters) is None:
        return []
    rest = replace(filters, theme=None)
    out: list[str] = []
    for export_id, consent, packed in wx.iter_text_ids(
        conn, match_query(search), _theme_id(filters)
    ):
        if rest == Filters() or rest.admits(fact_from_facet(consent, packed)):
            out.append(export_id)
            if limit is not None and len(out) >= limit:
                break
    return out


def _record(row: wx.TextRow, themes: tuple[str, ...]) -> TextRecord:
    raw = json.loads(row.texts)
    titles = _titles(row.form, row.form_version)
    order = list(titles)
    texts = tuple(
        Text(qid, titles.get(qid, qid), str(raw[qid]))
        for qid in sorted(raw, key=lambda q: (order.index(q) if q in order else len(order), q))
        if str(raw[qid]).strip()
    )
    return TextRecord(
        row.export_id,
        row.consent,
        row.form,
        row.form_version,
        row.reviewed,
        row.imported_at,
        texts,
        themes,
    )


def _titles(form: str, version: int) -> dict[str, str]:
    try:
        return {q.id: q.title for q in load_form(form, version).text_questions}
    except FormError:
        return {}
