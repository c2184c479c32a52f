"""First run: welcome → make a vault (with and without a recovery code) → open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from testimony.services.vault import read_header
from tests.helpers import PASSPHRASE, saved_settings


def fill_create(window, name: str = "My accounts", recovery: bool = False) -> None:
    page = window.create_page
    page.name.setText(name)
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.recovery.setChecked(recovery)


def test_first_run_shows_the_welcome_then_makes_and_opens_a_vault(
    qtbot, open_window, unlock, private_dirs
):
    window = open_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.exit_button.isVisible()  # quick exit even before there is a vault
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.create_page
    fill_create(window)
    window.create_page.create_button.click()
    # Opened at once with the passphrase just chosen: no typing it a third time (issue 12).
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    folder = private_dirs["data"] / "My accounts.testimony"
    assert read_header_ok(folder)
    assert window.session.is_unlocked
    assert window.lock_button.isVisible()
    qtbot.waitUntil(lambda: saved_settings().get("known_vaults") == [str(folder)], timeout=5000)


def read_header_ok(folder: Path) -> bool:
    from testimony.services.vault import vault_paths

    return read_header(vault_paths(folder)) is not None


def test_creation_runs_off_the_gui_thread_with_a_busy_state(qtbot, open_window):
    window = open_window()
    window.show_create()
    fill_create(window)
    window.create_page.create_button.click()
    # The click returned before the key was derived: the page is busy, not frozen.
    assert window.create_page.busy.isVisibleTo(window.create_page)
    assert not window.create_page.create_button.isEnabled()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)


def test_recovery_code_is_shown_once_and_needs_confirming(qtbot, open_window, unlock):
    window = open_window()
    window.show_create()
    fill_create(window, name="Spare", recovery=True)
    window.create_page.create_button.click()
    page = window.recovery_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=15000)
    code = page.code.text()
    assert len(code.replace("-", "")) == 28
    assert not page.continue_button.isEnabled()
    page.confirm.setChecked(True)
    page.continue_button.click()
    assert page.code.text() == ""  # gone from the screen and the widget
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)  # open at once
    window.lock()
    assert window.stack.currentWidget() is window.unlock_page
    # The code opens the vault, and the app then asks for a new passphrase.
    window.unlock_page.mode_button.click()
    window.unlock_page.field.setText(code.lower().replace("-", " "))
    window.unlock_page.open_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    settings = window.workspace.current_page
    assert settings.recovery_note.isVisibleTo(settings)


def test_weak_or_mismatched_passphrases_are_refused_in_plain_words(qtbot, open_window):
    window = open_window()
    window.show_create()
    page = window.create_page
    page.passphrase.first.setText("password1")
    page.passphrase.second.setText("password1")
    assert "very weak" in page.passphrase.verdict.text()  # not "none yet" (issue 12)
    page.create_button.click()
    assert "too easy to guess" in page.error.text()
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE + "x")
    page.create_button.click()
    assert "not the same" in page.error.text()
    page.name.setText("   ")
    page.create_button.click()
    assert "name" in page.error.text()
    assert window.stack.currentWidget() is page


def test_strength_meter_moves_with_the_passphrase(qtbot, open_window):
    window = open_window()
    window.show_create()
    fields = window.create_page.passphrase
    fields.first.setText("abc")
    weak = fields.meter.value()
    fields.first.setText("lamp river socks gentle orbit")
    assert fields.meter.value() > weak
    assert "good" in fields.verdict.text()


def test_a_name_that_is_taken_is_refused(qtbot, open_window, make_vault, private_dirs):
    private_dirs["data"].mkdir(parents=True)
    make_vault("Taken", parent=private_dirs["data"])
    window = open_window()
    window.show_create()
    fill_create(window, name="Taken")
    window.create_page.create_button.click()
    qtbot.waitUntil(lambda: window.create_page.error.isVisibleTo(window.create_page))
    assert "already a vault" in window.create_page.error.text()


def test_a_vault_can_be_made_in_a_chosen_folder(qtbot, open_window, tmp_path):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    window = open_window()
    window.show_create()
    window.create_page._folder_chosen(str(stick))
    assert window.create_page.elsewhere.isChecked()
    fill_create(window, name="Visitor")
    window.create_page.create_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert (stick / "Visitor.testimony" / "header.json").exists()
