"""`testimony coalition …`: make a workspace, import bundles, publish reports."""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from testimony.cli import coalition_text_cmds
from testimony.cli.common import CliError, PassphraseReader
from testimony.coalition import workspace as ws
from testimony.coalition.analysis import CONCERNS, Filters
from testimony.coalition.importing import IMPORTED, NOT_RUN, FileResult, import_files
from testimony.coalition.report import NOTES, write_csv
from testimony.services.coalition_texts import report_for_pdf
from testimony.services.session import Session
from testimony.services.vault import create_vault, read_header, vault_paths
from testimony.store.workspace_records import record_count

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
UNENCRYPTED = (
    "Warning: this file is not encrypted. Anyone who gets a copy can read it. "
    "Keep it only where you mean to share it."
)

# Why a file was rejected, in words; the codes come from coalition/importing.py and
# coalition/validate.py.
REASONS = {
    "too_large": "it is larger than a Testimony export can be",
    "not_a_file": "it is a folder, not a file",
    "unreadable": "it could not be read",
    "does_not_open": (
        "it does not open with this workspace's key (damaged, incomplete, "
        "or sealed for someone else)"
    ),
    "too_large_decrypted": "what is inside is larger than a Testimony export can be",
    "not_json": "what is inside is not a Testimony export (not JSON text)",
    "too_deep": "what is inside is nested far deeper than a Testimony export",
    "not_testimony": "it is not a Testimony export or withdrawal notice",
    "unknown_version": "it was made by a newer version of Testimony; update to import it",
    "schema": "it does not follow the Testimony export format",
    "duplicate_ids": "the same record appears twice in it",
    "form_not_listed": "a record uses a question set the file does not list",
    "unknown_form": "it uses a question set this version of Testimony does not know",
    "invalid_answers": "an answer does not fit its question set",
    "invalid_texts": "it has words for a question that cannot carry them",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("coalition", help="a coalition's encrypted workspace: import and report")
    csub = p.add_subparsers(dest="coalition_command", metavar="ACTION", required=True)

    i = csub.add_parser("init", help="make a new workspace and its public key")
    i.add_argument("path", type=Path)
    i.add_argument("--recipient-file", type=Path, help="also save the public key to this file")
    i.set_defaults(func=cmd_init)

    r = csub.add_parser("recipient", help="show the workspace's public key")
    r.add_argument("path", type=Path)
    r.add_argument("--out", type=Path, help="save it to this file for publishing")
    r.set_defaults(func=cmd_recipient)

    m = csub.add_parser("import", help="import export bundles and withdrawal notices")
    m.add_argument("path", type=Path)
    m.add_argument("files", type=Path, nargs="+", metavar="FILE")
    m.set_defaults(func=cmd_import)

    p_rep = csub.add_parser(
        "report", help="write counts (CSV) or a report (PDF); the file is not encrypted"
    )
    p_rep.add_argument("path", type=Path)
    out = p_rep.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", type=Path, metavar="OUT")
    out.add_argument("--pdf", type=Path, metavar="OUT")
    p_rep.add_argument("--service", help="only records naming this service (option id)")
    p_rep.add_argument("--concern", choices=[c[0] for c in CONCERNS])
    p_rep.add_argument("--area", help="only records from this area (option id)")
    p_rep.add_argument("--from", dest="period_from", metavar="YYYY-MM")
    p_rep.add_argument("--to", dest="period_to", metavar="YYYY-MM")
    p_rep.add_argument("--consent", choices=["count", "words", "quote"])
    p_rep.add_argument("--theme", metavar="THEME", help="only records under this theme (name)")
    p_rep.set_defaults(func=cmd_report)

    t = csub.add_parser("threshold", help="show or set the smallest count a report shows")
    t.add_argument("path", type=Path)
    t.add_argument("value", type=int, nargs="?")
    t.set_defaults(func=cmd_threshold)

    coalition_text_cmds.register(csub, _open, _filters)  # reading and themes (issue 14)


def _open(path: Path) -> Session:
    paths = vault_paths(path)
    read_header(paths)
    session = Session(paths, plan=ws.WORKSPACE)
    try:
        session.unlock(PassphraseReader().read("Workspace passphrase: ")).result()
    except BaseException:
        session.close()
        raise
    return session


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = PassphraseReader().read_new("Passphrase for the new workspace: ")
    created = create_vault(args.path, passphrase, plan=ws.WORKSPACE)
    try:
        with Session(created.paths, plan=ws.WORKSPACE) as session:
            session.unlock(passphrase).result()
            rec = session.call_write(ws.init_identity)
    except BaseException:
        # No half-made workspace: without its key it could never open a bundle.
        shutil.rmtree(created.paths.folder, ignore_errors=True)
        raise
    print(f"Created the coalition workspace at {created.paths.folder}")
    if args.recipient_file:
        ws.write_recipient_file(args.recipient_file, rec)
        print(f"Saved the public key to {args.recipient_file}")
    print("Publish this public key so people can send you their accounts.")
    print(f"Its fingerprint, for people to check: {rec.fingerprint}")
    print(rec.recipient)
    return 0


def cmd_recipient(args: argparse.Namespace) -> int:
    with _open(args.path) as session:
        rec = session.call(ws.recipient)
    if args.out:
        ws.write_recipient_file(args.out, rec)
        print(f"Saved the public key to {args.out}")
    print(f"Fingerprint: {rec.fingerprint}")
    print(rec.recipient)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args.path) as session:
        summary = session.call(import_files, list(args.files))
        total = session.call(record_count)
    for result in summary.files:
        print(describe(result))
    imported = summary.totals["imported"]
    rejected = summary.totals["rejected"]
    print(
        f"Done: {imported} file(s) imported, {rejected} rejected. "
        f"The workspace now holds {total} record(s)."
    )
    if rejected:
        raise CliError(
            f"{rejected} of {len(summary.files)} file(s) were rejected; nothing from them was "
            "applied. The reasons are listed above."
        )
    return 0


