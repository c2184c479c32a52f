"""The coalition's keys: pasted or from a file, named, shown with a code to compare, several
allowed, removable, and a clear message for anything that is not a key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from testimony.crypto.age import fingerprint, new_identity
from testimony.store.sharing import list_recipients
from testimony.ui.export.recipients import RecipientsPage, key_from_file_text
from testimony.ui.export.words import shown_code
from tests.ui.export.export_ui_helpers import access_problems


def open_page(qtbot, session, runner) -> RecipientsPage:
    page = RecipientsPage(session, runner)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


def labels(page) -> str:
    return "\n".join(w.text() for w in page.findChildren(QLabel) if w.isVisible())


def add(qtbot, page, name: str, key: str) -> None:
    page.name.setText(name)
    page.key.setPlainText(key)
    before = len(page.recipients)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.recipients) == before + 1, timeout=5000)
    # New rows are shown at the next turn of the event loop (Qt queues the show).
    qtbot.waitUntil(lambda: name in labels(page), timeout=5000)


def test_a_pasted_key_shows_its_code_before_adding(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    key = new_identity().recipient
    page.key.setPlainText(f"  {key[:30]}\n{key[30:]}  ")  # pasted across two lines
    assert page.code.isVisible()
    assert shown_code(key) in page.code.text()
    assert fingerprint(key) in page.code.text().replace("\u00a0", " ")
    assert page.check.isVisible()
    assert page.check.text() == "Check this matches the code the coalition publishes."


def test_a_valid_key_is_added_with_its_name_and_code(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    key = new_identity().recipient
    add(qtbot, page, "StopSIM Coalition", key)
    saved = session.call(list_recipients)
    assert [(r.name, r.public_key) for r in saved] == [("StopSIM Coalition", key)]
    assert "StopSIM Coalition" in labels(page)
    assert shown_code(key) in labels(page)
    assert page.key.toPlainText() == "" and page.name.text() == ""


def test_several_keys_and_removing_one(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    first, second = new_identity().recipient, new_identity().recipient
    add(qtbot, page, "Coalition", first)
    add(qtbot, page, "Coalition's second office", second)
    assert len(session.call(list_recipients)) == 2
    remove = [
        b
        for b in page.findChildren(QPushButton, "removeRecipient")
        if b.accessibleName() == "Remove Coalition"
    ]
    assert len(remove) == 1
    remove[0].click()
    qtbot.waitUntil(lambda: len(page.recipients) == 1, timeout=5000)
    assert [r.public_key for r in session.call(list_recipients)] == [second]


def test_an_invalid_key_gets_a_clear_message_and_nothing_is_saved(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    for bad in ("hello", "age1notreallyakeyatall", "AGE-SECRET-KEY-1QQQQ", ""):
        page.name.setText("Coalition")
        page.key.setPlainText(bad)
        page.add_button.click()
        assert page.error.isVisible()
        assert "not a key Testimony can use" in page.error.text()
        assert not page.code.isVisible()
    assert session.call(list_recipients) == []


def test_a_key_needs_a_name(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    page.key.setPlainText(new_identity().recipient)
    page.add_button.click()
    assert "Give the key a name" in page.error.text()
    assert session.call(list_recipients) == []


def test_a_key_from_a_file_as_age_keygen_writes_it(qtbot, session, runner, tmp_path: Path):
    ident = new_identity()
    f = tmp_path / "coalition.txt"
    f.write_text(f"# created: 2026-11-01\n# public key: {ident.recipient}\n")
    page = open_page(qtbot, session, runner)
    page.load_key_file(str(f))
    qtbot.waitUntil(lambda: page.key.toPlainText() == ident.recipient, timeout=5000)
    assert shown_code(ident.recipient) in page.code.text()
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" * 100)
    page.load_key_file(str(junk))
    qtbot.waitUntil(lambda: "does not hold a key" in page.error.text(), timeout=5000)
    assert key_from_file_text("  age1abc  ") == "age1abc"


def test_every_control_is_named_and_reachable(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    add(qtbot, page, "Coalition", new_identity().recipient)
    assert access_problems(page) == []
