"""Issue 9 item 3: changing the passphrase revokes the old one.

The attack: keep a copy of header.json (or the recovery code) from before the change, put
it back afterwards, and open the vault with the old passphrase. After a re-key under a
fresh data key, nothing old opens anything.
"""

from __future__ import annotations

import json
import shutil

import pytest

from testimony.core.errors import HeaderInvalid, VaultDamaged, WrongPassphrase
from testimony.services.session import Session
from testimony.services.vault import change_passphrase, create_vault, unwrap_key
from testimony.store import accounts as store
from tests.helpers import PASSPHRASE, account

NEW = "a new passphrase nobody knows"


def _texts(paths, passphrase: str) -> list[str]:
    with Session(paths) as session:
        session.unlock(passphrase).result()
        ids = session.call(store.account_ids)
        return sorted(session.call(store.get_account, i).answers["what_happened"] for i in ids)


@pytest.fixture
def vault_with_code(tmp_path, cli):
    folder = tmp_path / "k.testimony"
    made = cli(["vault", "create", folder, "--recovery-code"], stdin=f"{PASSPHRASE}\n")
    assert made.code == 0
    body = json.dumps([account(what_happened=f"story {i}") for i in range(3)])
    assert cli(["account", "add", folder, "--json", "-"], stdin=PASSPHRASE + "\n" + body).code == 0
    return folder, made.out.strip().splitlines()[-1]


def test_an_old_header_copy_opens_nothing_after_passwd(vault_with_code, tmp_path, cli):
    folder, code = vault_with_code
    stolen = tmp_path / "stolen-header.json"
    shutil.copy2(folder / "header.json", stolen)
    changed = cli(
        ["vault", "passwd", folder, "--new-recovery-code"], stdin=f"{PASSPHRASE}\n{NEW}\n"
    )
    assert changed.code == 0, changed.err
    new_code = changed.out.strip().splitlines()[-1]
    assert new_code != code and len(new_code) == 34
    assert "old recovery code no longer works" in changed.out

    # The new ways in work, and every account is there.
    assert _texts(_paths(folder), NEW) == ["story 0", "story 1", "story 2"]
    assert cli(["account", "list", folder], stdin=f"{new_code}\n").code != 0  # not a passphrase
    # The old passphrase and the old code against the current header: no.
    for secret, kind in ((PASSPHRASE, None), (code, "recovery")):
        with pytest.raises(WrongPassphrase):
            unwrap_key(
                _paths(folder), **({"recovery_code": secret} if kind else {"passphrase": secret})
            )
    # The attack: the old header put back. Its slots still open the OLD key, which opens
    # nothing: the database is under a new key now.
    shutil.copy2(stolen, folder / "header.json")
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        key = unwrap_key(_paths(folder), **kwargs)
        key.wipe()
        with pytest.raises((VaultDamaged, HeaderInvalid)), Session(_paths(folder)) as session:
            session.unlock(**kwargs).result()
    listed = cli(["account", "list", folder], stdin=PASSPHRASE + "\n")
    assert listed.code != 0 and "story" not in listed.out


def test_without_a_new_code_the_old_code_is_gone(vault_with_code, cli):
    folder, code = vault_with_code
    changed = cli(["vault", "passwd", folder], stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert changed.code == 0, changed.err
    assert "--new-recovery-code" in changed.out
    with pytest.raises(HeaderInvalid):  # no recovery slot at all now
        unwrap_key(_paths(folder), recovery_code=code)


def test_opened_with_the_recovery_code_then_rekeyed(vault_with_code, cli):
    folder, code = vault_with_code
    changed = cli(
        ["vault", "passwd", folder, "--recovery-code", "--new-recovery-code"],
        stdin=f"{code}\n{NEW}\n",
    )
    assert changed.code == 0, changed.err
    assert _texts(_paths(folder), NEW) == ["story 0", "story 1", "story 2"]


def test_a_session_changes_its_passphrase_and_carries_on(tmp_path):
    paths = create_vault(tmp_path / "s.testimony", PASSPHRASE).paths
    seen: list[float] = []
    with Session(paths) as session:
        session.unlock(PASSPHRASE).result()
        from testimony.services import accounts

        aid = session.call_write(accounts.create_draft)
        session.call_write(accounts.save_answers, aid, {"what_happened": "before"})
        code = session.change_passphrase(
            NEW, old_passphrase=PASSPHRASE, new_recovery_code=True, progress=seen.append
        ).result()
        aid = session.call_write(accounts.create_draft)  # still open, under the new key
        session.call_write(accounts.save_answers, aid, {"what_happened": "after"})
    assert code is not None
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    assert _texts(paths, NEW) == ["after", "before"]
    assert sorted(p.name for p in paths.folder.iterdir()) == ["header.json", "vault.db"]
    with pytest.raises(WrongPassphrase):
        change_passphrase(paths, "x", old_passphrase=PASSPHRASE)


def _paths(folder):
    from testimony.services.vault import vault_paths

    return vault_paths(folder)


def test_a_change_made_elsewhere_stops_an_open_session_from_saving(tmp_path):
    """Two Testimonys on one vault: one changes the passphrase while the other has it open.
    The other must not go on saving into the old, deleted file (those words would be lost);
    it says so, and its lock still wipes the key."""
    from testimony.core.errors import VaultChangedElsewhere
    from testimony.services import accounts

    paths = create_vault(tmp_path / "two.testimony", PASSPHRASE).paths
    with Session(paths) as here:
        here.unlock(PASSPHRASE).result()
        aid = here.call_write(accounts.create_draft)
        here.call_write(accounts.save_answers, aid, {"what_happened": "saved before"})
        # The "other Testimony": the same steps a second process would take.
        change_passphrase(paths, NEW, old_passphrase=PASSPHRASE).key.wipe()
        with pytest.raises(VaultChangedElsewhere):
            here.call_write(accounts.save_answers, aid, {"what_happened": "lost if saved"})
        here.lock().result()
        assert here._key is None
    assert _texts(paths, NEW) == ["saved before"]
