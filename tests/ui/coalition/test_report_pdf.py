"""The coalition's PDF read back as a reader gets it (issues 14 and 10): A4, page numbers,
text no smaller than 9 pt, full-width charts, title, author and language set, counts by
theme, and quotes only from people who read every change to their words.

And the whole path of an export made with --yes: the bundle says nobody read its
redactions, the workspace keeps that, and the PDF neither quotes it nor claims a review.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from testimony.coalition.analysis import Filters
from testimony.coalition.importing import import_files
from testimony.services import coalition_texts as ct
from testimony.ui import report_pdf
from tests import coalition_bundles as cb
from tests.export_helpers import add_accounts, at_level
from tests.helpers import PASSPHRASE
from tests.ui.coalition.coalition_ui_helpers import pdf_text

WS_PASS = "pass phrase"
# DejaVu Sans: poppler's word box is the font size times ascent plus descent.
DEJAVU_BOX = 0.928 + 0.236
NO_CLAIM = "The person read every change"


def _words(pdf: Path) -> list[tuple[float, str]]:
    """(font size in points, word) of every word, from poppler's word boxes."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [((float(b) - float(a)) / DEJAVU_BOX, w) for a, b, w in re.findall(pattern, out)]


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return dict(
        (k.strip(), v.strip()) for k, v in (line.split(":", 1) for line in out.stdout.splitlines())
    )


@pytest.fixture
def themed(tmp_path: Path):
    session, recipient = cb.make_workspace(tmp_path / "ws.testimony")
    recs = cb.many(150, seed=21)
    recs += cb.many(14, seed=22, consent="quote", text="READ-AND-QUOTED they sent police")
    recs += cb.many(14, seed=23, consent="quote", reviewed=False, text="NEVER-READ automatic")
    recs += cb.many(14, seed=24, consent="words", text="WORDS-ONLY discharged alone")
    session.call(import_files, [cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)])
    session.call_write(ct.set_coalition_name, "Crisis Voices Coalition")
    texted = session.call(ct.matching_ids, "", Filters())
    session.call_write(ct.tag, texted, ["Police at A&E or assessment"])
    session.call_write(ct.tag_matching, "discharged", Filters(), ["Discharge without support"])
    yield session
    session.close()


def test_the_pdf_reads_back_as_a_publication(qapp, themed, tmp_path: Path):
    report, author = themed.call(ct.report_for_pdf, Filters(), 10)
    pdf = tmp_path / "r.pdf"
    report_pdf.write_pdf(report, pdf, author=author)
    info = _info(pdf)
    assert info["Page size"].startswith("595") and "A4" in info["Page size"]
    assert info["Title"] == "What people told us about crisis services"
    assert info["Author"] == "Crisis Voices Coalition"
    assert b"/Lang (en-GB)" in pdf.read_bytes()[-2000:]
    pages = int(info["Pages"])
    assert pages >= 5

    text = pdf_text(pdf)
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    headings = (
        "Main points",
        "How to read this report",
        "How small numbers are hidden",
        "What the figures cannot show",
        "Counts by theme",
        "In their own words",
    )
    assert all(h in text for h in headings)
    assert "READ-AND-QUOTED" in text and "Theme: Police at A&E or assessment" in text
    assert "NEVER-READ" not in text and "WORDS-ONLY" not in text
    assert NO_CLAIM not in text

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts  # the size rule below is measured for this font
    sizes = _words(pdf)
    assert min(s for s, _ in sizes) >= 9 - 0.05, sorted(sizes)[:5]

    # Charts span the text column (A4 less 20 mm each side) and print their text at the
    # size the writer asks for, at least 9 pt.
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    images = [line.split() for line in listed.stdout.splitlines()[2:]]
    assert len(images) >= 5
    column_pt = (210 - 40) / 25.4 * 72
    for row in images:
        width_px, ppi = int(row[3]), float(row[12])
        shown_pt = width_px / ppi * 72
        assert shown_pt == pytest.approx(column_pt, rel=0.02)
        chart_px = width_px / 2  # drawn at twice the size for print
        text_pt = report_pdf.CHART_PT * report_pdf.PX_PER_PT / chart_px * shown_pt
        assert text_pt >= 9


