"""Fixtures for the sharing screens: a real vault in tmp, an unlocked session on it, a task
runner, accounts at each consent level and a coalition key pair. No mocks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from testimony.crypto.age import NewIdentity, new_identity
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.ui.tasks import TaskRunner
from tests.ui.export.export_ui_helpers import PASSPHRASE, add_account


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "kestrel.testimony"
    create_vault(path, PASSPHRASE)
    return path


@pytest.fixture
def session(vault_path: Path) -> Iterator[Session]:
    s = Session(vault_paths(vault_path))
    s.unlock(PASSPHRASE).result()
    yield s
    s.close()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def coalition() -> NewIdentity:
    return new_identity()


@pytest.fixture
def account(session: Session) -> Callable[..., int]:
    """add an account: account(level, text, **more answers) -> id"""

    def make(level: str = "words", text: str = "", **answers: object) -> int:
        return add_account(session, level, text, **answers)

    return make


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder
