"""`testimony coalition …` through the command line's own handlers: init prints the public
key alone on the last line, import reports each file, report writes CSV and PDF."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from testimony.crypto.age import fingerprint
from tests import coalition_bundles as cb
from tests.helpers import PASSPHRASE

P = PASSPHRASE + "\n"


@pytest.fixture
def ccli(cli: Callable) -> Callable:
    """The real command line (tests/conftest.py), named for the coalition's commands."""
    return cli


def init(ccli: Callable, folder: Path) -> str:
    result = ccli(["coalition", "init", folder], stdin=P)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def test_init_prints_the_recipient_alone_on_the_last_line(ccli, tmp_path: Path):
    folder = tmp_path / "coalition.testimony"
    result = ccli(["coalition", "init", folder, "--recipient-file", tmp_path / "key.txt"], stdin=P)
    assert result.code == 0, result.err
    last = result.out.strip().splitlines()[-1]
    assert re.fullmatch(r"age1[0-9a-z]{58}", last)
    assert fingerprint(last) in result.out
    assert (tmp_path / "key.txt").read_text().strip().splitlines()[-1] == last
    shown = ccli(["coalition", "recipient", folder], stdin=P)
    assert shown.out.strip().splitlines()[-1] == last


def test_init_refuses_an_existing_folder_and_a_vault_is_not_a_workspace(ccli, cli, tmp_path: Path):
    folder = tmp_path / "c.testimony"
    init(ccli, folder)
    again = ccli(["coalition", "init", folder], stdin=P)
    assert again.code != 0 and "already exists" in again.err
    vault = tmp_path / "v.testimony"
    assert cli(["vault", "create", vault], stdin=P).code == 0
    wrong = ccli(["coalition", "import", vault, tmp_path / "x.age"], stdin=P)
    assert wrong.code != 0 and "not the right kind" in wrong.err
    bad_pass = ccli(["coalition", "recipient", folder], stdin="nope\n")
    assert bad_pass.code != 0 and "passphrase" in bad_pass.err


def test_import_reports_each_file_and_fails_if_one_is_rejected(ccli, tmp_path: Path):
    folder = tmp_path / "c.testimony"
    recipient = init(ccli, folder)
    good = cb.write(tmp_path / "good.age", cb.bundle(cb.many(12)), recipient)
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"age-encryption.org/v1\n-> X25519 broken")
    result = ccli(["coalition", "import", folder, good, junk], stdin=P)
    assert result.code == 1
    assert "good.age: export bundle: 12 record(s) added." in result.out
    assert "junk.age: rejected: it does not open with this workspace's key" in result.out
    assert "1 of 2 file(s) were rejected" in result.err
    assert "Traceback" not in result.err + result.out


def test_report_csv_shows_nothing_below_the_threshold(ccli, tmp_path: Path):
    folder = tmp_path / "c.testimony"
    recipient = init(ccli, folder)
    recs = cb.many(150, seed=5) + cb.many(3, seed=6, area="wales", services=["gp"])
    f = cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)
    assert ccli(["coalition", "import", folder, f], stdin=P).code == 0
    out = tmp_path / "report.csv"
    result = ccli(["coalition", "report", folder, "--csv", out], stdin=P)
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    counts = [r["count"] for r in rows if r["table"] != "about"]
    assert "suppressed" in counts
    numbers = [int(c) for c in counts if c != "suppressed"]
    assert all(n == 0 or n >= 10 for n in numbers)
    assert {"table": "records", "row": "all matching", "column": "", "count": "153"} in rows
    wales = [r for r in rows if r["table"] == "by area" and r["row"] == "Wales"]
    assert wales and wales[0]["count"] != "3"
    again = ccli(["coalition", "report", folder, "--csv", out], stdin=P)
    assert again.code != 0 and "already exists" in again.err


def test_report_filters_are_checked(ccli, tmp_path: Path):
    folder = tmp_path / "c.testimony"
    init(ccli, folder)
    result = ccli(
        ["coalition", "report", folder, "--csv", tmp_path / "r.csv", "--from", "March"], stdin=P
    )
    assert result.code != 0 and "2024-03" in result.err


def test_threshold_setting(ccli, tmp_path: Path):
    folder = tmp_path / "c.testimony"
    init(ccli, folder)
    assert "below 10" in ccli(["coalition", "threshold", folder], stdin=P).out
    assert "below 20" in ccli(["coalition", "threshold", folder, "20"], stdin=P).out
    low = ccli(["coalition", "threshold", folder, "2"], stdin=P)
    assert low.code != 0 and "at least" in low.err