def test_an_export_made_with_yes_is_never_quoted_nor_called_reviewed(
    qapp, cli, vault_dir, tmp_path: Path
):
    folder = tmp_path / "c.testimony"
    init = cli(["coalition", "init", folder], stdin=WS_PASS + "\n")
    recipient = init.out.strip().splitlines()[-1]
    text = "AUTOMATIC-ONLY PC Davies from Leeds said I was a high intensity user."
    add_accounts(cli, vault_dir, [at_level("quote", text) for _ in range(12)])
    out = tmp_path / "x.age"
    sent = cli(
        ["export", vault_dir, "--recipient", recipient, "--out", out, "--yes"],
        stdin=PASSPHRASE + "\n",
    )
    assert sent.code == 0, sent.err
    assert cli(["coalition", "import", folder, out], stdin=WS_PASS + "\n").code == 0

    listed = cli(["coalition", "texts", folder, "--json"], stdin=WS_PASS + "\n")
    records = [json.loads(line) for line in listed.out.splitlines()]
    assert len(records) == 12 and {r["reviewed"] for r in records} == {False}
    assert all(r["texts"]["what_happened"].startswith("AUTOMATIC-ONLY") for r in records)
    human = cli(["coalition", "texts", folder, "--search", "automatic"], stdin=WS_PASS + "\n")
    assert "reviewed by the person: no" in human.out
    # All but one: were every account in the theme, its count would say so (a whole
    # group sharing an answer), and the publication would hide it. The last one goes under
    # another theme: left untagged, it would be 12 - 11 = 1 account with no theme, and the
    # theme counts would be hidden to protect it (docs/coalition.md, "None of these").
    for n, r in enumerate(records):
        theme = "Refused care" if n < 11 else "Restraint"
        tagged = cli(["coalition", "tag", folder, r["export_id"], theme], stdin=WS_PASS + "\n")
        assert tagged.code == 0, tagged.err

    pdf = tmp_path / "r.pdf"
    made = cli(["coalition", "report", folder, "--pdf", pdf], stdin=WS_PASS + "\n")
    assert made.code == 0, made.err
    words = pdf_text(pdf)
    assert "12 accounts" in words
    assert "AUTOMATIC-ONLY" not in words and "No quotes are included" in words
    assert NO_CLAIM not in words
    csv_out = tmp_path / "r.csv"
    assert cli(["coalition", "report", folder, "--csv", csv_out], stdin=WS_PASS + "\n").code == 0
    assert "by theme,Refused care,,11" in csv_out.read_text()


def test_words_the_person_read_are_marked_reviewed_and_may_be_quoted(
    qapp, cli, vault_dir, tmp_path
):
    """The app's path: the person confirms each text's redactions, then exports."""
    from testimony.core.review import decisions_from_spans
    from testimony.exporting.plan import plan_export
    from testimony.exporting.write import write_export
    from testimony.services.session import Session
    from testimony.services.sharing import save_decisions
    from testimony.services.vault import vault_paths

    folder = tmp_path / "c.testimony"
    init = cli(["coalition", "init", folder], stdin=WS_PASS + "\n")
    recipient = init.out.strip().splitlines()[-1]
    add_accounts(
        cli, vault_dir, [at_level("quote", "READ-BY-ME they held me down") for _ in range(6)]
    )
    add_accounts(
        cli, vault_dir, [at_level("quote", "ALSO-READ nobody came back") for _ in range(6)]
    )
    out = tmp_path / "x.age"
    with Session(vault_paths(vault_dir)) as vault:
        vault.unlock(PASSPHRASE).result()
        plan = vault.call(plan_export, vault_dir)
        for account in plan.accounts:
            items = [
                (t.question_id, t.text_hash, decisions_from_spans(t.detected))
                for t in account.texts
            ]
            vault.call_write(save_decisions, account.account_id, items, True)
        vault.call(write_export, vault.call(plan_export, vault_dir), [("c", recipient)], out)
    assert cli(["coalition", "import", folder, out], stdin=WS_PASS + "\n").code == 0
    listed = cli(["coalition", "texts", folder, "--json"], stdin=WS_PASS + "\n")
    records = [json.loads(line) for line in listed.out.splitlines()]
    assert {r["reviewed"] for r in records} == {True}
    for r in records:
        cli(["coalition", "tag", folder, r["export_id"], "Restraint"], stdin=WS_PASS + "\n")
    pdf = tmp_path / "r.pdf"
    assert cli(["coalition", "report", folder, "--pdf", pdf], stdin=WS_PASS + "\n").code == 0
    words = pdf_text(pdf)
    assert "READ-BY-ME" in words and "Theme: Restraint" in words and NO_CLAIM not in words
