"""Fixtures for the sharing screens: accounts at each consent level and a coalition key pair
(the vault, session and runner come from tests/ui/conftest.py). No mocks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")

from collections.abc import Callable
from pathlib import Path

import pytest

from testimony.crypto.age import NewIdentity, new_identity
from testimony.services.session import Session
from tests.ui.export.export_ui_helpers import PASSPHRASE, add_account


@pytest.fixture
def vault_name() -> str:
    return "kestrel"  # a test checks that the folder's name is treated as this computer's


@pytest.fixture
def vault_passphrase() -> str:
    return PASSPHRASE


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