def describe(r: FileResult) -> str:
    """One line per file, in plain words."""
    if r.status == NOT_RUN:
        return f"{r.name}: not imported (stopped before it)."
    if r.status != IMPORTED:
        why = REASONS.get(r.reason or "", "it is not a valid Testimony file")
        where = f" (at {r.where})" if r.where else ""
        return f"{r.name}: rejected: {why}{where}. Nothing from it was applied."
    if r.kind == "export":
        parts = [f"{r.added} record(s) added"]
        if r.duplicates:
            parts.append(f"{r.duplicates} already here, skipped")
        if r.withdrawn_before:
            parts.append(f"{r.withdrawn_before} withdrawn by their person, skipped")
        return f"{r.name}: export bundle: " + "; ".join(parts) + "."
    parts = [f"{r.withdrawn} record(s) removed"]
    if r.not_matched:
        parts.append(f"{r.not_matched} NOT removed because the secret did not match the record")
    if r.not_found:
        parts.append(f"{r.not_found} not here yet (will be refused if it arrives)")
    if r.withdrawn_before:
        parts.append(f"{r.withdrawn_before} removed before")
    return f"{r.name}: withdrawal notice: " + "; ".join(parts) + "."


def _filters(args: argparse.Namespace) -> Filters:
    for month in (args.period_from, args.period_to):
        if month is not None and not _MONTH.match(month):
            raise CliError("A period is written as year and month, like 2024-03.")
    return Filters(
        service=args.service,
        concern=args.concern,
        area=args.area,
        period_from=args.period_from,
        period_to=args.period_to,
        consent=args.consent,
    )


def cmd_report(args: argparse.Namespace) -> int:
    filters = _filters(args)
    target: Path = args.csv or args.pdf
    if target.exists():
        raise CliError("The output file already exists. Choose a new name.")
    with _open(args.path) as session:
        chosen = replace(filters, theme=coalition_text_cmds.theme_filter(session, args.theme))
        report, author = session.call(report_for_pdf, chosen, session.call(ws.threshold))
    if args.csv:
        write_csv(report, target)
    else:
        try:
            from testimony.ui.report_pdf import write_pdf  # Qt only for this command
        except ImportError as exc:
            raise CliError(f"The PDF cannot be made: Qt is not available ({exc}).") from None
        write_pdf(report, target, author=author)
    print(f"Wrote the report to {target}")
    for code in report.notes:
        print(NOTES[code])
    print(UNENCRYPTED, file=sys.stderr)
    return 0


def cmd_threshold(args: argparse.Namespace) -> int:
    with _open(args.path) as session:
        if args.value is not None:
            if args.value < ws.MIN_THRESHOLD:
                raise CliError(f"The threshold must be at least {ws.MIN_THRESHOLD}.")
            session.call_write(ws.set_threshold, args.value)
        value = session.call(ws.threshold)
    print(f"Counts below {value} are suppressed in reports.")
    return 0
