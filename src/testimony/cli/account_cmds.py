"""`testimony account …`: add accounts from JSON, list and search them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from testimony.cli.common import CliError, PassphraseReader
from testimony.core.consent import Method
from testimony.services import accounts, recordings, vault
from testimony.services.attachments import list_attachments
from testimony.services.session import Session
from testimony.store import accounts as store

# A JSON file of accounts bigger than this is a mistake, not a batch.
MAX_JSON_BYTES = 64 * 1024 * 1024


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("account", help="add and list accounts")
    asub = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    a = asub.add_parser("add", help="add accounts from a JSON file (one object or a list)")
    a.add_argument("path", type=Path)
    a.add_argument(
        "--json",
        type=Path,
        required=True,
        metavar="FILE",
        help="the accounts; '-' reads them from standard input after the passphrase",
    )
    a.set_defaults(func=cmd_add)

    ls = asub.add_parser("list", help="list accounts (id, date, status, consent)")
    ls.add_argument("path", type=Path)
    ls.add_argument("--search", metavar="TEXT", help="only accounts whose words match")
    ls.add_argument("--json", action="store_true", help="print full accounts as JSON")
    ls.set_defaults(func=cmd_list)

    from testimony.cli.evidence_cmds import register_copy  # here to avoid an import cycle

    register_copy(asub)


def open_session(path: Path, reader: PassphraseReader) -> Session:
    """Unlock the vault at `path` with a passphrase read from the terminal or stdin."""
    paths = vault.vault_paths(path)
    vault.read_header(paths)
    session = Session(paths)
    try:
        session.unlock(reader.read("Passphrase: ")).result()
    except BaseException:
        session.close()
        raise
    return session


def cmd_add(args: argparse.Namespace) -> int:
    reader = PassphraseReader()
    if str(args.json) != "-":
        raw = _read_json_file(args.json)
    with open_session(args.path, reader) as session:
        if str(args.json) == "-":
            raw = sys.stdin.read(MAX_JSON_BYTES + 1)
        items = _parse(raw)
        ids = session.call_write(accounts.add_incoming, items, Method.IMPORTED)
    print(f"Added {len(ids)} account(s): {', '.join(str(i) for i in ids)}")
    return 0


def _read_json_file(path: Path) -> str:
    if not path.is_file():
        raise CliError(f"There is no file at {path}.")
    if path.stat().st_size > MAX_JSON_BYTES:
        raise CliError("That JSON file is too large.")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CliError("That file is not UTF-8 text.") from None


def _parse(raw: str) -> list[accounts.Incoming]:
    if len(raw) > MAX_JSON_BYTES:
        raise CliError("That JSON is too large.")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CliError(f"That is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise CliError("The JSON holds no accounts.")
    return [accounts.parse_incoming(obj, i) for i, obj in enumerate(items)]


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args.path, PassphraseReader()) as session:
        ids = session.call(store.account_ids, args.search)
        if args.json:
            full = [session.call(store.get_account, i) for i in ids]
            out = [accounts.as_json(a) for a in full if a is not None]
            for item in out:  # the files' names, types and sizes; never their contents
                files = session.call(list_attachments, item["id"])
                item["attachments"] = [f.as_json() for f in files]
            spoken = session.call(recordings.listing_json, [a["id"] for a in out])
            for a in out:
                a["recordings"] = spoken[a["id"]]
            print(json.dumps(out, ensure_ascii=False, indent=2))
            return 0
        rows = session.call(store.account_rows, ids)
    if not rows:
        print("No accounts." if not args.search else "No accounts match.")
        return 0
    print(f"{'ID':>5}  {'SAVED':<10}  {'STATUS':<8}  {'CONSENT':<8}  TITLE")
    for r in rows:
        support = " (with support)" if r.supported else ""
        print(
            f"{r.id:>5}  {r.updated[:10]:<10}  {r.status.value:<8}  {r.consent.value:<8}  "
            f"{r.title}{support}"
        )
    return 0
