"""Issue 12, item 3, in the app: the unlock page counts wrong passphrases towards the
optional wipe, and Settings destroys a vault at once once confirmed. Real vaults."""

from __future__ import annotations

from testimony.services.vault import create_vault, vault_paths
from testimony.services.wipe import read_wipe_state, set_wipe_limit
from tests.helpers import PASSPHRASE


def test_the_unlock_page_counts_and_destroys(qtbot, open_window, tmp_path):
    paths = vault_paths(create_vault(tmp_path / "Guessed.testimony", PASSPHRASE).paths.folder)
    set_wipe_limit(paths, 3)
    window = open_window(paths.folder)
    page = window.unlock_page
    page.wait_unit_ms = 0
    for n in range(3):
        page.field.setText(f"wrong guess {n}")
        qtbot.waitUntil(page.open_button.isEnabled, timeout=10000)
        page.open_button.click()
        qtbot.waitUntil(
            lambda n=n: read_wipe_state(paths).failures == n + 1 or not paths.folder.exists(),
            timeout=15000,
        )
    qtbot.waitUntil(lambda: "destroyed" in page.error.text(), timeout=10000)
    assert not paths.folder.exists()


def test_destroy_now_from_settings(qtbot, open_window, unlock, tmp_path):
    paths = create_vault(tmp_path / "Mine.testimony", PASSPHRASE).paths
    window = open_window(paths.folder)
    unlock(window)
    window.show_settings()
    settings = window.workspace.current_page
    settings.destroy_options.now_button.click()
    box = settings.destroy_options.confirm
    destroy = next(b for b in box.buttons() if b.text() == "Destroy it")
    destroy.click()
    qtbot.waitUntil(lambda: not paths.folder.exists(), timeout=15000)
    qtbot.waitUntil(lambda: "destroyed" in window.banner_text.text(), timeout=5000)
    assert window.session is None and window.workspace is None
