"""Shared fixtures. Every test uses real SQLCipher files, real Argon2id and real age."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

# Vault creation calibrates Argon2id to ~0.5 s; tests stay at the (still strong) floor.
os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers import PASSPHRASE


@dataclass
class CliResult:
    code: int
    out: str
    err: str


class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable:
    """Run the command line in-process: cli(["vault", "create", path], stdin="pass\\n")."""
    from testimony.cli import main

    def run(args: list[str | Path], stdin: str = "") -> CliResult:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def vault_dir(tmp_path: Path, cli: Callable) -> Path:
    """A new vault made through the command line, with PASSPHRASE."""
    path = tmp_path / "mine.testimony"
    result = cli(["vault", "create", path], stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    return path


@pytest.fixture(autouse=True)
def _no_guess_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that try wrong passphrases on purpose must not wait for real; the tests of the
    slow-down itself set their own unit (services/guesses.py)."""
    from testimony.services import guesses

    monkeypatch.setattr(guesses, "WAIT_UNIT_SECONDS", 0.0)
