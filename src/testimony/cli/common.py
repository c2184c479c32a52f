"""What every command shares: errors, passphrase input, the exit-code contract."""

from __future__ import annotations

import argparse
import errno
import getpass
import os
import sys
from collections.abc import Callable
from typing import TextIO

from testimony.core.errors import DiskFull, TestimonyError

EXIT_DISK_FULL = 75  # sysexits EX_TEMPFAIL: try again once there is space


class CliError(Exception):
    """A failure to report as one sentence on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def run_handler(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return func(args)
    except CliError as exc:
        _say(str(exc))
        return exc.exit_code
    except TestimonyError as exc:
        from testimony.cli.messages import message_for

        _say(message_for(exc))
        return EXIT_DISK_FULL if isinstance(exc, DiskFull) else 1
    except KeyboardInterrupt:
        _say("Stopped. Nothing was changed.")
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            from testimony.cli.messages import message_for

            _say(message_for(DiskFull("no space")))
            return EXIT_DISK_FULL
        _say(f"Could not read or write a file: {exc.strerror or exc}.")
        return 1
    except Exception as exc:
        # A bug, not the person's mistake. Still one sentence; TESTIMONY_DEBUG=1 shows more.
        if os.environ.get("TESTIMONY_DEBUG"):
            raise
        _say(
            f"Something went wrong inside Testimony ({type(exc).__name__}). "
            "Nothing more was changed. Please report this."
        )
        return 70


def _say(sentence: str) -> None:
    print(f"testimony: {sentence}", file=sys.stderr)


class PassphraseReader:
    """Reads passphrases from the terminal, or line by line from stdin when it is not one.

    Never from arguments or the environment: those are visible to other users and end up in
    shell history.
    """

    def __init__(self, stdin: TextIO | None = None) -> None:
        self._stdin = stdin or sys.stdin

    def read(self, prompt: str) -> str:
        if self._stdin.isatty():
            return getpass.getpass(prompt)
        line = self._stdin.readline()
        if not line:
            raise CliError("A passphrase was expected on standard input, but there was none.")
        return line[:-1] if line.endswith("\n") else line

    def read_line(self, prompt: str) -> str:
        """A line that is not secret (shown as typed), from the terminal or stdin."""
        if self._stdin.isatty():
            return input(prompt)
        line = self._stdin.readline()
        return line[:-1] if line.endswith("\n") else line

    def read_new(self, prompt: str = "New passphrase: ") -> str:
        first = self.read(prompt)
        if self._stdin.isatty():
            again = getpass.getpass("Type it again: ")
            if again != first:
                raise CliError("The two passphrases were different. Nothing was changed.")
        if not first:
            raise CliError("The passphrase cannot be empty.")
        return first
