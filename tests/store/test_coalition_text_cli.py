"""`testimony coalition texts | tag | untag | themes | name` and `report --theme` through
the command line's own handlers (issue 14)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests import coalition_bundles as cb
from tests.helpers import PASSPHRASE

P = PASSPHRASE + "\n"


def _workspace(cli, tmp_path: Path) -> tuple[Path, list[cb.Exported]]:
    folder = tmp_path / "c.testimony"
    init = cli(["coalition", "init", folder], stdin=P)
    recipient = init.out.strip().splitlines()[-1]
    recs = cb.many(12, seed=1, consent="quote", text="they held me down in the corridor")
    recs += cb.many(12, seed=2, consent="words", text="sent home alone at night")
    # Quotes in no theme: were every "quote" record in one theme, its count would say so
    # (a whole group sharing an answer), and the publication would hide it.
    recs += cb.many(10, seed=4, consent="quote", text="nobody listened")
    recs += cb.many(12, seed=3)
    f = cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)
    assert cli(["coalition", "import", folder, f], stdin=P).code == 0
    return folder, recs


def test_texts_search_theme_and_json(cli, tmp_path: Path):
    folder, recs = _workspace(cli, tmp_path)
    out = cli(["coalition", "texts", folder, "--search", "held down"], stdin=P)
    assert out.code == 0, out.err
    assert out.out.count("== ") == 12 and "reviewed by the person: yes" in out.out
    assert recs[0].export_id in out.out and "sent home" not in out.out
    assert "12 record(s) with words." in out.out
    every = cli(["coalition", "texts", folder, "--json", "--limit", "5"], stdin=P)
    lines = [json.loads(line) for line in every.out.splitlines()]
    assert len(lines) == 5 and {"export_id", "reviewed", "texts", "themes"} <= set(lines[0])

    for r in recs[:12]:
        done = cli(["coalition", "tag", folder, r.export_id, "Restraint", "refused care"], stdin=P)
        assert done.code == 0 and "2 tag(s) added" in done.out
    themed = cli(["coalition", "texts", folder, "--theme", "restraint", "--json"], stdin=P)
    assert {json.loads(x)["export_id"] for x in themed.out.splitlines()} == {
        r.export_id for r in recs[:12]
    }
    gone = cli(["coalition", "untag", folder, recs[0].export_id, "Restraint"], stdin=P)
    assert "1 tag(s) removed" in gone.out

    csv_file = tmp_path / "r.csv"
    assert cli(["coalition", "report", folder, "--csv", csv_file], stdin=P).code == 0
    rows = {(r[0], r[1]): r[3] for r in csv.reader(io.StringIO(csv_file.read_text()))}
    assert rows[("by theme", "Refused care")] == "12"
    assert rows[("by theme", "Restraint")] == "11"
    narrow = tmp_path / "n.csv"
    args = ["coalition", "report", folder, "--csv", narrow, "--theme", "Refused care"]
    assert cli(args, stdin=P).code == 0
    assert "records,all matching,,12" in narrow.read_text()


def test_bad_input_gets_one_clear_sentence_and_changes_nothing(cli, tmp_path: Path):
    folder, recs = _workspace(cli, tmp_path)
    counted = recs[-1].export_id
    bad = cli(["coalition", "tag", folder, counted, "Restraint"], stdin=P)
    assert bad.code != 0 and "No record in this workspace has that export id" in bad.err
    bad = cli(["coalition", "tag", folder, recs[0].export_id, "Nonsense"], stdin=P)
    assert bad.code != 0 and "There is no theme with that name." in bad.err
    bad = cli(["coalition", "texts", folder, "--theme", "Nonsense"], stdin=P)
    assert bad.code != 0 and "There is no theme with that name." in bad.err
    bad = cli(["coalition", "themes", folder, "add", "restraint"], stdin=P)
    assert bad.code != 0 and "already exists" in bad.err
    bad = cli(["coalition", "themes", folder, "rename", "Restraint"], stdin=P)
    assert bad.code != 0 and "themes PATH rename OLD NEW" in bad.err
    listed = cli(["coalition", "themes", folder], stdin=P)
    assert "Restraint: 0 record(s)" in listed.out and listed.out.count(": 0 record(s)") == 8


def test_themes_and_name(cli, tmp_path: Path):
    folder, recs = _workspace(cli, tmp_path)
    assert cli(["coalition", "themes", folder, "add", "Held in a cell"], stdin=P).code == 0
    cli(["coalition", "tag", folder, recs[0].export_id, "Held in a cell"], stdin=P)
    cli(["coalition", "themes", folder, "rename", "held in a cell", "Police cell"], stdin=P)
    merged = cli(["coalition", "themes", folder, "merge", "Police cell", "Restraint"], stdin=P)
    assert "Restraint: 1 record(s)" in merged.out and "Police cell" not in merged.out
    retired = cli(["coalition", "themes", folder, "retire", "Restraint"], stdin=P)
    assert "Restraint: 1 record(s)  (retired)" in retired.out
    back = cli(["coalition", "themes", folder, "restore", "Restraint"], stdin=P)
    assert "(retired)" not in back.out
    assert "No name is set yet." in cli(["coalition", "name", folder], stdin=P).out
    cli(["coalition", "name", folder, "Crisis  Voices"], stdin=P)
    assert "The coalition's name: Crisis Voices" in cli(["coalition", "name", folder], stdin=P).out
