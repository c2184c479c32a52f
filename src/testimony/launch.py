"""The programs' first lines (`testimony`, `testimony-gui`, `python -m testimony`, the
bundle): restart once so that freed memory is overwritten (hardening.wipe_freed_memory)
before anything else is imported, so the first process, which is thrown away, costs as
little as it can. Then the command line or the window, as before."""

from __future__ import annotations

from testimony.hardening import wipe_freed_memory


def main() -> int:
    wipe_freed_memory()
    from testimony.cli import main as cli_main

    return cli_main()


def gui_main() -> int:
    wipe_freed_memory()
    from testimony.cli import gui_main as cli_gui_main

    return cli_gui_main()
