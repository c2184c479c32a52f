"""What I have shared: each export with its date, who it was sealed for, which accounts and
how; withdrawing makes a sealed notice whose secrets match what was exported."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from testimony.crypto.age import fingerprint, open_sealed
from testimony.crypto.tokens import secret_hash
from testimony.exporting.plan import accept_automatic, plan_export
from testimony.exporting.write import write_export
from testimony.store.sharing import add_recipient, receipts
from testimony.ui.export.shared_page import SharedPage
from testimony.ui.export.words import shown_code
from tests.ui.export.export_ui_helpers import STORY, access_problems, open_bundle


def export_now(session, coalition, out: Path) -> dict:
    folder = session.paths.folder
    preview = session.call(plan_export, folder, assume_automatic=True)
    session.call_write(accept_automatic, preview)
    plan = session.call(plan_export, folder)
    session.call(write_export, plan, [("StopSIM Coalition", coalition.recipient)], out)
    return open_bundle(out.read_bytes(), coalition.identity)


def open_page(qtbot, session, runner) -> SharedPage:
    page = SharedPage(session, runner)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: page.shared is not None, timeout=10000)
    return page


def shown(widget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel))


def test_nothing_shared_yet(qtbot, session, runner):
    page = open_page(qtbot, session, runner)
    assert "You have not shared anything yet." in shown(page.main)


def test_each_export_shows_date_recipient_accounts_and_level(
    qtbot, session, runner, account, coalition, out_dir
):
    account("words", STORY, short_name="The night in March")
    account("count", "x", short_name="The ambulance")
    session.call_write(add_recipient, "StopSIM Coalition", coalition.recipient)
    export_now(session, coalition, out_dir / "one.age")
    page = open_page(qtbot, session, runner)
    text = shown(page.main)
    assert "Shared on " in text
    assert "Sealed for StopSIM Coalition.\nCode: " + shown_code(coalition.recipient) in text
    assert fingerprint(coalition.recipient) in text.replace("\u00a0", " ")
    assert "The night in March\nWords shared. Shared." in text
    assert "The ambulance\nCounted only. Shared." in text
    assert "File name: one.age" in text
    assert page.findChild(QPushButton, "withdrawAll") is not None


def test_withdrawing_one_record_makes_a_sealed_notice_with_its_secret(
    qtbot, session, runner, account, coalition, out_dir
):
    first = account("words", STORY, short_name="The night in March")
    account("count", "x", short_name="The ambulance")
    bundle = export_now(session, coalition, out_dir / "export.age")
    hashes = {r["export_id"]: r["withdrawal_hash"] for r in bundle["records"]}
    [receipt] = session.call(receipts)
    item = next(i for i in receipt.items if i.account_id == first)
    page = open_page(qtbot, session, runner)
    button = page.withdraw_buttons[item.export_id]
    assert button.accessibleName() == "Withdraw The night in March"

    notice = out_dir / "testimony-withdrawal.age"
    page.save_notice(str(notice), [item.export_id])
    qtbot.waitUntil(lambda: page.currentWidget() is page.notice, timeout=10000)
    document = json.loads(open_sealed(notice.read_bytes(), coalition.identity))
    assert document["format"] == "testimony-withdrawal/1"
    [entry] = document["withdrawals"]
    assert entry["export_id"] == item.export_id
    assert secret_hash(entry["secret"]) == hashes[item.export_id]
    words = shown(page.notice)
    assert "sealed so only the coalition can open it" in words
    assert "Send this file to the coalition" in words and notice.name in words
    qtbot.waitUntil(lambda: item.export_id not in page.withdraw_buttons, timeout=10000)
    assert "The night in March\nWords shared. Withdrawn on " in shown(page.main)
    page.notice_back.click()
    assert page.currentWidget() is page.main


def test_withdrawing_a_whole_export(qtbot, session, runner, account, coalition, out_dir):
    account("words", STORY)
    account("count", "x")
    bundle = export_now(session, coalition, out_dir / "export.age")
    hashes = {r["export_id"]: r["withdrawal_hash"] for r in bundle["records"]}
    page = open_page(qtbot, session, runner)
    notice = out_dir / "all.age"
    page.save_notice(str(notice), list(hashes))
    qtbot.waitUntil(lambda: page.currentWidget() is page.notice, timeout=10000)
    document = json.loads(open_sealed(notice.read_bytes(), coalition.identity))
    got = {w["export_id"]: secret_hash(w["secret"]) for w in document["withdrawals"]}
    assert got == hashes
    qtbot.waitUntil(lambda: page.withdraw_buttons == {}, timeout=10000)
    assert all(i.withdrawn_at for r in session.call(receipts) for i in r.items)


def test_an_existing_file_is_not_replaced(qtbot, session, runner, account, coalition, out_dir):
    account("count", "x")
    bundle = export_now(session, coalition, out_dir / "export.age")
    page = open_page(qtbot, session, runner)
    taken = out_dir / "taken.age"
    taken.write_bytes(b"keep me")
    page.save_notice(str(taken), [bundle["records"][0]["export_id"]])
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10000)
    assert "already a file with that name" in page.error.text()
    assert taken.read_bytes() == b"keep me"
    assert not any(i.withdrawn_at for r in session.call(receipts) for i in r.items)


def test_every_control_is_named_and_reachable(qtbot, session, runner, account, coalition, out_dir):
    account("words", STORY)
    account("count", "x")
    export_now(session, coalition, out_dir / "export.age")
    page = open_page(qtbot, session, runner)
    assert access_problems(page.main) == []
    assert access_problems(page.notice) == []
