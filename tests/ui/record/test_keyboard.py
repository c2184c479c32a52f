"""The whole record flow with the keyboard alone: Tab to move, Space to choose or press,
Return to press a button or start a new line. No mouse, no setting values directly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from testimony.core.consent import Level, Method
from testimony.core.types import Status
from testimony.store.consent import consent_history
from testimony.ui.consent.page import ConsentPage
from testimony.ui.record.flow import RecordFlow
from tests.ui.record.record_helpers import find_button, start_flow, stored


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "keyboard focus was lost"
    return widget


def key(qtbot, k: Qt.Key) -> None:
    qtbot.keyClick(focused(), k)


def tab_to(qtbot, flow: RecordFlow, target: QWidget) -> None:
    """Press Tab until `target` has focus; fail if it is not reachable in one round."""
    for _ in range(60):
        if focused() is target:
            return
        assert flow.isAncestorOf(focused()), "focus left the flow"
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target.accessibleName()}")


def tab_and_press(qtbot, flow: RecordFlow, name: str, with_key: Qt.Key = Qt.Key.Key_Space):
    tab_to(qtbot, flow, find_button(flow.current_page, name))
    key(qtbot, with_key)


def on(flow: RecordFlow, question_id: str) -> None:
    assert getattr(flow.current_page, "question", None) is not None
    assert flow.current_page.question.id == question_id


def test_record_with_keyboard_only(qtbot, session, runner, draft_id):
    flow = start_flow(qtbot, session, runner, draft_id)
    flow.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # Before you start: focus is on the first answer; Space chooses "Yes, someone is helping".
    assert focused() is flow.intro.helped
    key(qtbot, Qt.Key.Key_Space)
    tab_and_press(qtbot, flow, "continue", Qt.Key.Key_Return)

    on(flow, "services")  # focus starts on the first tick box
    key(qtbot, Qt.Key.Key_Space)
    tab_and_press(qtbot, flow, "continue")
    on(flow, "when")
    tab_and_press(qtbot, flow, "skip")
    on(flow, "area")
    key(qtbot, Qt.Key.Key_Space)  # the first region
    tab_and_press(qtbot, flow, "continue")

    assert flow.current_page is flow.note
    assert focused() is flow.note.continue_button
    key(qtbot, Qt.Key.Key_Space)
    on(flow, "what_happened")
    qtbot.keyClicks(focused(), "They sent me home")
    key(qtbot, Qt.Key.Key_Return)  # a new line, not a button
    qtbot.keyClicks(focused(), "at 3am")
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the box instead of typing a tab
    assert focused() is find_button(flow.current_page, "continue")
    key(qtbot, Qt.Key.Key_Space)

    on(flow, "police_involved")
    key(qtbot, Qt.Key.Key_Space)  # "Yes"
    tab_and_press(qtbot, flow, "takeBreak")
    assert flow.current_page is flow.pause
    assert focused() is flow.pause.resume_button
    key(qtbot, Qt.Key.Key_Return)
    on(flow, "police_involved")  # back where we were, on the button we pressed
    assert focused() is find_button(flow.current_page, "takeBreak")
    assert flow.current_page.editor.value() == "yes"
    tab_and_press(qtbot, flow, "continue")

    for _ in range(20):
        if flow.current_page is flow.check:
            break
        name = "skip" if getattr(flow.current_page, "question", None) else "continue"
        tab_and_press(qtbot, flow, name)
    assert flow.current_page is flow.check

    # Change a row from the check page and come back to it.
    tab_to(qtbot, flow, flow.check.change_buttons[0])
    key(qtbot, Qt.Key.Key_Space)
    on(flow, "services")
    tab_and_press(qtbot, flow, "continue")
    assert flow.current_page is flow.check

    tab_and_press(qtbot, flow, "finish")
    qtbot.waitUntil(lambda: isinstance(flow.current_page, ConsentPage))
    consent = flow.current_page
    qtbot.waitUntil(consent.save_button.isEnabled)
    assert focused() is consent.levels[Level.PRIVATE]
    tab_to(qtbot, flow, consent.save_button)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Saved" in consent.result.text())
    with qtbot.waitSignal(flow.closed):
        tab_and_press(qtbot, flow, "done")

    account = stored(session, draft_id)
    assert account.status is Status.COMPLETE
    assert account.supported is True
    assert account.answers == {
        "services": ["ae"],
        "area": "north_east",
        "what_happened": "They sent me home\nat 3am",
        "police_involved": "yes",
    }
    history = session.call(consent_history, draft_id)
    assert [(r.level, r.method) for r in history] == [(Level.PRIVATE, Method.SUPPORTED)]
