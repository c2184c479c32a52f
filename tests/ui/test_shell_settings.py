"""Settings pages, the app settings file, plain messages and starting without a screen."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from testimony.core import errors
from testimony.services.app_settings import (
    AppSettings,
    load_app_settings,
    save_app_settings,
    settings_path,
    vault_folder_name,
)
from testimony.services.vault_settings import VaultSettings, read_vault_settings
from testimony.ui.messages import _sentences, code_for, message_for
from tests.helpers import PASSPHRASE, saved_settings

NEW_PASSPHRASE = "orbit lantern pebble thistle"


def test_vault_settings_are_saved_in_the_vault_and_used(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    window.show_settings()
    page = window.workspace.current_page
    page.minutes.setValue(12)
    page.on_minimise.setChecked(True)
    qtbot.waitUntil(lambda: window.vault_settings.lock_on_minimise, timeout=5000)
    assert window.session.call(read_vault_settings) == VaultSettings(12, True, False)
    assert window.guard.idle_ms == 12 * 60_000


def test_text_size_and_high_contrast_apply_at_once_and_are_remembered(qtbot, open_window, qapp):
    window = open_window()
    window.show_settings()  # locked: only text and colours
    page = window.stack.currentWidget()
    assert not hasattr(page, "minutes")
    base = qapp.font().pointSizeF()
    page.text_size.setCurrentIndex(page.text_size.findData(200))
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    page.contrast.setChecked(True)
    assert qapp.palette().window().color().name() == "#000000"
    qtbot.waitUntil(
        lambda: (
            saved_settings().get("text_scale") == 200
            and saved_settings().get("high_contrast") is True
        ),
        timeout=5000,
    )
    page.back_button.click()
    assert window.stack.currentWidget() is window.welcome


def test_change_passphrase(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    window.show_settings()
    page = window.workspace.current_page
    page.current.setText(PASSPHRASE)
    page.new.first.setText(NEW_PASSPHRASE)
    page.new.second.setText(NEW_PASSPHRASE)
    page.change_button.click()
    qtbot.waitUntil(lambda: page.pass_done.isVisibleTo(page), timeout=15000)
    window.lock()
    unlock(window, NEW_PASSPHRASE)


def test_change_passphrase_with_the_wrong_one_now(qtbot, open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    window.show_settings()
    page = window.workspace.current_page
    page.current.setText("wrong")
    page.new.first.setText(NEW_PASSPHRASE)
    page.new.second.setText(NEW_PASSPHRASE)
    page.change_button.click()
    qtbot.waitUntil(lambda: page.pass_error.isVisibleTo(page), timeout=15000)
    assert "does not open this vault" in page.pass_error.text()


def test_app_settings_round_trip_and_damage(private_dirs):
    assert load_app_settings() == AppSettings()  # nothing saved yet
    s = AppSettings(text_scale=175, high_contrast=True, known_vaults=("/a/b.testimony",))
    save_app_settings(s)
    assert load_app_settings() == s
    settings_path().write_text("{not json")
    assert load_app_settings() == AppSettings()  # a damaged file never blocks the app
    settings_path().write_text(json.dumps({"text_scale": 900, "known_vaults": [1, "/x"]}))
    assert load_app_settings() == AppSettings(text_scale=200, known_vaults=("/x",))
    assert list(private_dirs["config"].iterdir()) == [settings_path()]  # no temp files left


def test_discreet_settings_keep_no_paths():
    s = AppSettings(known_vaults=("/a.testimony",)).with_discreet(True)
    assert s.known_vaults == ()
    assert s.remembering("/b.testimony").known_vaults == ()


def test_vault_folder_names_are_safe():
    assert vault_folder_name("My accounts") == "My accounts.testimony"
    assert vault_folder_name("../../etc/passwd") == "etcpasswd.testimony"
    assert vault_folder_name("   ") == "My accounts.testimony"


def test_every_error_code_has_a_plain_sentence(qapp):
    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.TestimonyError)
    }
    sentences = _sentences()
    for code in codes - {"error"}:
        assert code in sentences, code
    for text in sentences.values():
        lowered = text.lower()
        for jargon in ("encrypt", "database", "kdf", "sqlite", "exception", "error code"):
            assert jargon not in lowered, text
        assert all(len(s.split()) <= 25 for s in text.split(". ")), text
    assert code_for(errors.WrongPassphrase("x", kind="recovery")) == "wrong_recovery_code"
    assert message_for(RuntimeError("/secret/path")) == sentences["unexpected"]
    assert message_for(PermissionError("x")) == sentences["folder_unwritable"]


def test_no_screen_gives_one_sentence_not_a_crash(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TESTIMONY_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from testimony.cli import main; sys.exit(main([]))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Testimony needs a screen to show its window")
    assert len(result.stderr.strip().splitlines()) == 1


def test_app_runs_and_quits(qtbot, make_vault, monkeypatch):
    """run_app shows the window on the given vault; Quick exit ends it with 0."""
    from PySide6.QtCore import QTimer

    from testimony.app import run_app

    folder = make_vault()
    seen: dict[str, str] = {}
    polls = [0]

    # The vault named at start is looked for off the GUI thread, so the unlock page comes
    # a moment after the window: poll for it (up to 30 s on a loaded machine), then leave.
    def poll() -> None:
        polls[0] += 1
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        page = type(windows[0].stack.currentWidget()).__name__ if windows else ""
        if page == "UnlockPage" or polls[0] > 600:
            seen["page"] = page
            windows[0].quick_exit()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    assert run_app(str(folder)) == 0
    assert seen["page"] == "UnlockPage"
