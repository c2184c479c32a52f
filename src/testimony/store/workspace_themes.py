"""SQL for the coalition's themes and the tags that put records under them.

Tags name records by export id (kept through re-imports); the `records_untag` trigger
(store/workspace_schema.py) removes them when a record is withdrawn. The caller owns the
transaction. Checks of meaning (empty names, unknown themes) are coalition/themes.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from testimony.store.connection import Connection
from testimony.store.tx import now

_CHUNK = 500


@dataclass(frozen=True)
class ThemeRow:
    id: int
    name: str
    retired: bool
    records: int  # records tagged with it (raw: for staff, never published as is)


def list_themes(conn: Connection, include_retired: bool = True) -> list[ThemeRow]:
    sql = (
        "SELECT t.id, t.name, t.retired_at IS NOT NULL,"
        " (SELECT count(*) FROM record_themes rt WHERE rt.theme_id = t.id)"
        " FROM themes t"
    )
    if not include_retired:
        sql += " WHERE t.retired_at IS NULL"
    rows = conn.execute(sql + " ORDER BY t.name COLLATE NOCASE").fetchall()
    return [ThemeRow(int(r[0]), str(r[1]), bool(r[2]), int(r[3])) for r in rows]


def find_theme(conn: Connection, name: str) -> ThemeRow | None:
    row = conn.execute(
        "SELECT id, name, retired_at IS NOT NULL,"
        " (SELECT count(*) FROM record_themes rt WHERE rt.theme_id = themes.id)"
        " FROM themes WHERE name = ? COLLATE NOCASE",
        (name,),
    ).fetchone()
    return ThemeRow(int(row[0]), str(row[1]), bool(row[2]), int(row[3])) if row else None


def add_theme(conn: Connection, name: str) -> int:
    cur = conn.execute("INSERT INTO themes (name, created_at) VALUES (?, ?)", (name, now()))
    return int(cur.lastrowid or 0)


def rename_theme(conn: Connection, theme_id: int, name: str) -> None:
    conn.execute("UPDATE themes SET name = ? WHERE id = ?", (name, theme_id))


def set_retired(conn: Connection, theme_id: int, retired: bool) -> None:
    conn.execute(
        "UPDATE themes SET retired_at = ? WHERE id = ?", (now() if retired else None, theme_id)
    )


def merge_theme(conn: Connection, source: int, target: int) -> None:
    """Every record tagged `source` becomes tagged `target`; `source` is removed."""
    conn.execute(
        "INSERT OR IGNORE INTO record_themes (export_id, theme_id)"
        " SELECT export_id, ? FROM record_themes WHERE theme_id = ?",
        (target, source),
    )
    conn.execute("DELETE FROM record_themes WHERE theme_id = ?", (source,))
    conn.execute("DELETE FROM themes WHERE id = ?", (source,))


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def texted_ids(conn: Connection, export_ids: Sequence[str]) -> set[str]:
    """Which of these ids are records with words (the only ones that can be tagged)."""
    found: set[str] = set()
    for chunk in _chunks(export_ids):
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT r.export_id FROM records r JOIN record_texts t ON t.record_id = r.id"
            f" WHERE r.export_id IN ({marks}) AND r.consent IN ('words', 'quote')"
        )
        found.update(r[0] for r in conn.execute(sql, tuple(chunk)))
    return found


def tag(conn: Connection, export_ids: Iterable[str], theme_ids: Sequence[int]) -> int:
    """Tag each record with each theme; the number of tags that are new."""
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO record_themes (export_id, theme_id) VALUES (?, ?)",
        ((e, t) for e in export_ids for t in theme_ids),
    )
    return conn.total_changes - before


def untag(conn: Connection, export_ids: Iterable[str], theme_ids: Sequence[int]) -> int:
    before = conn.total_changes
    conn.executemany(
        "DELETE FROM record_themes WHERE export_id = ? AND theme_id = ?",
        ((e, t) for e in export_ids for t in theme_ids),
    )
    return conn.total_changes - before


def themes_of(conn: Connection, export_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The names of the themes (not retired) each record is tagged with."""
    out: dict[str, list[str]] = {}
    for chunk in _chunks(export_ids):
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT rt.export_id, t.name FROM record_themes rt JOIN themes t"
            f" ON t.id = rt.theme_id WHERE rt.export_id IN ({marks}) AND t.retired_at IS NULL"
            " ORDER BY t.name COLLATE NOCASE"
        )
        for export_id, name in conn.execute(sql, tuple(chunk)):
            out.setdefault(export_id, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def iter_facets_with_themes(conn: Connection) -> Iterator[tuple[str, str, str]]:
    """(consent, facet, theme ids joined by commas) of every record: all that counting
    needs. Retired themes are left out: they are counted no more."""
    yield from conn.execute(
        "SELECT r.consent, r.facet, coalesce(g.ids, '') FROM records r LEFT JOIN"
        " (SELECT rt.export_id, group_concat(rt.theme_id) AS ids FROM record_themes rt"
        "  JOIN themes t ON t.id = rt.theme_id WHERE t.retired_at IS NULL"
        "  GROUP BY rt.export_id) g ON g.export_id = r.export_id"
    )


def themed_quotes(conn: Connection) -> Iterator[tuple[str, str, str, str]]:
    """(export id, answers JSON, texts JSON, theme names joined by a newline) of the records
    a report may quote: the person allowed public quotes and read every redaction, and
    staff placed the record under at least one current theme."""
    yield from conn.execute(
        "SELECT r.export_id, r.answers, tx.texts, g.names FROM records r"
        " JOIN record_texts tx ON tx.record_id = r.id"
        " JOIN (SELECT rt.export_id, group_concat(t.name, char(10)) AS names"
        "  FROM record_themes rt JOIN themes t ON t.id = rt.theme_id"
        "  WHERE t.retired_at IS NULL GROUP BY rt.export_id) g ON g.export_id = r.export_id"
        " WHERE r.quote = 1 AND r.consent = 'quote' AND r.reviewed = 1 ORDER BY r.id"
    )


def theme_ids_of(conn: Connection, export_id: str) -> list[int]:
    """The current (not retired) themes of one record."""
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT rt.theme_id FROM record_themes rt JOIN themes t ON t.id = rt.theme_id"
            " WHERE rt.export_id = ? AND t.retired_at IS NULL",
            (export_id,),
        )
    ]
