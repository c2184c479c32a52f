"""Autosave: typing reaches the vault soon after it stops, steady typing is saved every few
seconds, a flush is in the vault before a lock queued after it, and saving never makes the
person wait."""

from __future__ import annotations

import threading
import time

from testimony.core.types import Status
from testimony.services.accounts import save_answers
from testimony.store.accounts import get_account
from testimony.ui.record import autosave
from tests.ui.record.record_helpers import open_second, start_flow, to_question


def test_typing_is_saved_after_a_pause(qtbot, session, runner, draft_id, vault_path):
    other = open_second(vault_path)
    try:
        flow = start_flow(qtbot, session, runner, draft_id)
        box = to_question(qtbot, flow, "what_happened").editor.edit
        qtbot.keyClicks(box, "They kept me waiting for nine hours")
        typed_at = time.monotonic()
        # Not yet: the save waits for a pause in typing.
        assert "what_happened" not in other.call(get_account, draft_id).answers
        with qtbot.waitSignal(flow.saved, timeout=5000):
            pass
        assert time.monotonic() - typed_at >= autosave.IDLE_MS / 1000 - 0.2
        assert flow.status.text() == "Saved"
        assert flow.status.accessibleName() == "Save status"
        # Another session, as another run of the app would, sees the draft.
        seen = other.call(get_account, draft_id)
        assert seen.answers["what_happened"] == "They kept me waiting for nine hours"
        assert seen.status is Status.DRAFT
    finally:
        other.close()


def test_steady_typing_is_saved_within_five_seconds(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    box = to_question(qtbot, flow, "what_happened").editor.edit
    saves: list[float] = []
    flow.saved.connect(lambda: saves.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 7:
        qtbot.keyClicks(box, "a")
        qtbot.wait(300)  # never a 1.5 s pause, so only the 5 s ceiling can save
    assert saves, "nothing saved during 7 s of steady typing"
    first = saves[0] - start
    assert autosave.MAX_WAIT_MS / 1000 - 0.5 <= first <= autosave.MAX_WAIT_MS / 1000 + 1.0


def test_flush_is_saved_before_a_lock_queued_after_it(qtbot, session, runner, draft_id, vault_path):
    flow = start_flow(qtbot, session, runner, draft_id)
    box = to_question(qtbot, flow, "what_happened").editor.edit
    qtbot.keyClicks(box, "Typed just before the lock")
    flow.flush()
    session.lock().result()  # what the auto-lock does, straight after
    other = open_second(vault_path)
    try:
        assert other.call(get_account, draft_id).answers["what_happened"] == (
            "Typed just before the lock"
        )
    finally:
        other.close()


def test_saving_never_blocks_typing(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    box = to_question(qtbot, flow, "what_happened").editor.edit
    release = threading.Event()
    # Hold the database thread, as a slow disk or a big write would.
    session.submit(lambda _conn: release.wait(10))
    try:
        qtbot.keyClicks(box, "first")
        began = time.monotonic()
        flow.flush()  # queues behind the held thread; must return at once
        assert flow.status.text() == "Saving…"
        qtbot.keyClicks(box, " second")
        flow.flush()
        assert time.monotonic() - began < 0.5
        assert box.toPlainText() == "first second"
    finally:
        release.set()
    qtbot.waitUntil(lambda: flow.status.text() == "Saved", timeout=5000)
    assert session.call(get_account, draft_id).answers["what_happened"] == "first second"


def test_a_failed_save_says_so_and_keeps_the_text(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    box = to_question(qtbot, flow, "what_happened").editor.edit
    session.lock().result()
    qtbot.keyClicks(box, "written while locked")
    flow.flush()
    qtbot.waitUntil(lambda: flow.status.text().startswith("Not saved."), timeout=5000)
    assert "locked" in flow.status.text()
    assert box.toPlainText() == "written while locked"


def test_finished_account_stays_finished_when_edited(qtbot, session, runner, draft_id):
    session.call_write(save_answers, draft_id, {"area": "wales"}, Status.COMPLETE)
    flow = start_flow(qtbot, session, runner, draft_id)
    assert flow.current_page is flow.check  # a finished account opens on its check page
    account = session.call(get_account, draft_id)
    assert account.status is Status.COMPLETE


def test_flush_after_the_session_closed_says_so(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    box = to_question(qtbot, flow, "what_happened").editor.edit
    qtbot.keyClicks(box, "typed as the app quits")
    session.close()
    flow.flush()  # must not raise, even from a hide event during shutdown
    qtbot.waitUntil(lambda: flow.status.text().startswith("Not saved."), timeout=5000)
    assert box.toPlainText() == "typed as the app quits"
