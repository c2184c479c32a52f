"""The account page's files, readable copy and letters (issue 15), with real widgets, a
real vault and real PDFs read back with QtPdf."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.services.attachments import list_attachments
from testimony.services.evidence import saved_sender
from testimony.ui.accounts.view import AccountView
from tests.evidence.files import pdf, png
from tests.evidence.pdf_text import pdf_text
from tests.security.test_no_plaintext import encodings, scan
from tests.ui.record.record_helpers import click, find_button

ANSWERS = {
    "services": ["ae", "police"],
    "when": "2024-02",
    "what_happened": "PC Okafor told the nurse I was a high intensity user.",
    "police_involved": "yes",
    "shared_with_police": "yes",
    "care_refused": "refused",
}


def jpeg() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    return bytes(data.data())


def open_view(qtbot, session, runner) -> AccountView:
    (aid,) = session.call_write(
        add_incoming, [parse_incoming({"answers": ANSWERS, "consent": "private"})], Method.ALONE
    )
    view = AccountView(session, runner, aid)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitUntil(lambda: view.main is not None, timeout=5000)
    return view


def test_attach_view_from_memory_and_delete(qtbot, session, runner, tmp_path, monkeypatch):
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    view = open_view(qtbot, session, runner)
    files = view.evidence.files
    originals = {
        "photo.jpg": jpeg(),
        "scan.png": png(40, 30),
        "letter.pdf": pdf("Discharge letter"),
        "notes.txt": b"The nurse said I would be arrested.\n",
    }
    originals_dir = tmp_path / "originals"
    originals_dir.mkdir()
    paths = []
    for name, data in originals.items():
        (originals_dir / name).write_bytes(data)
        paths.append(originals_dir / name)
    files.add_files(paths)
    qtbot.waitUntil(lambda: view.stack.currentWidget().objectName() == "originalsPage")
    offer = view.stack.currentWidget()
    words = " ".join(label.text() for label in offer.findChildren(QLabel))
    assert "still here" in words and "SSD" in words and "backup" in words
    assert offer.focusWidget() is find_button(offer, "keepOriginal")
    click(qtbot, find_button(offer, "keepOriginal"))
    qtbot.waitUntil(lambda: files.list.count() == 4)
    assert all(p.exists() for p in paths)  # kept where they were

    before = set(Path(tmp_path).rglob("*"))
    shown = {}
    for row in range(4):
        files.list.setCurrentRow(row)
        click(qtbot, files.open_button)
        qtbot.waitUntil(lambda: view.stack.currentWidget().objectName() == "attachmentViewer")
        viewer = view.stack.currentWidget()
        w = viewer.shown
        if isinstance(w, QLabel):
            shown[files.selected().name] = ("image", w.pixmap().width(), viewer.image.size())
        elif isinstance(w, QPdfView):
            shown[files.selected().name] = ("pdf", w.document().pageCount())
        elif isinstance(w, QPlainTextEdit):
            shown[files.selected().name] = ("text", w.toPlainText())
        viewer.back.emit()
        qtbot.waitUntil(lambda: view.stack.currentWidget() is view.main)
    assert shown["photo.jpg"][0] == "image" and shown["photo.jpg"][2].width() == 40
    assert shown["scan.png"][0] == "image" and shown["scan.png"][1] >= 40
    assert shown["letter.pdf"] == ("pdf", 1)
    assert shown["notes.txt"] == ("text", "The nurse said I would be arrested.\n")
    assert set(Path(tmp_path).rglob("*")) == before  # shown without writing a file
    assert list(home.iterdir()) == [] and list(temp.iterdir()) == []  # no caches either

    files.list.setCurrentRow(3)
    click(qtbot, files.delete_button)
    confirm = view.stack.currentWidget()
    assert confirm.objectName() == "deleteFilePage"
    assert confirm.focusWidget() is find_button(confirm, "keepFile")
    click(qtbot, find_button(confirm, "confirmDeleteFile"))
    qtbot.waitUntil(lambda: files.list.count() == 3)
    names = [a.name for a in session.call(list_attachments, view.account_id)]
    assert names == ["photo.jpg", "scan.png", "letter.pdf"]


def test_bad_files_get_clear_words_and_add_nothing(qtbot, session, runner, tmp_path):
    view = open_view(qtbot, session, runner)
    files = view.evidence.files
    cases = {
        "holiday.jpg": (b"just some words", "not a photo"),
        "broken.pdf": (pdf()[:60], "PDF is damaged"),
        "song.mp3": (bytes(range(256)) * 4, "PNG or JPEG), PDFs and plain text"),
    }
    for name, (data, words) in cases.items():
        (tmp_path / name).write_bytes(data)
        files.add_files([tmp_path / name])
        qtbot.waitUntil(lambda w=words: w in files.error.text(), timeout=5000)
        assert view.stack.currentWidget() is view.main
    big = tmp_path / "huge.png"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    files.add_files([big])
    qtbot.waitUntil(lambda: "too large" in files.error.text())
    assert session.call(list_attachments, view.account_id) == ()


def test_copy_and_letters_write_nothing_until_saved(qtbot, session, runner, tmp_path, monkeypatch):
    """A canary name typed for a letter and the account's words reach no file in HOME or
    temp while the person reads, edits and previews; only the PDF they save holds them."""
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    canary = f"Quillon{secrets.token_hex(4)}"
    view = open_view(qtbot, session, runner)
    section = view.evidence

    click(qtbot, section.copy_button)
    qtbot.waitUntil(lambda: view.stack.currentWidget().objectName() == "copyPage")
    copy_page = view.stack.currentWidget()
    assert "PC Okafor told the nurse" in copy_page.preview.toPlainText()
    click(qtbot, copy_page.save_button)
    warning = view.stack.currentWidget()
    assert warning.objectName() == "paperWarning"
    assert "not be encrypted" in warning.findChild(QLabel, "notEncrypted").text()
    click(qtbot, warning.cancel)
    assert view.stack.currentWidget() is copy_page
    copy_page.back.emit()

    kinds = {"access": [], "complaint": []}
    for kind in kinds:
        click(qtbot, section.letter_button)
        qtbot.waitUntil(lambda: view.stack.currentWidget().objectName() == "letterSetup")
        setup = view.stack.currentWidget()
        (setup.access if kind == "access" else setup.complaint).setChecked(True)
        qtbot.keyClicks(setup.organisation, "Anytown Police")
        assert setup.org_type.currentData() == "police"
        setup.name.setText(f"{canary} Example")
        setup.address.setPlainText("1 Canary Row\nAnytown")
        click(qtbot, setup.write_button)
        qtbot.waitUntil(lambda: view.stack.currentWidget().objectName() == "letterEdit")
        edit = view.stack.currentWidget()
        assert edit.text().startswith(f"{canary} Example\n1 Canary Row")
        edit.editor.appendPlainText(f"\n\nAdded by me: {canary} edit")
        kinds[kind].append(edit)
        assert scan(home, encodings(canary)) == [] and scan(temp, encodings(canary)) == []
        assert scan(tmp_path, encodings(canary)) == []  # the vault holds no plain copy
        out = tmp_path / f"{kind}.pdf"
        edit.save_to(out)
        assert "Saved the letter" in edit.message.text()
        text = pdf_text(out.read_bytes())
        assert f"Added by me: {canary} edit" in text
        assert ("Article 15" in text) is (kind == "access")
        assert ("Police Investigations and Review Commissioner" in text) is (kind == "complaint")
        edit.save_to(out)  # never over an existing file
        assert "already a file" in edit.error.text()
        view.evidence.pages.go_home()
    assert session.call(saved_sender) is None  # not kept unless ticked


def test_printing_lays_out_the_letter_on_the_printers_page(qtbot, tmp_path):
    """What Print sends: the same document, on the printer's page (a PDF printer here)."""
    from PySide6.QtPrintSupport import QPrinter

    from testimony.ui.evidence_pdf import document, letter_html, print_to

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    print_to(document(letter_html("Heading\n\nA paragraph of the letter.", ["Heading"])), printer)
    del printer
    assert "A paragraph of the letter." in pdf_text(target.read_bytes())


