"""The programs' first lines (`testimony`, `testimony-gui`, `python -m testimony`, the
bundle): restart once so that freed memory is overwritten (hardening.wipe_freed_memory)
before anything else is imported, so the first process, which is thrown away, costs as
little as it can. Then the command line or the window.

The window's path imports only what the window needs: started from a menu or an icon, or as
`testimony` with nothing after it, it has no arguments, and the command line's parser
(argparse and every command) is not loaded at all (issue 16, cold start)."""

from __future__ import annotations

import sys

from testimony.hardening import wipe_freed_memory


def main() -> int:
    """`testimony`: with no arguments, the window, as `testimony-gui`; with any, the
    command line (its parser loads every command, which would double the window's start)."""
    wipe_freed_memory()
    if not sys.argv[1:]:
        return open_app(None)  # run_app hardens the process first thing
    from testimony.cli import main as cli_main

    return cli_main()


def gui_main() -> int:
    """`testimony-gui`: the app itself. It takes `--vault PATH` and nothing else (and a
    file from a desktop entry's %F), and never runs a command."""
    wipe_freed_memory()
    vault = None
    if sys.argv[1:]:
        from testimony.cli import gui_vault_argument

        vault = gui_vault_argument(sys.argv[1:])
    return open_app(vault)


def open_app(vault: str | None) -> int:
    """Open the window, on the vault given if any; say so plainly if Qt cannot start."""
    try:
        from testimony.app import run_app
    except ImportError as exc:  # Qt missing or its system libraries absent
        print(f"testimony: the window cannot start: {exc}.", file=sys.stderr)
        return 1
    return run_app(vault)
