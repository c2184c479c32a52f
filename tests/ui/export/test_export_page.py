"""Exporting through the page: only consented accounts can be chosen, words leave only once
checked, the sealed file holds exactly what the preview showed, and stopping leaves nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel

from testimony.crypto.tokens import secret_hash
from testimony.services.files import save_place
from testimony.store.sharing import add_recipient, receipts
from testimony.ui.export.export_page import ExportPage
from testimony.ui.export.export_steps import file_stem
from testimony.ui.export.review import ReviewScreen
from tests.ui.export.export_ui_helpers import STORY, access_problems, open_bundle


def open_page(qtbot, session, runner) -> ExportPage:
    page = ExportPage(session, runner)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: page.choices is not None, timeout=10000)
    return page


def shown_text(widget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel))


def review_and_confirm(qtbot, page: ExportPage, account_id: int) -> dict[str, str]:
    page.show_review(account_id)
    screen = page.currentWidget()
    assert isinstance(screen, ReviewScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    previewed = dict(screen.preview_texts)
    for index in range(screen.question.count()):  # Confirm waits until each was shown
        screen.question.setCurrentIndex(index)
    screen.confirm_button.click()
    qtbot.waitUntil(lambda: page.currentWidget() is page.choose, timeout=10000)
    checked = "You have checked the words"
    qtbot.waitUntil(
        lambda: checked in page.account_boxes[account_id].accessibleDescription(), timeout=10000
    )
    return previewed


def test_private_accounts_are_shown_but_cannot_be_chosen(qtbot, session, runner, account):
    shared = account("words", STORY, short_name="The night in March")
    private = account("private", "Nobody may see this.", short_name="Only for me")
    page = open_page(qtbot, session, runner)
    assert set(page.account_boxes) == {shared}
    assert page.account_boxes[shared].text() == "The night in March"
    assert "Only for me — kept private" in shown_text(page.choose)
    assert all(b.text() != "Only for me" for b in page.findChildren(QCheckBox))
    assert private not in page.account_boxes


def test_words_must_be_checked_before_saving(qtbot, session, runner, account, coalition, out_dir):
    aid = account("words", STORY)
    session.call_write(add_recipient, "Coalition", coalition.recipient)
    page = open_page(qtbot, session, runner)
    page.save_to(str(out_dir / "x.age"))
    assert "Choose at least one account" in page.error.text()
    page.account_boxes[aid].setChecked(True)
    page.save_to(str(out_dir / "x.age"))
    assert "Check the words" in page.error.text()
    assert list(out_dir.iterdir()) == []


def test_export_through_the_page_holds_exactly_the_preview(
    qtbot, session, runner, account, coalition, out_dir: Path
):
    words = account("words", STORY, how_affected="Sarah Jones never rang back.")
    counted = account("count", "These words never leave.")
    account("private", "Nor these.")
    session.call_write(add_recipient, "StopSIM Coalition", coalition.recipient)
    page = open_page(qtbot, session, runner)
    previewed = review_and_confirm(qtbot, page, words)
    assert page.account_boxes[words].isChecked()  # ticked once its words are checked
    page.account_boxes[counted].setChecked(True)
    assert page.chosen_recipients() == [("StopSIM Coalition", coalition.recipient)]
    out = out_dir / save_place(out_dir, file_stem()).name
    page.save_to(str(out))
    qtbot.waitUntil(lambda: page.currentWidget() is page.finished, timeout=15000)

    bundle = open_bundle(out.read_bytes(), coalition.identity)
    records = {r["consent"]: r for r in bundle["records"]}
    assert set(records) == {"words", "count"}
    assert records["words"]["texts"] == previewed
    assert "texts" not in records["count"]
    assert records["words"]["answers"]["when"] == "2024-03"
    assert "These words never leave" not in out.read_bytes().decode("latin-1")
    done = shown_text(page.finished)
    assert "You saved 2 accounts in this file." in done
    assert out.name in done and "sealed so only the coalition can open it" in done
    assert "Send the file to the coalition" in done
    [receipt] = session.call(receipts)
    assert {i.account_id for i in receipt.items} == {words, counted}
    hashes = {r["export_id"]: r["withdrawal_hash"] for r in bundle["records"]}
    assert all(secret_hash(i.withdrawal_secret) == hashes[i.export_id] for i in receipt.items)
    with qtbot.waitSignal(page.done, timeout=2000):
        page.finished.done_button.click()


def test_stopping_leaves_no_file_and_no_receipt(
    qtbot, session, runner, account, coalition, out_dir: Path
):
    aid = account("count", STORY)
    session.call_write(add_recipient, "Coalition", coalition.recipient)
    page = open_page(qtbot, session, runner)
    page.account_boxes[aid].setChecked(True)
    gate = threading.Event()
    session.submit(lambda _conn: gate.wait(10))  # hold the database thread
    out = out_dir / "testimony-export.age"
    page.save_to(str(out))
    assert page.currentWidget() is page.working
    page.working.cancel_button.click()
    assert not page.working.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: page.currentWidget() is page.choose, timeout=15000)
    assert "You stopped it. No file was saved." in page.error.text()
    assert list(out_dir.iterdir()) == []
    assert session.call(receipts) == []


def test_an_existing_file_is_never_replaced(
    qtbot, session, runner, account, coalition, out_dir: Path
):
    aid = account("count", STORY)
    session.call_write(add_recipient, "Coalition", coalition.recipient)
    page = open_page(qtbot, session, runner)
    page.account_boxes[aid].setChecked(True)
    out = out_dir / "mine.age"
    out.write_bytes(b"something precious")
    page.save_to(str(out))
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15000)
    assert "already a file with that name" in page.error.text()
    assert out.read_bytes() == b"something precious"


def test_the_save_dialog_suggests_a_name_with_no_names_and_only_the_month(
    qtbot, session, runner, account, coalition
):
    aid = account("count", STORY)
    session.call_write(add_recipient, "Coalition", coalition.recipient)
    page = open_page(qtbot, session, runner)
    page.account_boxes[aid].setChecked(True)
    page.ask_where()
    page.ask_where()  # a second press while the folder is looked at opens no second dialog
    # The free name is found on the runner's thread; the dialog opens when it is back.
    qtbot.waitUntil(lambda: page.findChild(QFileDialog) is not None, timeout=5000)
    assert len(page.findChildren(QFileDialog)) == 1
    dialog = page.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    chosen = Path(dialog.selectedFiles()[0]).name
    assert chosen.startswith("testimony-export-") and chosen.endswith(".age")
    assert len(chosen.removeprefix("testimony-export-").split("-")) in (2, 3)  # YYYY-MM[-n]
    dialog.reject()


def test_no_key_yet_says_to_add_one(qtbot, session, runner, account):
    aid = account("count", STORY)
    page = open_page(qtbot, session, runner)
    assert "Add the coalition's key first" in shown_text(page.choose)
    page.account_boxes[aid].setChecked(True)
    page.save_to("/nowhere/x.age")
    assert "Choose who can open it" in page.error.text()
    page.keys_button.click()
    assert page.currentWidget() is not page.choose
    assert access_problems(page.currentWidget()) == []


def test_every_control_is_named_and_reachable(qtbot, session, runner, account, coalition):
    account("words", STORY)
    account("private", "x")
    session.call_write(add_recipient, "Coalition", coalition.recipient)
    page = open_page(qtbot, session, runner)
    for step in (page.choose, page.working, page.finished):
        assert access_problems(step) == [], step


def test_the_save_dialog_leaves_no_list_of_folders_behind(
    qtbot, qapp, session, runner, account, coalition, tmp_path: Path
):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    try:
        aid = account("count", STORY)
        session.call_write(add_recipient, "Coalition", coalition.recipient)
        page = open_page(qtbot, session, runner)
        page.account_boxes[aid].setChecked(True)
        page.ask_where()
        qtbot.waitUntil(lambda: page.findChild(QFileDialog) is not None, timeout=5000)
        dialog = page.findChild(QFileDialog)
        secret_place = tmp_path / "my-usb-stick"
        secret_place.mkdir()
        dialog.setDirectory(str(secret_place))
        gone: list[bool] = []
        dialog.destroyed.connect(lambda: gone.append(True))
        dialog.reject()
        qtbot.waitUntil(lambda: gone == [True], timeout=5000)
        written = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*.conf"))
        assert "my-usb-stick" not in written
    finally:
        QSettings.setPath(
            QSettings.Format.NativeFormat,
            QSettings.Scope.UserScope,
            str(Path.home() / ".config"),
        )
