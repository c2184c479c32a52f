"""What the coalition's reading and themes pages (and the report) ask of a workspace.

Each function takes the workspace's connection first and runs on its database thread
(Session.submit, or submit_write for the ones that change something: all or nothing).
The pages import only these, and the frozen dataclasses they return.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from testimony.coalition import texts, themes
from testimony.coalition import workspace as ws
from testimony.coalition.analysis import Filters, dimensions
from testimony.coalition.report import ReportData, load_report
from testimony.coalition.texts import Text, TextPage, TextRecord
from testimony.coalition.themes import Theme
from testimony.store.connection import Connection

__all__ = [
    "Choices",
    "Filters",
    "Text",
    "TextPage",
    "TextRecord",
    "Theme",
    "add_theme",
    "coalition_name",
    "coalition_report",
    "filter_choices",
    "find_texts",
    "list_themes",
    "matching_ids",
    "merge_theme",
    "rename_theme",
    "report_for_pdf",
    "retire_theme",
    "set_coalition_name",
    "tag",
    "tag_matching",
    "theme_id",
    "untag",
]


@dataclass(frozen=True)
class Choices:
    """The categories each filter offers: (id, label) pairs."""

    service: tuple[tuple[str, str], ...]
    concern: tuple[tuple[str, str], ...]
    area: tuple[tuple[str, str], ...]
    theme: tuple[tuple[str, str], ...]


def filter_choices(conn: Connection) -> Choices:
    current = [(str(t.id), t.name) for t in themes.themes(conn, include_retired=False)]
    dims = dimensions((), current)
    return Choices(
        dims["service"].categories,
        dims["concern"].categories,
        dims["area"].categories,
        dims["theme"].categories,
    )


def find_texts(
    conn: Connection, search: str, filters: Filters, limit: int = texts.PAGE
) -> TextPage:
    return texts.find_texts(conn, search, filters, limit)


def matching_ids(conn: Connection, search: str, filters: Filters) -> list[str]:
    return texts.matching_ids(conn, search, filters)


def list_themes(conn: Connection, include_retired: bool = True) -> list[Theme]:
    return themes.themes(conn, include_retired)


def add_theme(conn: Connection, name: str) -> Theme:
    return themes.add(conn, name)


def rename_theme(conn: Connection, old: str, new: str) -> Theme:
    return themes.rename(conn, old, new)


def merge_theme(conn: Connection, source: str, target: str) -> Theme:
    return themes.merge(conn, source, target)


def retire_theme(conn: Connection, name: str, retired: bool = True) -> Theme:
    return themes.retire(conn, name, retired)


def tag(conn: Connection, export_ids: Sequence[str], names: Sequence[str]) -> int:
    return themes.tag(conn, export_ids, names)


def untag(conn: Connection, export_ids: Sequence[str], names: Sequence[str]) -> int:
    return themes.untag(conn, export_ids, names)


def tag_matching(conn: Connection, search: str, filters: Filters, names: Sequence[str]) -> int:
    """Tag every record a search finds, in one transaction (run with submit_write)."""
    return themes.tag(conn, texts.matching_ids(conn, search, filters), names)


def coalition_name(conn: Connection) -> str:
    return ws.name(conn)


def set_coalition_name(conn: Connection, value: str) -> None:
    ws.set_name(conn, value)


def theme_id(conn: Connection, name: str) -> str:
    """A theme's name (any case) as the filters' theme id; ThemeRefused if there is none."""
    return str(themes.resolve(conn, name).id)


def coalition_report(
    conn: Connection, filters: Filters, threshold: int, with_quotes: bool = True
) -> ReportData:
    """The published report for these filters: the same as `coalition report`."""
    report = load_report(conn, filters, threshold)
    return report if with_quotes else replace(report, quotes=())


def report_for_pdf(conn: Connection, filters: Filters, threshold: int) -> tuple[ReportData, str]:
    """The report and the coalition's name (the PDF's author)."""
    return load_report(conn, filters, threshold), ws.name(conn)
