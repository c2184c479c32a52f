"""The person's own evidence on the command line: `attach`, `account copy` and `letter`."""

from __future__ import annotations

import argparse
from pathlib import Path

from testimony.cli.account_cmds import open_session
from testimony.cli.common import CliError, PassphraseReader
from testimony.core.letters import (
    KINDS,
    NATIONS,
    ORGANISATION_TYPES,
    Sender,
    guess_nation,
    guess_type,
)
from testimony.services import attachments, evidence

NOT_ENCRYPTED = (
    "This file is not encrypted. Anyone who gets it can read everything in it. "
    "Keep it somewhere safe, and delete it when you no longer need it."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = sub.add_parser("attach", help="add photos, scans or documents to an account")
    a.add_argument("path", type=Path)
    a.add_argument("account_id", type=int, metavar="ACCOUNT_ID")
    a.add_argument("files", type=Path, nargs="+", metavar="FILE")
    a.set_defaults(func=cmd_attach)

    w = sub.add_parser("letter", help="write a letter from an account, as a PDF")
    w.add_argument("path", type=Path)
    w.add_argument("account_id", type=int, metavar="ACCOUNT_ID")
    w.add_argument("--kind", choices=KINDS, required=True)
    w.add_argument("--to", required=True, metavar="ORGANISATION", help="who it is for")
    w.add_argument(
        "--type",
        dest="org_type",
        choices=ORGANISATION_TYPES,
        help="what kind of organisation (guessed from its name when not given)",
    )
    w.add_argument(
        "--nation",
        choices=NATIONS,
        help="where the organisation is, which decides the complaint route (guessed from "
        "its name when not given: Wales for a health board or a Welsh name)",
    )
    w.add_argument(
        "--language",
        choices=("en", "cy"),
        default="en",
        help="the language of the letter (cy: Welsh)",
    )
    w.add_argument("--pdf", type=Path, required=True, metavar="OUT")
    w.add_argument(
        "--sender",
        action="store_true",
        help="type your name and address for this letter (asked after the passphrase; "
        "never taken from the command line, where others could see it)",
    )
    w.add_argument(
        "--keep-sender",
        action="store_true",
        help="with --sender: keep them in the vault for your next letter",
    )
    w.set_defaults(func=cmd_letter)


def register_copy(asub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = asub.add_parser("copy", help="a readable copy of one account, as a PDF")
    c.add_argument("path", type=Path)
    c.add_argument("account_id", type=int, metavar="ACCOUNT_ID")
    c.add_argument("--pdf", type=Path, required=True, metavar="OUT")
    c.set_defaults(func=cmd_copy)


def _read_sender(reader: PassphraseReader) -> Sender:
    """Name and address, typed after the passphrase: one line each, the address with its
    parts separated by commas (each becomes a line of the letter)."""
    name = reader.read_line("Your name: ").strip()
    address = reader.read_line("Your address (parts separated by commas): ")
    return Sender(name, "\n".join(p.strip() for p in address.split(",") if p.strip()))


def cmd_attach(args: argparse.Namespace) -> int:
    checked = attachments.read_files(args.files)  # every file checked before the vault opens
    with open_session(args.path, PassphraseReader()) as session:
        added = session.call_write(attachments.attach, args.account_id, checked)
    for a in added:
        print(f"Added {a.name} ({a.type.value}, {a.bytes} bytes) to account {args.account_id}.")
    print(
        "The original files are still where they were. If you delete them, that may not "
        "remove them from an SSD, a USB stick or a backup."
    )
    return 0


def _free_target(target: Path) -> None:
    if target.exists():
        raise CliError("The output file already exists. Choose a new name.")
    if not target.parent.is_dir():
        raise CliError("The folder for the output file does not exist.")


def cmd_copy(args: argparse.Namespace) -> int:
    _free_target(args.pdf)
    with open_session(args.path, PassphraseReader()) as session:
        copy = session.call(evidence.readable_copy, args.account_id)
    try:
        from testimony.ui.evidence_pdf import write_copy_pdf  # Qt only for this command
    except ImportError as exc:
        raise CliError(f"The PDF cannot be made: Qt is not available ({exc}).") from None
    print(NOT_ENCRYPTED)
    write_copy_pdf(copy, args.pdf)
    print(f"Wrote a readable copy of account {args.account_id} to {args.pdf}")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    _free_target(args.pdf)
    if args.keep_sender and not args.sender:
        raise CliError("--keep-sender needs --sender. Nothing was written.")
    org_type = args.org_type or guess_type(args.to)
    nation = args.nation or guess_nation(args.to, "wales" if args.language == "cy" else "england")
    reader = PassphraseReader()
    with open_session(args.path, reader) as session:
        sender = _read_sender(reader) if args.sender else None
        if sender is not None and args.keep_sender:
            session.call_write(evidence.keep_sender, sender)
        letter = session.call(
            evidence.draft_letter,
            args.account_id,
            args.kind,
            args.to,
            org_type,
            sender,
            nation=nation,
            language=args.language,
        )
    try:
        from testimony.ui.evidence_pdf import write_letter_pdf  # Qt only for this command
    except ImportError as exc:
        raise CliError(f"The PDF cannot be made: Qt is not available ({exc}).") from None
    print(NOT_ENCRYPTED)
    write_letter_pdf(letter.text, args.pdf, letter.headings)
    print(f"Wrote the letter to {args.pdf}. Read it and change anything before you send it.")
    return 0
