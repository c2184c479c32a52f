"""Issue 9 item 3 in the window: changing the passphrase re-keys the vault off the GUI
thread, shows progress, and can show a new recovery code once."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from testimony.services.vault import unwrap_key, vault_paths
from tests.helpers import PASSPHRASE

NEW = "orbit lantern pebble thistle"


def test_change_shows_progress_and_a_new_recovery_code(qtbot, open_window, unlock, make_vault):
    folder = make_vault()
    window = open_window(folder)
    unlock(window)
    window.show_settings()
    page = window.workspace.current_page
    seen: list[int] = []
    page.pass_progress.valueChanged.connect(seen.append)
    page.current.setText(PASSPHRASE)
    page.new.first.setText(NEW)
    page.new.second.setText(NEW)
    page.new_code.setChecked(True)
    page.change_button.click()
    assert page.pass_progress.isVisibleTo(page)  # at once, before the work is done
    assert not page.change_button.isEnabled()
    qtbot.waitUntil(lambda: page.pass_done.isVisibleTo(page), timeout=30000)
    assert seen and seen[-1] == 100
    assert not page.pass_progress.isVisibleTo(page)
    code = page.code_text.text()
    assert page.code_text.isVisibleTo(page) and len(code) == 34
    assert "shown only this once" in page.pass_done.text()
    qtbot.wait(100)  # the page scrolls the code into view on the next turn
    _shot(page, "settings-new-recovery-code")
    # The new code opens the vault; the session carries on meanwhile.
    unwrap_key(vault_paths(folder), recovery_code=code).wipe()
    assert window.session.is_unlocked
    window.lock()
    unlock(window, NEW)


def test_progress_bar_is_named_for_screen_readers(open_window, unlock, make_vault):
    window = open_window(make_vault())
    unlock(window)
    window.show_settings()
    page = window.workspace.current_page
    bar = page.findChild(QProgressBar)
    assert bar is page.pass_progress and bar.accessibleName() == "Changing your passphrase"
    assert page.new_code.accessibleName() == "Also make a new recovery code"
    assert page.code_text.accessibleName() == "Your new recovery code"


def _shot(widget, name: str) -> None:
    """A picture for reviewers, when asked for (TESTIMONY_SHOTS=folder)."""
    folder = os.environ.get("TESTIMONY_SHOTS")
    if folder:
        widget.window().grab().save(str(Path(folder) / f"{name}.png"))