def test_every_new_page_is_named_and_reachable_by_keyboard(qtbot, session, runner, tmp_path):
    """The files list, each viewer, the offer after adding, deleting, the copy, the warning
    and both letter pages: every control has a spoken name and Tab reaches it."""
    from tests.ui.test_accessibility import controls, describe, reachable, spoken_name

    view = open_view(qtbot, session, runner)
    section = view.evidence
    problems: list[str] = []
    seen: list[str] = []

    def check(name: str, page) -> None:
        seen.append(name)
        for w in controls(page):
            if not spoken_name(w):
                problems.append(f"{name}: no accessible name: {describe(w)}")
            if not reachable(w):
                problems.append(f"{name}: cannot be reached with Tab: {describe(w)}")

    def current(name: str):
        qtbot.waitUntil(lambda: view.stack.currentWidget().objectName() == name)
        page = view.stack.currentWidget()
        check(name, page)
        return page

    made = []
    for name, data in (("a.png", png(8, 8)), ("b.pdf", pdf("x")), ("c.txt", b"words\n")):
        (tmp_path / name).write_bytes(data)
        made.append(tmp_path / name)
    section.files.add_files(made)
    current("originalsPage")
    section.pages.go_home()
    qtbot.waitUntil(lambda: section.files.list.count() == 3)
    check("account page", view.main)
    for row in range(3):
        section.files.list.setCurrentRow(row)
        section.files.open_selected()
        current("attachmentViewer")
        section.pages.go_home()
    section.files.ask_delete()
    current("deleteFilePage")
    section.pages.go_home()
    section.open_copy()
    current("copyPage").warn(printing=True)
    current("paperWarning")
    section.pages.go_home()
    section.open_letter()
    setup = current("letterSetup")
    setup.organisation.setText("Anytown Council")
    setup._write()
    current("letterEdit")
    assert len(seen) == 10
    assert problems == [], "\n".join(problems)


def test_the_sharing_page_says_only_the_count_of_files_leaves(qtbot, session, runner, tmp_path):
    from testimony.services.attachments import attach_paths
    from testimony.ui.export.export_page import ExportPage

    (aid,) = session.call_write(
        add_incoming, [parse_incoming({"answers": ANSWERS, "consent": "count"})], Method.ALONE
    )
    note = tmp_path / "n.txt"
    note.write_text("notes", encoding="utf-8")
    session.call_write(attach_paths, aid, [note, note, note])
    page = ExportPage(session, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.choices is not None, timeout=10000)
    said = page.account_boxes[aid].accessibleDescription()
    assert "how many files you keep with it (3), but not the files" in said
