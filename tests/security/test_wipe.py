"""Issue 12, item 3: destroying a vault by destroying its key slots (crypto-shredding),
at once or after too many wrong passphrases, on real vaults with real Argon2id and
SQLCipher. Afterwards no passphrase and no recovery code opens it, even with the old
encrypted database put back; and the words shown are the words in docs/security.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from testimony.core.consent import Method
from testimony.core.errors import VaultNotFound, WrongPassphrase
from testimony.services import guesses
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.services.session import Session
from testimony.services.vault import create_vault, unwrap_key
from testimony.services.wipe import (
    WIPE_FILE,
    WipeState,
    count_failure,
    destroy_vault,
    read_wipe_state,
    reset_failures,
    set_wipe_limit,
)
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(tmp_path):
    created = create_vault(tmp_path / "Visitor.testimony", PASSPHRASE, with_recovery=True)
    with Session(created.paths) as session:
        session.unlock(PASSPHRASE).result()
        item = parse_incoming({"answers": {"what_happened": "Wipe-canary-8812"}})
        session.call_write(add_incoming, [item], Method.ALONE)
    return created


def _opens(paths, **secret) -> bool:
    try:
        unwrap_key(paths, **secret).wipe()
    except (VaultNotFound, WrongPassphrase):
        return False
    return True


def test_destroyed_vault_opens_with_nothing(vault, tmp_path):
    paths = vault.paths
    assert _opens(paths, passphrase=PASSPHRASE)
    assert _opens(paths, recovery_code=vault.recovery_code)
    old_db = paths.database.read_bytes()
    destroy_vault(paths)
    assert not paths.folder.exists()
    # The attack: the encrypted database survived somewhere (a drive's spare blocks) and is
    # put back; the person's passphrase and recovery code are both known.
    paths.folder.mkdir()
    paths.database.write_bytes(old_db)
    assert not _opens(paths, passphrase=PASSPHRASE)
    assert not _opens(paths, recovery_code=vault.recovery_code)
    session = Session(paths)
    try:
        with pytest.raises((VaultNotFound, WrongPassphrase)):
            session.unlock(PASSPHRASE).result()
    finally:
        session.close()


def _guess_wrong(paths) -> None:
    """A real wrong passphrase, counted where the slow-down counts it (services/guesses.py),
    then the check the unlock page runs after it."""
    assert not _opens(paths, passphrase="not the passphrase")
    count_failure(paths)


def test_too_many_wrong_passphrases_destroy_the_vault(vault, monkeypatch):
    monkeypatch.setattr(guesses, "WAIT_UNIT_SECONDS", 0.0)  # the slow-down is tested elsewhere
    paths = vault.paths
    assert read_wipe_state(paths).limit is None  # off unless turned on
    _guess_wrong(paths)
    _guess_wrong(paths)
    _guess_wrong(paths)
    assert read_wipe_state(paths).failures == 3  # counted, but nothing is destroyed
    assert paths.folder.exists() and _opens(paths, passphrase=PASSPHRASE)
    set_wipe_limit(paths, 3)
    _guess_wrong(paths)
    assert _opens(paths, passphrase=PASSPHRASE)  # opened in between: the count starts again
    _guess_wrong(paths)
    _guess_wrong(paths)
    assert read_wipe_state(paths).failures == 2
    assert paths.folder.exists()
    assert not _opens(paths, passphrase="not the passphrase")  # the third wrong one in a row
    state = count_failure(paths)
    assert state.failures == state.limit == 3
    assert not paths.folder.exists()
    assert not _opens(paths, passphrase=PASSPHRASE)
    assert not _opens(paths, recovery_code=vault.recovery_code)


def test_the_limit_is_kept_apart_from_the_count(vault):
    """A count left by the command line counts too: wipe.json holds only the limit."""
    paths = vault.paths
    set_wipe_limit(paths, 5)
    assert json.loads((paths.folder / WIPE_FILE).read_text()) == {"limit": 5}
    assert read_wipe_state(paths) == WipeState(5, 0)
    reset_failures(paths)
    assert read_wipe_state(paths) == WipeState(5, 0)


def test_the_words_shown_are_the_words_in_the_docs(qapp):
    from testimony.ui.destroy import honest_words

    docs = re.sub(r"\s+", " ", (ROOT / "docs" / "security.md").read_text().replace("> ", ""))
    for words in honest_words():
        assert words in docs, words
