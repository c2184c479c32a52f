"""The vault through the command line: real SQLCipher files, real Argon2id."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, account, snapshot

TRICKY = [
    "it's",
    'say "hello"',
    "a; DROP TABLE accounts; --",
    "  spaces  around  ",
    "Zoë's café — naïve 日本語",
    "x'41'\"; PRAGMA key='",
]


@pytest.mark.parametrize("passphrase", TRICKY)
def test_tricky_passphrases_create_and_open(tmp_path, cli, passphrase):
    path = tmp_path / "v.testimony"
    assert cli(["vault", "create", path], stdin=passphrase + "\n").code == 0
    added = cli(
        ["account", "add", path, "--json", "-"],
        stdin=passphrase + "\n" + json.dumps(account(what_happened="hello", short_name="hello")),
    )
    assert added.code == 0, added.err
    listed = cli(["account", "list", path], stdin=passphrase + "\n")
    assert listed.code == 0 and "hello" in listed.out
    assert cli(["account", "list", path], stdin=passphrase[:-1] + "\n").code != 0


def test_wrong_passphrase_is_one_sentence_and_changes_nothing(vault_dir, cli):
    before = snapshot(vault_dir)
    result = cli(["account", "list", vault_dir], stdin="not it\n")
    assert result.code != 0
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert lines == ["testimony: That passphrase does not open this vault. Nothing was changed."]
    assert snapshot(vault_dir) == before


def test_wrong_passphrase_as_a_real_process_shows_no_traceback(vault_dir):
    exe = Path(sys.executable).with_name("testimony")
    proc = subprocess.run(
        [str(exe), "vault", "check", str(vault_dir)],
        input="nope\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "does not open" in proc.stderr


def test_permissions_are_owner_only(vault_dir, cli):
    cli(
        ["account", "add", vault_dir, "--json", "-"],
        stdin=PASSPHRASE + "\n" + json.dumps(account(what_happened="x")),
    )
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for f in vault_dir.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


def test_flipped_byte_is_reported_as_damaged_and_nothing_deleted(vault_dir, cli):
    body = json.dumps([account(what_happened=f"story {i} " * 200) for i in range(20)])
    assert (
        cli(["account", "add", vault_dir, "--json", "-"], stdin=PASSPHRASE + "\n" + body).code == 0
    )
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    before = snapshot(vault_dir)

    checked = cli(["vault", "check", vault_dir], stdin=PASSPHRASE + "\n")
    assert checked.code != 0
    assert "damaged" in checked.err and "Nothing was deleted" in checked.err
    opened = cli(["account", "list", vault_dir], stdin=PASSPHRASE + "\n")
    assert opened.code != 0 and "damaged" in opened.err
    assert "Traceback" not in checked.err + opened.err
    assert snapshot(vault_dir) == before


def test_weakened_header_refuses_to_open(vault_dir, cli):
    header = vault_dir / "header.json"
    doc = json.loads(header.read_text())
    doc["slots"][0]["kdf"]["memory_kib"] = 1024
    doc["slots"][0]["kdf"]["iterations"] = 1
    header.write_text(json.dumps(doc))
    result = cli(["account", "list", vault_dir], stdin=PASSPHRASE + "\n")
    assert result.code != 0
    assert "key file is damaged or has been changed" in result.err


def test_passwd_rewraps_without_touching_accounts(vault_dir, cli):
    body = json.dumps([account(what_happened="first"), account(what_happened="second")])
    cli(["account", "add", vault_dir, "--json", "-"], stdin=PASSPHRASE + "\n" + body)
    changed = cli(["vault", "passwd", vault_dir], stdin=f"{PASSPHRASE}\nnew one ü\n")
    assert changed.code == 0, changed.err
    assert cli(["account", "list", vault_dir], stdin=PASSPHRASE + "\n").code != 0
    listed = cli(["account", "list", vault_dir, "--json"], stdin="new one ü\n")
    assert listed.code == 0
    texts = sorted(a["answers"]["what_happened"] for a in json.loads(listed.out))
    assert texts == ["first", "second"]


def test_recovery_code_opens_and_sets_a_new_passphrase(tmp_path, cli):
    path = tmp_path / "r.testimony"
    made = cli(["vault", "create", path, "--recovery-code"], stdin=PASSPHRASE + "\n")
    code = made.out.strip().splitlines()[-1]
    assert len(code) == 34
    cli(
        ["account", "add", path, "--json", "-"],
        stdin=PASSPHRASE + "\n" + json.dumps(account(what_happened="kept", short_name="kept")),
    )
    wrong = cli(["vault", "passwd", path, "--recovery-code"], stdin="AAAA-AAAA\nx\n")
    assert wrong.code != 0
    reset = cli(
        ["vault", "passwd", path, "--recovery-code"],
        stdin=code.lower().replace("-", " ") + "\nbrand new\n",
    )
    assert reset.code == 0, reset.err
    assert "kept" in cli(["account", "list", path], stdin="brand new\n").out


def test_no_recovery_code_without_asking(vault_dir, cli):
    doc = json.loads((vault_dir / "header.json").read_text())
    assert [s["kind"] for s in doc["slots"]] == ["passphrase"]
    assert (
        cli(
            ["vault", "passwd", vault_dir, "--recovery-code"],
            stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG\nx\n",
        ).code
        != 0
    )


def test_backup_and_restore(vault_dir, cli, tmp_path):
    cli(
        ["account", "add", vault_dir, "--json", "-"],
        stdin=PASSPHRASE
        + "\n"
        + json.dumps(account(what_happened="in the backup", short_name="in the backup")),
    )
    out = tmp_path / "backup.tbk"
    assert cli(["vault", "backup", vault_dir, "--out", out], stdin=PASSPHRASE + "\n").code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    again = cli(["vault", "backup", vault_dir, "--out", out], stdin=PASSPHRASE + "\n")
    assert again.code != 0 and "already exists" in again.err

    target = tmp_path / "restored.testimony"
    bad = cli(["vault", "restore", out, target], stdin="wrong\n")
    assert bad.code != 0 and not target.exists()
    good = cli(["vault", "restore", out, target], stdin=PASSPHRASE + "\n")
    assert good.code == 0, good.err
    assert "in the backup" in cli(["account", "list", target], stdin=PASSPHRASE + "\n").out
    assert stat.S_IMODE(target.stat().st_mode) == 0o700


def test_restore_refuses_what_is_not_a_backup(tmp_path, cli):
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(500))
    result = cli(["vault", "restore", junk, tmp_path / "t.testimony"], stdin="x\n")
    assert result.code != 0 and "not in the expected format" in result.err
    assert not (tmp_path / "t.testimony").exists()


def test_create_refuses_an_existing_folder(vault_dir, cli):
    result = cli(["vault", "create", vault_dir], stdin="x\n")
    assert result.code != 0 and "already exists" in result.err


def test_missing_vault_is_said_plainly(tmp_path, cli):
    result = cli(["account", "list", tmp_path / "nowhere"], stdin="x\n")
    assert result.code != 0 and "no vault at that place" in result.err


def test_empty_stdin_gives_a_clear_sentence(tmp_path, cli):
    result = cli(["vault", "create", tmp_path / "v.testimony"], stdin="")
    assert result.code != 0 and "passphrase was expected" in result.err
    assert not (tmp_path / "v.testimony").exists()
