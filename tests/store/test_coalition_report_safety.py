"""The issue's differencing attack through the real command line, and the warning that a
report file is not encrypted."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests import coalition_bundles as cb
from tests.helpers import PASSPHRASE

P = PASSPHRASE + "\n"


def _workspace(cli, tmp_path: Path) -> Path:
    folder = tmp_path / "c.testimony"
    init = cli(["coalition", "init", folder], stdin=P)
    assert init.code == 0, init.err
    recipient = init.out.strip().splitlines()[-1]
    recs = []
    for seed, (area, n) in enumerate({"north_east": 3, "yorkshire": 20, "london": 37}.items()):
        recs += cb.many(n, seed=seed, area=area, services=["police"])
    bundle = cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)
    assert cli(["coalition", "import", folder, bundle], stdin=P).code == 0
    return folder


def _counts(cli, folder: Path, out: Path, *filters: str) -> dict[tuple[str, str], str]:
    result = cli(["coalition", "report", folder, "--csv", out, *filters], stdin=P)
    assert result.code == 0, result.err
    assert "not encrypted" in result.err and "Anyone who gets a copy can read it" in result.err
    rows = csv.DictReader(io.StringIO(out.read_text()))
    return {(r["table"], r["row"]): r["count"] for r in rows if not r["column"]}


def test_north_east_cannot_be_worked_out_from_a_yorkshire_report(cli, tmp_path: Path):
    folder = _workspace(cli, tmp_path)
    whole = _counts(cli, folder, tmp_path / "all.csv")
    assert whole[("records", "all matching")] == "60"
    assert whole[("by area", "London")] == "37"
    assert whole[("by area", "North East England")] == "suppressed"
    assert whole[("by area", "Yorkshire and the Humber")] == "suppressed"
    # The attack: 60 - 37 - (Yorkshire's own report) = North East.
    yorkshire = _counts(cli, folder, tmp_path / "y.csv", "--area", "yorkshire")
    assert yorkshire[("records", "all matching")] == "suppressed"
    assert yorkshire[("by area", "Yorkshire and the Humber")] == "suppressed"
    assert "20" not in yorkshire.values() and "3" not in yorkshire.values()


def test_pdf_report_warns_too(cli, qapp, tmp_path: Path):
    folder = _workspace(cli, tmp_path)
    result = cli(["coalition", "report", folder, "--pdf", tmp_path / "r.pdf"], stdin=P)
    assert result.code == 0, result.err
    assert "not encrypted" in result.err
