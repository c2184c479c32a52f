"""Reading the shared words: records whose person chose "words" or "quote", with their
texts, consent, form version, whether the person read every redaction, and when they were
imported; searched in full text (FTS5 in the encrypted workspace) and narrowed by the
analysis filters and by theme.

What staff type is never passed to FTS5 as syntax: it is cut into words, each quoted, all
of them required; the last word also finds the words it begins, as a search while typing
does ("police threat" finds "police threatened").
Runs on the workspace's database thread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache

from testimony.coalition.analysis import Filters, facet_test
from testimony.core.errors import FormError
from testimony.core.forms import load_form
from testimony.store import workspace_texts as wx
from testimony.store import workspace_themes as wt
from testimony.store.connection import Connection

PAGE = 100  # records a page shows at once
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
MIN_PREFIX = 3  # a word being typed is completed from its third letter
MAX_COMPLETIONS = 24
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


def match_query(conn: Connection, search: str) -> str | None:
    """An FTS5 query from what was typed: every word required; the last one may still be
    being typed, so it also matches the words it starts (up to MAX_COMPLETIONS of them,
    shortest first, listed from the index: far cheaper than FTS5's own prefix search).
    The result is made only of quoted words, so nothing typed is read as syntax."""
    words = [w.casefold() for w in _WORD.findall(search)][:MAX_TERMS]
    if not words:
        return None
    *whole, last = words
    options = [last]
    if len(last) >= MIN_PREFIX:
        options += [w for w in wx.completions(conn, last, MAX_COMPLETIONS) if w != last]
    parts = [_quoted(w) for w in whole]
    parts.append("(" + " OR ".join(_quoted(w) for w in options) + ")")
    return " AND ".join(parts)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def _theme_id(filters: Filters) -> int | None:
    return int(filters.theme) if filters.theme is not None and filters.theme.isdigit() else None


def find_texts(
    conn: Connection, search: str = "", filters: Filters = ANY, limit: int = PAGE
) -> TextPage:
    """The newest records with words that match, up to `limit`. The choosing reads only
    ids and the compact facets; the words are read for the records shown."""
    ids = _matching(conn, search, filters, limit + 1)
    more = len(ids) > limit
    rows = wx.texts_for(conn, [row_id for row_id, _ in ids[:limit]])
    tagged = wt.themes_of(conn, [r.export_id for r in rows])
    return TextPage(tuple(_record(r, tagged.get(r.export_id, ())) for r in rows), more)


def matching_ids(
    conn: Connection, search: str = "", filters: Filters = ANY, limit: int | None = None
) -> list[str]:
    """The export ids of the newest records that match, up to `limit` (all when None),
    without reading their words: for tagging in bulk."""
    return [export_id for _, export_id in _matching(conn, search, filters, limit)]


def _matching(
    conn: Connection, search: str, filters: Filters, limit: int | None
) -> list[tuple[int, str]]:
    if filters.theme is not None and _theme_id(filters) is None:
        return []
    rest = replace(filters, theme=None)  # the theme is matched in the SQL
    admits = facet_test(rest) if rest != ANY else None
    out: list[tuple[int, str]] = []
    rows = wx.iter_text_ids(conn, match_query(conn, search), _theme_id(filters))
    for row_id, export_id, consent, packed in rows:
        if admits is None or admits(consent, packed):
            out.append((row_id, export_id))
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


@cache
def _titles(form: str, version: int) -> dict[str, str]:
    try:
        return {q.id: q.title for q in load_form(form, version).text_questions}
    except FormError:
        return {}
