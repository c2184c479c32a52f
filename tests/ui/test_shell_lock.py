"""Locking: by hand, after idle, on minimise, and quick exit with the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit
from shiboken6 import isValid

from testimony.services.accounts import create_draft
from testimony.services.drafts import account_detail


def test_lock_closes_dialogs_wipes_the_session_and_shows_the_unlock_page(
    qtbot, open_window, unlock, make_vault
):
    window = open_window(make_vault())
    unlock(window)
    workspace = window.workspace
    dialog = QDialog(window)
    dialog.setWindowTitle("A dialog")
    dialog.open()
    box = QMessageBox(QMessageBox.Icon.Question, "Sure?", "Sure?", parent=window)
    box.open()
    assert dialog.isVisible() and box.isVisible()
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not box.isVisible()
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session.is_unlocked is False
    assert window.workspace is None
    assert not window.lock_button.isVisible()
    qtbot.waitUntil(lambda: window.session._conn is None and window.session._key is None)
    qtbot.waitUntil(lambda: not isValid(workspace), timeout=5000)


def test_lock_saves_typing_queued_before_it(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    session = window.session
    account_id = session.call_write(create_draft)
    window.workspace.record(account_id)
    flow = window.workspace.current_page
    qtbot.waitUntil(lambda: flow._saver is not None, timeout=10000)
    edit = flow.findChild(QPlainTextEdit, "answer_what_happened")
    edit.setPlainText("typed a moment before the lock")
    window.lock()  # no wait for the autosave timer: flush() queues it before the lock
    assert not session.is_unlocked
    unlock(window)
    saved = session.call(account_detail, account_id).account.answers
    assert saved["what_happened"] == "typed a moment before the lock"


def test_auto_lock_after_idle(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault(), idle_ms=300)
    unlock(window)
    assert window.guard.idle_ms == 300
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)
    assert not window.session.is_unlocked
    assert "not used for a while" in window.unlock_page.note.text()


def test_activity_puts_off_the_auto_lock(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault(), idle_ms=600)
    unlock(window)
    for _ in range(6):  # 6 × 200 ms of typing is longer than the idle time
        qtbot.keyClick(window.workspace.current_page, Qt.Key.Key_Shift)
        qtbot.wait(200)
        assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)


def test_auto_lock_uses_the_vault_setting_by_default(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    assert window.guard.idle_ms == 5 * 60_000


def test_lock_on_minimise_when_chosen(qtbot, open_window, unlock, make_vault):
    from testimony.services.vault_settings import VaultSettings, write_vault_settings

    window = open_window(make_vault())
    unlock(window)
    window.showMinimized()
    qtbot.wait(50)
    assert window.workspace is not None  # off by default
    window.showNormal()
    window.session.call_write(write_vault_settings, VaultSettings(lock_on_minimise=True))
    window.lock()
    unlock(window)
    assert window.vault_settings.lock_on_minimise
    window.showMinimized()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)
    assert not window.session.is_unlocked


def test_quick_exit_button_locks_clears_our_clipboard_and_closes(
    qtbot, open_window, unlock, make_vault
):
    window = open_window(make_vault())
    unlock(window)
    session = window.session
    window.activateWindow()
    qtbot.waitActive(window)
    QGuiApplication.clipboard().setText("copied from an account")
    qtbot.mouseClick(window.exit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert not session.is_unlocked
    assert QGuiApplication.clipboard().text() == ""


def test_quick_exit_shortcut_works_from_inside_a_dialog(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    session = window.session
    dialog = QDialog(window)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not dialog.isVisible()
    assert not session.is_unlocked


def test_quick_exit_shortcut_from_the_main_window(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    qtbot.keyClick(
        window.workspace.current_page,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not window.session.is_unlocked


def test_quick_exit_leaves_other_programs_clipboard_alone(qtbot, make_vault, open_window):
    # Text on the clipboard before Testimony started is not Testimony's to clear.
    QGuiApplication.clipboard().setText("someone else's text")
    window = open_window(make_vault())
    window.quick_exit()
    assert not window.isVisible()
    assert QGuiApplication.clipboard().text() == "someone else's text"
    QGuiApplication.clipboard().clear()


def test_quick_exit_also_works_while_locked(qtbot, open_window):
    window = open_window()
    QTimer.singleShot(0, window.exit_button.click)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
