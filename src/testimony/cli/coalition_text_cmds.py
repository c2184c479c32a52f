"""`testimony coalition texts | tag | untag | themes | name`: read, search and theme the
shared words (docs/coalition.md, "Reading and themes")."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from testimony.cli.common import CliError
from testimony.coalition.analysis import CONCERNS
from testimony.services import coalition_texts as ct
from testimony.services.session import Session

Opener = Callable[[Path], Session]

_REVIEWED = {True: "yes", False: "no (automatic redactions nobody read)", None: "not known"}


def register(csub: argparse._SubParsersAction, opener: Opener, filters: Callable) -> None:
    """Add the commands; `opener` unlocks a workspace, `filters` reads the filter options
    the same way `coalition report` does."""
    t = csub.add_parser("texts", help="print the shared words, with their export ids")
    t.add_argument("path", type=Path)
    t.add_argument("--search", default="", metavar="TEXT", help="only records with these words")
    t.add_argument("--theme", metavar="THEME", help="only records under this theme")
    t.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    t.add_argument("--json", action="store_true", help="print JSON, one record a line")
    _filter_args(t)
    t.set_defaults(func=lambda a: cmd_texts(a, opener, filters))

    for name, verb in (("tag", "put a record under themes"), ("untag", "take a record out")):
        g = csub.add_parser(name, help=f"{verb} (THEME is its name)")
        g.add_argument("path", type=Path)
        g.add_argument("export_id", metavar="EXPORT_ID")
        g.add_argument("themes", nargs="+", metavar="THEME")
        g.set_defaults(func=lambda a, n=name: cmd_tag(a, opener, n == "tag"))

    th = csub.add_parser("themes", help="list the themes, or add, rename, merge or retire one")
    th.add_argument("path", type=Path)
    th.add_argument(
        "action", nargs="?", default="list",
        choices=["list", "add", "rename", "merge", "retire", "restore"],
    )  # fmt: skip
    th.add_argument("names", nargs="*", metavar="NAME")
    th.set_defaults(func=lambda a: cmd_themes(a, opener))

    n = csub.add_parser("name", help="show or set the coalition's name (signs its reports)")
    n.add_argument("path", type=Path)
    n.add_argument("value", nargs="?")
    n.set_defaults(func=lambda a: cmd_name(a, opener))


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--service", help="only records naming this service (option id)")
    p.add_argument("--concern", choices=[c[0] for c in CONCERNS])
    p.add_argument("--area", help="only records from this area (option id)")
    p.add_argument("--from", dest="period_from", metavar="YYYY-MM")
    p.add_argument("--to", dest="period_to", metavar="YYYY-MM")
    p.add_argument("--consent", choices=["words", "quote"])


def theme_filter(session: Session, name: str | None) -> str | None:
    """A theme's name as the filter's theme id."""
    if name is None:
        return None
    return session.call(ct.theme_id, name)


def cmd_texts(args: argparse.Namespace, opener: Opener, filters: Callable) -> int:
    if args.limit < 1:
        raise CliError("The limit must be at least 1.")
    base = filters(args)
    with opener(args.path) as session:
        chosen = replace(base, theme=theme_filter(session, args.theme))
        page = session.call(ct.find_texts, args.search, chosen, args.limit)
    for rec in page.records:
        if args.json:
            print(json.dumps(_as_json(rec), ensure_ascii=False, sort_keys=True))
            continue
        print(f"== {rec.export_id}  consent: {rec.consent}  form: {rec.form} v{rec.form_version}")
        print(f"   reviewed by the person: {_REVIEWED[rec.reviewed]}; imported {rec.imported_at}")
        print(f"   themes: {', '.join(rec.themes) if rec.themes else 'none yet'}")
        for text in rec.texts:
            print(f"   {text.title}")
            print(f"     {text.text}")
    if not args.json:
        more = " (more match; narrow the search or raise --limit)" if page.more else ""
        print(f"{len(page.records)} record(s) with words{more}.")
    return 0


def _as_json(rec: ct.TextRecord) -> dict[str, object]:
    return {
        "export_id": rec.export_id,
        "consent": rec.consent,
        "form": rec.form,
        "form_version": rec.form_version,
        "reviewed": rec.reviewed,
        "imported_at": rec.imported_at,
        "themes": list(rec.themes),
        "texts": {t.question_id: t.text for t in rec.texts},
    }


def cmd_tag(args: argparse.Namespace, opener: Opener, adding: bool) -> int:
    with opener(args.path) as session:
        fn = ct.tag if adding else ct.untag
        changed = session.call_write(fn, [args.export_id], args.themes)
    what = "added" if adding else "removed"
    print(f"{changed} tag(s) {what} on record {args.export_id}.")
    return 0


_NEEDS = {"list": 0, "add": 1, "rename": 2, "merge": 2, "retire": 1, "restore": 1}


def cmd_themes(args: argparse.Namespace, opener: Opener) -> int:
    need = _NEEDS[args.action]
    if len(args.names) != need:
        usage = {
            "add": "themes PATH add NAME",
            "rename": "themes PATH rename OLD NEW",
            "merge": "themes PATH merge FROM INTO",
            "retire": "themes PATH retire NAME",
            "restore": "themes PATH restore NAME",
            "list": "themes PATH",
        }[args.action]
        raise CliError(f"Give exactly what it needs: testimony coalition {usage}")
    with opener(args.path) as session:
        if args.action == "add":
            session.call_write(ct.add_theme, args.names[0])
        elif args.action == "rename":
            session.call_write(ct.rename_theme, *args.names)
        elif args.action == "merge":
            session.call_write(ct.merge_theme, *args.names)
        elif args.action in ("retire", "restore"):
            session.call_write(ct.retire_theme, args.names[0], args.action == "retire")
        rows = session.call(ct.list_themes)
    for theme in rows:
        retired = "  (retired)" if theme.retired else ""
        print(f"{theme.name}: {theme.records} record(s){retired}")
    print("These numbers are for your team only; reports hide small ones.")
    return 0


def cmd_name(args: argparse.Namespace, opener: Opener) -> int:
    with opener(args.path) as session:
        if args.value is not None:
            try:
                session.call_write(ct.set_coalition_name, args.value)
            except ValueError as exc:
                raise CliError("A name can be at most 120 characters.") from exc
        value = session.call(ct.coalition_name)
    print(f"The coalition's name: {value}" if value else "No name is set yet.")
    return 0
