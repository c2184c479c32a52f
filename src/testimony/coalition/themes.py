"""The coalition's themes: a list staff keep (add, rename, merge, retire), and tags that put
records with words under them, one at a time or in bulk from a search.

Every function runs on the workspace's database thread inside the caller's transaction,
and checks its input first, so bad input changes nothing (core.errors.ThemeRefused or
UnknownRecord). Counts by theme are made and suppressed with every other count
(coalition/analysis.py, coalition/report.py); the numbers here are for staff only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from testimony.core.errors import ThemeRefused, UnknownRecord
from testimony.store import workspace_themes as wt
from testimony.store.connection import Connection

MAX_NAME = 80

__all__ = [
    "MAX_NAME",
    "Theme",
    "add",
    "clean_name",
    "merge",
    "rename",
    "resolve",
    "retire",
    "tag",
    "themes",
    "untag",
]


@dataclass(frozen=True)
class Theme:
    id: int
    name: str
    retired: bool
    records: int


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ThemeRefused("theme name empty", reason="empty")
    if len(cleaned) > MAX_NAME:
        raise ThemeRefused("theme name too long", reason="too_long")
    return cleaned


def themes(conn: Connection, include_retired: bool = True) -> list[Theme]:
    rows = wt.list_themes(conn, include_retired)
    return [Theme(t.id, t.name, t.retired, t.records) for t in rows]


def resolve(conn: Connection, name: str, *, allow_retired: bool = False) -> Theme:
    """The theme with this name (any case), or ThemeRefused."""
    row = wt.find_theme(conn, " ".join(str(name).split()))
    if row is None:
        raise ThemeRefused("no such theme", reason="unknown")
    if row.retired and not allow_retired:
        raise ThemeRefused("theme retired", reason="retired")
    return Theme(row.id, row.name, row.retired, row.records)


def add(conn: Connection, name: str) -> Theme:
    cleaned = clean_name(name)
    if wt.find_theme(conn, cleaned) is not None:
        raise ThemeRefused("theme exists", reason="exists")
    return Theme(wt.add_theme(conn, cleaned), cleaned, False, 0)


def rename(conn: Connection, old: str, new: str) -> Theme:
    theme = resolve(conn, old, allow_retired=True)
    cleaned = clean_name(new)
    other = wt.find_theme(conn, cleaned)
    if other is not None and other.id != theme.id:
        raise ThemeRefused("theme exists", reason="exists")
    wt.rename_theme(conn, theme.id, cleaned)
    return Theme(theme.id, cleaned, theme.retired, theme.records)


def merge(conn: Connection, source: str, target: str) -> Theme:
    """Put every record of `source` under `target` and remove `source`."""
    a = resolve(conn, source, allow_retired=True)
    b = resolve(conn, target)
    if a.id == b.id:
        raise ThemeRefused("same theme", reason="same")
    wt.merge_theme(conn, a.id, b.id)
    return resolve(conn, b.name)


def retire(conn: Connection, name: str, retired: bool = True) -> Theme:
    """A retired theme keeps its tags but is offered, counted and quoted no more; bringing
    it back (retired=False) restores all of it."""
    theme = resolve(conn, name, allow_retired=True)
    wt.set_retired(conn, theme.id, retired)
    return Theme(theme.id, theme.name, retired, theme.records)


def _targets(
    conn: Connection, export_ids: Sequence[str], names: Sequence[str], allow_retired: bool
) -> list[int]:
    ids = list(dict.fromkeys(export_ids))
    found = wt.texted_ids(conn, ids)
    missing = [e for e in ids if e not in found]
    if missing:
        # Only records with words can be placed under a theme: a "count" record has
        # nothing to read.
        raise UnknownRecord("no such record with words", export_id=missing[0][:32])
    if not names:
        raise ThemeRefused("no theme given", reason="unknown")
    return [resolve(conn, n, allow_retired=allow_retired).id for n in dict.fromkeys(names)]


def tag(conn: Connection, export_ids: Sequence[str], names: Sequence[str]) -> int:
    """Tag each record with each theme; how many tags are new."""
    theme_ids = _targets(conn, export_ids, names, allow_retired=False)
    return wt.tag(conn, list(dict.fromkeys(export_ids)), theme_ids)


def untag(conn: Connection, export_ids: Sequence[str], names: Sequence[str]) -> int:
    theme_ids = _targets(conn, export_ids, names, allow_retired=True)
    return wt.untag(conn, list(dict.fromkeys(export_ids)), theme_ids)
