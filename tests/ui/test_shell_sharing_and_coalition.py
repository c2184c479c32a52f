"""The shell hosts the sharing pages and the coalition workspace, and locks both."""

from __future__ import annotations

from testimony.ui.coalition.open_page import OpenWorkspacePage
from testimony.ui.coalition.window import CoalitionWindow
from testimony.ui.export.export_page import ExportPage
from testimony.ui.export.shared_page import SharedPage


def test_share_and_shared_open_from_the_accounts_list(qtbot, open_window, make_vault, unlock):
    window = open_window(make_vault())
    unlock(window)
    accounts = window.workspace.accounts
    accounts.share_button.click()
    assert isinstance(window.workspace.current_page, ExportPage)
    window.workspace.current_page.done.emit()
    assert window.workspace.current_page is accounts
    accounts.shared_button.click()
    assert isinstance(window.workspace.current_page, SharedPage)
    window.workspace.current_page.back.emit()
    assert window.workspace.current_page is accounts


def _open_new_workspace(qtbot, window, folder) -> CoalitionWindow:
    window.welcome.coalition_button.click()
    page = window.stack.currentWidget()
    assert isinstance(page, OpenWorkspacePage)
    page.new_folder.setText(str(folder))
    page.new_pass.setText("coalition passphrase")
    page.new_again.setText("coalition passphrase")
    page.create_button.click()
    qtbot.waitUntil(lambda: window.coalition.is_open, timeout=20000)
    assert isinstance(window.stack.currentWidget(), CoalitionWindow)
    return window.stack.currentWidget()


def test_coalition_workspace_opens_from_the_start_and_locks(qtbot, open_window, tmp_path):
    window = open_window()
    assert window.stack.currentWidget() is window.welcome
    _open_new_workspace(qtbot, window, tmp_path / "c.testimony")
    session = window.coalition.session
    assert session is not None and session.is_unlocked
    assert window.lock_button.isVisible()
    assert "Coalition workspace" in window.windowTitle()
    window.lock_button.click()
    assert not window.coalition.is_open
    assert not session.is_unlocked
    assert not isinstance(window.stack.currentWidget(), CoalitionWindow)
    assert not window.lock_button.isVisible()


def test_quick_exit_locks_a_coalition_workspace(qtbot, open_window, tmp_path):
    window = open_window()
    _open_new_workspace(qtbot, window, tmp_path / "c.testimony")
    session = window.coalition.session
    window.exit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not session.is_unlocked
    assert not window.coalition.is_open
