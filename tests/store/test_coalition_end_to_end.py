"""Issue 6, end to end with the real command line: several vaults export to the workspace's
key; `coalition import` takes them all; counts match what was exported; importing again
changes nothing; a withdrawal notice removes exactly its records; a notice with a wrong
secret removes nothing and says so."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from testimony.crypto.age import new_identity
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.store.workspace_schema import WORKSPACE
from tests import coalition_bundles as cb
from tests.helpers import PASSPHRASE

P = PASSPHRASE + "\n"


@pytest.fixture
def ccli(cli: Callable) -> Callable:
    """The real command line (tests/conftest.py), named for the coalition's commands."""
    return cli


def person(cli, folder: Path, accounts: list[dict]) -> None:
    assert cli(["vault", "create", folder], stdin=P).code == 0
    data = folder.parent / f"{folder.name}.json"
    data.write_text(json.dumps(accounts))
    result = cli(["account", "add", folder, "--json", data], stdin=P)
    assert result.code == 0, result.err


def account(consent: str, area: str, **more) -> dict:
    answers = {
        "services": ["police", "ae"],
        "area": area,
        "when": "2024-03-14",
        "threats": ["arrest"],
        "what_happened": "PC Smith said I was a nuisance.",
    }
    answers.update(more)
    return {"form": "crisis-account", "answers": answers, "consent": consent, "status": "complete"}


def export(cli, vault: Path, recipient: str, out: Path) -> list[str]:
    result = cli(["export", vault, "--recipient", recipient, "--out", out, "--yes"], stdin=P)
    assert result.code == 0, result.err
    return re.findall(r"account \d+: ([0-9a-f]{32})", result.out)


def counts(ccli, workspace: Path, tmp: Path, name: str) -> dict[tuple[str, str, str], str]:
    out = tmp / name
    result = ccli(["coalition", "report", workspace, "--csv", out], stdin=P)
    assert result.code == 0, result.err
    rows = csv.DictReader(io.StringIO(out.read_text()))
    return {(r["table"], r["row"], r["column"]): r["count"] for r in rows}


def test_vaults_to_workspace_and_back_out(cli, ccli, tmp_path: Path):
    workspace = tmp_path / "coalition.testimony"
    init = ccli(["coalition", "init", workspace], stdin=P)
    assert init.code == 0, init.err
    recipient = init.out.strip().splitlines()[-1]

    # Three people; 2 of the 10 accounts are private and must not arrive.
    people = {
        "ann": [account("count", "london") for _ in range(4)] + [account("private", "wales")],
        "bea": [account("words", "wales"), account("quote", "london"), account("count", "wales")],
        "cal": [account("count", "london"), account("private", "london")],
    }
    bundles, ids = [], {}
    for name, accounts in people.items():
        vault = tmp_path / f"{name}.testimony"
        person(cli, vault, accounts)
        out = tmp_path / f"{name}.age"
        ids[name] = export(cli, vault, recipient, out)
        bundles.append(out)
    assert [len(v) for v in ids.values()] == [4, 3, 1]

    result = ccli(["coalition", "import", workspace, *bundles], stdin=P)
    assert result.code == 0, result.err
    assert "holds 8 record(s)" in result.out
    # Eight is below the threshold, so the report hides it; the workspace itself is
    # checked directly.
    assert counts(ccli, workspace, tmp_path, "1.csv")[("records", "all matching", "")] == (
        "suppressed"
    )
    session = Session(vault_paths(workspace), plan=WORKSPACE)
    session.unlock(PASSPHRASE).result()
    try:
        rows = session.call(
            lambda c: c.execute(
                "SELECT export_id, consent, quote, t.texts FROM records"
                " LEFT JOIN record_texts t ON t.record_id = records.id"
            ).fetchall()
        )
    finally:
        session.close()
    assert sorted(r[0] for r in rows) == sorted(i for v in ids.values() for i in v)
    assert sorted(r[1] for r in rows) == ["count"] * 6 + ["quote", "words"]
    assert [r[1] for r in rows if r[2]] == ["quote"]
    # Words arrive only from the two accounts whose consent lets words leave.
    assert sorted(r[1] for r in rows if r[3]) == ["quote", "words"]


def test_counts_match_and_withdrawal_removes_exactly_its_records(cli, ccli, tmp_path: Path):
    workspace = tmp_path / "coalition.testimony"
    recipient = ccli(["coalition", "init", workspace], stdin=P).out.strip().splitlines()[-1]
    vaults = []
    for i, n in enumerate((7, 5, 4)):
        vault = tmp_path / f"p{i}.testimony"
        area = ("london", "wales", "scotland")[i]
        person(cli, vault, [account("count", area) for _ in range(n)])
        vaults.append(vault)
    files, ids = [], []
    for i, vault in enumerate(vaults):
        out = tmp_path / f"p{i}.age"
        ids.append(export(cli, vault, recipient, out))
        files.append(out)

    first = ccli(["coalition", "import", workspace, *files], stdin=P)
    assert first.code == 0, first.err
    table = counts(ccli, workspace, tmp_path, "a.csv")
    assert table[("records", "all matching", "")] == "16"
    assert table[("by area", "Total", "")] == "16"

    again = ccli(["coalition", "import", workspace, *files], stdin=P)
    assert again.code == 0
    assert again.out.count("0 record(s) added") == 3
    assert "16 already here" not in again.out and "7 already here, skipped" in again.out
    assert counts(ccli, workspace, tmp_path, "b.csv") == {k: v for k, v in table.items()}

    # The first person withdraws two of their seven.
    notice = tmp_path / "withdraw.age"
    result = cli(["withdraw", vaults[0], *ids[0][:2], "--out", notice], stdin=P)
    assert result.code == 0, result.err
    applied = ccli(["coalition", "import", workspace, notice], stdin=P)
    assert applied.code == 0, applied.err
    assert "withdrawal notice: 2 record(s) removed." in applied.out
    assert counts(ccli, workspace, tmp_path, "c.csv")[("records", "all matching", "")] == "14"

    # A notice naming a record with the wrong secret removes nothing, and says so.
    wrong = cb.write(tmp_path / "wrong.age", cb.notice([(ids[1][0], "ab" * 32)]), recipient)
    said = ccli(["coalition", "import", workspace, wrong], stdin=P)
    assert said.code == 0
    assert "0 record(s) removed; 1 NOT removed because the secret did not match" in said.out
    assert counts(ccli, workspace, tmp_path, "d.csv")[("records", "all matching", "")] == "14"

    # The withdrawn records do not come back when the old bundle is imported again.
    back = ccli(["coalition", "import", workspace, files[0]], stdin=P)
    assert "2 withdrawn by their person, skipped" in back.out
    assert counts(ccli, workspace, tmp_path, "e.csv")[("records", "all matching", "")] == "14"


def test_a_bundle_sealed_for_another_coalition_is_refused(cli, ccli, tmp_path: Path):
    workspace = tmp_path / "coalition.testimony"
    assert ccli(["coalition", "init", workspace], stdin=P).code == 0
    vault = tmp_path / "p.testimony"
    person(cli, vault, [account("count", "london")])
    out = tmp_path / "other.age"
    export(cli, vault, new_identity().recipient, out)
    result = ccli(["coalition", "import", workspace, out], stdin=P)
    assert result.code == 1
    assert "sealed for someone else" in result.out
