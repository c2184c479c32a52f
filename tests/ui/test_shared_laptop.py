"""Issue 12, items 1-2: shared-laptop and discreet mode before any vault is open, the
visitor's vault page, and the hand-over check."""

from __future__ import annotations

import os
import time

from PySide6.QtWidgets import QLabel

from testimony.services.app_settings import AppSettings
from testimony.services.hand_over import Place, check_nothing_left
from testimony.ui.drives import EXTRA_ENV
from testimony.ui.export.export_steps import file_stem
from testimony.ui.main_window import NEUTRAL_TITLE
from tests.helpers import PASSPHRASE, saved_settings


def test_shared_laptop_mode_from_the_first_page(qtbot, open_window, make_vault, unlock):
    window = open_window()
    assert window.stack.currentWidget() is window.welcome
    window.welcome.shared_button.click()
    assert window.stack.currentWidget() is window.shared_page
    # Settings are saved off the GUI thread (issue 11).
    qtbot.waitUntil(lambda: saved_settings().get("shared_laptop") is True, timeout=5000)
    folder = make_vault("Visitor A")
    window.open_vault(folder)
    words = " ".join(w.text() for w in window.unlock_page.findChildren(QLabel) if w.isVisible())
    assert "Visitor A" not in words and str(folder.parent) not in words
    unlock(window)
    assert "Visitor A" not in window.windowTitle()
    qtbot.wait(200)  # any save the unlock started has landed
    assert saved_settings()["known_vaults"] == []  # remembers none
    assert window.hand_over_button.isVisible()


def test_discreet_mode_before_a_vault_is_open_stays_on(qtbot, open_window, make_vault, unlock):
    window = open_window()
    window.show_settings()
    settings = window.stack.currentWidget()
    settings.laptop.discreet.setChecked(True)
    assert window.app_settings.discreet and window.windowTitle() == NEUTRAL_TITLE
    assert window.title_label.text() == NEUTRAL_TITLE  # on screen, not only in the title
    assert file_stem().startswith("notes-")  # a neutral file name
    window.open_vault(make_vault())
    unlock(window)  # this vault's own setting is "not discreet"
    assert window.app_settings.discreet and window.windowTitle() == NEUTRAL_TITLE
    window._update_settings(window.app_settings.with_discreet(False))  # for later tests
    assert file_stem().startswith("testimony-export-")


def test_the_visitor_page_lists_sticks_first_and_says_where(
    qtbot, open_window, tmp_path, monkeypatch
):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setenv(EXTRA_ENV, str(stick))
    window = open_window()
    window.set_shared_laptop(True)
    window.show_visitor_create()
    page = window.visitor_page
    qtbot.waitUntil(lambda: bool(page._drives), timeout=5000)  # listed off the GUI thread
    radio, drive = page._drives[0]
    assert radio.isChecked() and drive.root == stick
    assert page.place_text.text() == "It will be kept on your USB stick."
    page.here.setChecked(True)
    assert "on this laptop" in page.place_text.text()
    radio.setChecked(True)
    page.name.setText("Visitor B")
    assert page.target() == stick / "Visitor B.testimony"
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert (stick / "Visitor B.testimony" / "header.json").exists()


def test_the_hand_over_check_finds_what_was_left(tmp_path, private_dirs):
    vault = tmp_path / "media" / "STICK" / "Visitor C.testimony"
    vault.mkdir(parents=True)
    (vault / "inside.txt").write_text(str(vault))  # inside the vault: fine
    temp = tmp_path / "temp"
    temp.mkdir()
    old = temp / "old.txt"
    old.write_text("Visitor C")
    past = time.time() - 3600
    os.utime(old, (past, past))  # from before the session: not this visitor's doing
    places = [Place(private_dirs["config"]), Place(temp, since=time.time() - 60)]
    clean = check_nothing_left(vault, AppSettings(), places)
    assert clean.clean
    left = temp / "draft-copy.txt"
    left.write_text(f"saved from {vault}")
    dirty = check_nothing_left(vault, AppSettings(known_vaults=(str(vault),)), places)
    assert not dirty.settings_clean and dirty.leftovers == (left,)
