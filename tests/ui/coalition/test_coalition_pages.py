"""The coalition's pages with a real workspace: the public key, import with progress and
cancel (from the file list and by drag and drop), the pattern with suppression, and the CSV
and PDF from the app. Screenshots of each page go to build/screenshots/
(packaging/refresh-screenshots.sh: docs/screenshots/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from testimony.crypto.age import fingerprint
from testimony.store import workspace_records as wr
from testimony.ui.coalition.window import CoalitionWindow
from tests import coalition_bundles as cb
from tests.ui.coalition.coalition_ui_helpers import pdf_text, save_screenshot, standalone_numbers


def make_window(qtbot, session, runner) -> CoalitionWindow:
    from PySide6.QtWidgets import QApplication

    from testimony.ui.theme import apply_theme

    apply_theme(QApplication.instance(), False, 100)
    window = CoalitionWindow(session, runner)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_table_values(window: CoalitionWindow) -> list[str]:
    model = window.analysis.model
    return [
        model.data(model.index(r, c))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_public_key_is_shown_copied_and_saved(qtbot, runner, filled, tmp_path: Path):
    session, recipient, _ = filled
    window = make_window(qtbot, session, runner)
    page = window.key_page
    window.show_tab("key")
    qtbot.waitUntil(lambda: page.key_field.text() == recipient, timeout=5000)
    assert page.fingerprint.text() == fingerprint(recipient)
    save_screenshot(window, "public-key")
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == recipient
    target = tmp_path / "key.txt"
    page.save_to(target)
    qtbot.waitUntil(target.exists, timeout=5000)
    assert target.read_text().strip().splitlines()[-1] == recipient
    assert fingerprint(recipient) in target.read_text()


def test_import_with_progress_from_a_drop(qtbot, runner, filled, tmp_path: Path):
    session, recipient, _ = filled
    window = make_window(qtbot, session, runner)
    window.show_tab("import")
    page = window.importer
    good = cb.write(tmp_path / "new.age", cb.bundle(cb.many(15, seed=40)), recipient)
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"\x00garbage")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(junk))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.imported, timeout=15000) as got:
        page.dropEvent(drop)
    summary = got.args[0]
    assert summary.totals["added"] == 15 and summary.totals["rejected"] == 1
    assert page.progress.value() == 2
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert lines[0].startswith("new.age: 15 added")
    assert "junk.age: turned down" in lines[1]
    assert session.call(wr.record_count) == 252 + 15
    # The analysis tab reads the records again after an import.
    qtbot.waitUntil(lambda: "267 records" in window.analysis.summary.text(), timeout=10000)
    save_screenshot(window, "import")


def test_cancel_stops_between_files(qtbot, runner, filled, tmp_path: Path):
    session, recipient, _ = filled
    window = make_window(qtbot, session, runner)
    page = window.importer
    files = [
        cb.write(tmp_path / f"{i}.age", cb.bundle(cb.many(3, seed=60 + i)), recipient)
        for i in range(30)
    ]
    with qtbot.waitSignal(page.imported, timeout=30000) as got:
        page.start(files)
        page.cancel_button.click()
    summary = got.args[0]
    assert summary.cancelled
    assert "Stopped" in page.status.text()
    done = summary.totals["imported"]
    assert done < 30
    assert session.call(wr.record_count) == 252 + 3 * done


def test_the_pattern_never_shows_a_small_count(qtbot, qtmodeltester, runner, filled):
    session, _, _ = filled
    window = make_window(qtbot, session, runner)
    page = window.analysis
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    qtmodeltester.check(page.model)
    values = shown_table_values(window)
    assert all(v == "suppressed" or int(v) == 0 or int(v) >= 10 for v in values)
    assert "252 records match" in page.summary.text()
    # Services by area holds the three GP accounts from Wales among others: small cells.
    rows = page.filters["rows"]
    with qtbot.waitSignal(page.updated, timeout=10000):
        rows.setCurrentIndex(rows.findData("service"))
    values = shown_table_values(window)
    assert "suppressed" in values
    assert all(v == "suppressed" or int(v) == 0 or int(v) >= 10 for v in values)
    save_screenshot(window, "pattern")

    # Narrow to Wales: 3 + the random ones; the table follows the filter.
    box = page.filters["area"]
    with qtbot.waitSignal(page.updated, timeout=10000):
        box.setCurrentIndex(box.findData("wales"))
    assert page.report is not None and page.report.filters
    values = shown_table_values(window)
    assert all(v == "suppressed" or int(v) == 0 or int(v) >= 10 for v in values)
    qtmodeltester.check(page.model)

    # Two one-answer dimensions (say, consent by area) are never counted together, so
    # they are not offered as rows and columns (docs/coalition.md).
    assert rows.findData("consent") == -1 and rows.findData("area") == -1


def test_csv_and_pdf_from_the_app(qtbot, runner, filled, tmp_path: Path):
    session, _, _ = filled
    window = make_window(qtbot, session, runner)
    page = window.analysis
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    csv_file, pdf_file = tmp_path / "c.csv", tmp_path / "r.pdf"
    page.save_csv(csv_file)
    qtbot.waitUntil(csv_file.exists, timeout=10000)
    page.save_pdf(pdf_file)
    qtbot.waitUntil(pdf_file.exists, timeout=20000)
    assert pdf_file.read_bytes().startswith(b"%PDF")

    text = pdf_text(pdf_file)
    assert "How to read this report" in text
    assert "252 accounts" in text
    assert "QUOTABLE they turned me away" in text
    assert "NOTFORQUOTING" not in text  # words shared, but not for quoting
    assert all(n == 0 or n >= 10 for n in standalone_numbers(text)), standalone_numbers(text)
    counts = [line.rsplit(",", 1)[1] for line in csv_file.read_text().splitlines()[2:]]
    assert all(c == "suppressed" or int(c) == 0 or int(c) >= 10 for c in counts)


def test_make_then_open_a_workspace_from_the_app(qtbot, runner, tmp_path: Path, make_vault):
    from PySide6.QtWidgets import QApplication

    from testimony.services.session import Session
    from testimony.ui.coalition.open_page import OpenWorkspacePage
    from testimony.ui.theme import apply_theme
    from tests.helpers import PASSPHRASE

    apply_theme(QApplication.instance(), False, 100)
    page = OpenWorkspacePage(runner)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    folder = tmp_path / "new.testimony"
    page.new_folder.setText(str(folder))
    page.new_pass.setText(PASSPHRASE)
    page.new_again.setText(PASSPHRASE + "x")
    page.create_button.click()
    assert "different" in page.create_error.text() and not folder.exists()
    page.new_pass.setText(PASSPHRASE)
    page.new_again.setText(PASSPHRASE)
    with qtbot.waitSignal(page.opened, timeout=20000) as got:
        page.create_button.click()
    made: Session = got.args[0]
    assert made.is_unlocked
    recipient = made.call(wr.read_recipient)
    made.close()
    assert recipient.startswith("age1")

    page.folder.setText(str(make_vault("person")))  # a person's vault, not a workspace
    page.passphrase.setText(PASSPHRASE)
    page.open_button.click()
    qtbot.waitUntil(lambda: "person's vault" in page.error.text(), timeout=15000)
    save_screenshot(page, "open")

    page.folder.setText(str(folder))
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.opened, timeout=15000) as got:
        page.open_button.click()
    opened: Session = got.args[0]
    assert opened.call(wr.read_recipient) == recipient
    opened.close()


def test_cli_report_pdf(qapp, cli, tmp_path: Path):
    """`coalition report --pdf` (the command line loads the Qt renderer only for this)."""
    ccli = cli
    folder = tmp_path / "c.testimony"
    init = ccli(["coalition", "init", folder], stdin="pass phrase\n")
    recipient = init.out.strip().splitlines()[-1]
    recs = cb.many(60, seed=3) + cb.many(11, seed=4, consent="quote", text="QUOTE-OK words")
    recs += cb.many(11, seed=5, consent="words", text="WORDS-ONLY words")
    f = cb.write(tmp_path / "b.age", cb.bundle(recs), recipient)
    assert ccli(["coalition", "import", folder, f], stdin="pass phrase\n").code == 0
    for r in recs[60:]:
        ccli(["coalition", "tag", folder, r.export_id, "Refused care"], stdin="pass phrase\n")
    out = tmp_path / "r.pdf"
    result = ccli(["coalition", "report", folder, "--pdf", out], stdin="pass phrase\n")
    assert result.code == 0, result.err
    text = pdf_text(out)
    assert "82 accounts" in text and "QUOTE-OK" in text and "WORDS-ONLY" not in text
    small = [n for n in standalone_numbers(text) if 0 < n < 10]
    assert small == [], text
