"""`testimony export` and `testimony withdraw` from the command line."""

from __future__ import annotations

import json

from testimony.crypto.age import open_sealed
from testimony.crypto.tokens import secret_hash
from tests.export_helpers import add_accounts, at_level, coalition
from tests.helpers import PASSPHRASE


def test_without_a_terminal_or_yes_nothing_leaves(vault_dir, cli, tmp_path):
    add_accounts(cli, vault_dir, [at_level("words", "hello")])
    coal = coalition(tmp_path)
    out = tmp_path / "x.age"
    result = cli(
        ["export", vault_dir, "--recipient", coal.identity.recipient, "--out", out],
        stdin=PASSPHRASE + "\n",
    )
    assert result.code != 0 and "add --yes" in result.err
    assert not out.exists()


def test_preview_is_exactly_what_leaves(vault_dir, cli, tmp_path):
    add_accounts(
        cli,
        vault_dir,
        [
            at_level("quote", "PC Davies from Leeds said I was a high intensity user."),
            at_level("private", "never this"),
            at_level("count", "nor this"),
        ],
    )
    coal = coalition(tmp_path)
    out = tmp_path / "x.age"
    result = cli(
        ["export", vault_dir, "--recipient", coal.identity.recipient, "--out", out, "--yes"],
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0, result.err
    bundle = json.loads(open_sealed(out.read_bytes(), coal.identity.identity))
    [quoted] = [r for r in bundle["records"] if r["consent"] == "quote"]
    assert quoted["texts"]["what_happened"] in result.out
    assert quoted["texts"]["what_happened"].startswith("[POLICE OFFICER] from [PLACE]")
    assert "never this" not in result.out and "nor this" not in result.out
    assert "1 account(s) are kept private" in result.out
    assert "Police" in result.out  # answers shown in the words the person chose


def test_withdraw_by_export_id(vault_dir, cli, tmp_path):
    add_accounts(cli, vault_dir, [at_level("count", "a"), at_level("count", "b")])
    coal = coalition(tmp_path)
    out = tmp_path / "x.age"
    exported = cli(
        ["export", vault_dir, "--recipient", coal.identity.recipient, "--out", out, "--yes"],
        stdin=PASSPHRASE + "\n",
    )
    ids = [line.split(": ")[1] for line in exported.out.splitlines() if "account " in line]
    assert len(ids) == 2
    notice = tmp_path / "w.age"
    done = cli(["withdraw", vault_dir, ids[0], "--out", notice], stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    bundle = json.loads(open_sealed(out.read_bytes(), coal.identity.identity))
    hashes = {r["export_id"]: r["withdrawal_hash"] for r in bundle["records"]}
    body = json.loads(open_sealed(notice.read_bytes(), coal.identity.identity))
    [w] = body["withdrawals"]
    assert w["export_id"] == ids[0] and secret_hash(w["secret"]) == hashes[ids[0]]

    unknown = cli(
        [
            "withdraw",
            vault_dir,
            "0" * 32,
            "--recipient",
            coal.identity.recipient,
            "--out",
            tmp_path / "w2.age",
        ],
        stdin=PASSPHRASE + "\n",
    )
    assert unknown.code != 0 and "No export in this vault has that id" in unknown.err
    assert not (tmp_path / "w2.age").exists()


def test_bad_recipient_and_existing_file(vault_dir, cli, tmp_path):
    add_accounts(cli, vault_dir, [at_level("count", "a")])
    bad = cli(
        ["export", vault_dir, "--recipient", "age1notakey", "--out", tmp_path / "o", "--yes"],
        stdin=PASSPHRASE + "\n",
    )
    assert bad.code != 0 and "not a valid coalition key" in bad.err
    (tmp_path / "exists.age").write_text("x")
    again = cli(
        [
            "export",
            vault_dir,
            "--recipient",
            coalition(tmp_path).identity.recipient,
            "--out",
            tmp_path / "exists.age",
            "--yes",
        ],
        stdin=PASSPHRASE + "\n",
    )
    assert again.code != 0 and "already exists" in again.err
