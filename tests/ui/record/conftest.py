"""Fixtures for the recording screens: a real vault on disk, an unlocked session on it, and a
task runner. No mocks of storage or crypto."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

from collections.abc import Iterator
from pathlib import Path

import pytest

from testimony.services.accounts import create_draft
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.ui.tasks import TaskRunner
from tests.ui.record.record_helpers import PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.testimony"
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
def draft_id(session: Session) -> int:
    return session.call_write(create_draft)
