"""The `testimony` command line.

Each sub-module registers its commands on the argument parser. A handler returns an exit
code; expected failures are raised as `CliError` or `TestimonyError` and become one clear
sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from testimony import __version__
from testimony.cli.common import CliError, run_handler
from testimony.hardening import harden_process, wipe_freed_memory


def build_parser() -> argparse.ArgumentParser:
    from testimony.cli import (
        account_cmds,
        coalition_cmds,
        evidence_cmds,
        export_cmds,
        redact_cmd,
        vault_cmds,
    )

    parser = argparse.ArgumentParser(
        prog="testimony",
        description="Record what happened in crisis services, offline and encrypted.",
    )
    parser.add_argument("--version", action="version", version=f"testimony {__version__}")
    parser.add_argument("--vault", metavar="PATH", help="open the app on this vault")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    vault_cmds.register(sub)
    account_cmds.register(sub)
    redact_cmd.register(sub)
    export_cmds.register(sub)
    coalition_cmds.register(sub)
    evidence_cmds.register(sub)  # attach, letter (issue 15)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the real program, not a test calling in: restart once, wiping
        wipe_freed_memory()
    harden_process()  # before any key exists: no core dumps, no reading our memory
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from testimony.launch import open_app

        return open_app(args.vault)
    return run_handler(args.func, args)


def gui_vault_argument(argv: Sequence[str]) -> str | None:
    """The vault `testimony-gui` was asked to open: `--vault PATH`, or the first file a
    desktop entry passed (%F). `--help` and unknown options end the program, as usual."""
    parser = argparse.ArgumentParser(prog="testimony-gui")
    parser.add_argument("--vault", metavar="PATH", help="open the app on this vault")
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)  # %F from a desktop file
    args = parser.parse_args(argv)
    vault: str | None = args.vault or (args.files[0] if args.files else None)
    return vault


__all__ = ["CliError", "build_parser", "gui_vault_argument", "main"]
