"""Fixtures for the recording screens (the vault, session and runner come from
tests/ui/conftest.py). No mocks of storage or crypto."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")


import pytest

from testimony.services.accounts import create_draft
from testimony.services.session import Session
from tests.ui.record.record_helpers import PASSPHRASE


@pytest.fixture
def vault_passphrase() -> str:
    return PASSPHRASE  # quotes, guillemets and a dash: typed into real widgets


@pytest.fixture
def draft_id(session: Session) -> int:
    return session.call_write(create_draft)
