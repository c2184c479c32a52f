"""Making vaults with accounts at every consent level, and a coalition key, for export tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from testimony.crypto.age import NewIdentity, new_identity
from tests.helpers import PASSPHRASE


@dataclass
class Coalition:
    identity: NewIdentity
    identity_file: Path


def coalition(tmp_path: Path) -> Coalition:
    ident = new_identity()
    f = tmp_path / "coalition-identity.txt"
    f.write_text(ident.identity + "\n")
    return Coalition(ident, f)


def add_accounts(cli, vault: Path, accounts: list[dict]) -> None:
    result = cli(
        ["account", "add", vault, "--json", "-"], stdin=PASSPHRASE + "\n" + json.dumps(accounts)
    )
    assert result.code == 0, result.err


def at_level(level: str, text: str, **answers: object) -> dict:
    return {
        "answers": {"services": ["police"], "when": "2024-03-14", "what_happened": text, **answers},
        "consent": level,
    }
