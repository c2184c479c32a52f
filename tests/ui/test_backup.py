"""Issue 12, item 4: a backup copy from the app, when the last one was made (kept inside
the vault), and restoring a copy, which then opens. Real vaults, real files."""

from __future__ import annotations

from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.services.app_settings import settings_path
from testimony.services.backup_record import last_backup
from testimony.store.accounts import count_accounts
from tests.helpers import PASSPHRASE


def test_back_up_then_restore_and_open(qtbot, open_window, unlock, make_vault, tmp_path):
    folder = make_vault("Mine")
    window = open_window(folder)
    unlock(window)
    item = parse_incoming({"answers": {"what_happened": "Backed-up words"}})
    window.session.call_write(add_incoming, [item, item], Method.ALONE)
    window.show_settings()
    options = window.workspace.current_page.backup
    assert options.last.text() == "No backup copy made yet."
    out = tmp_path / "copies" / "backup-today.testimony-backup"
    out.parent.mkdir()
    options.save_to(out)
    qtbot.waitUntil(lambda: options.last.text().startswith("Last backup copy:"), timeout=15000)
    assert out.exists() and b"Backed-up words" not in out.read_bytes()  # still encrypted
    assert window.session.call(last_backup) is not None  # kept in the vault's settings
    assert "backup" not in settings_path().read_text()  # not in the app's settings
    options.save_to(out)  # never over an existing file (looked at on the runner's thread)
    qtbot.waitUntil(lambda: "already there" in options.error.text(), timeout=5000)

    window.lock()
    window.show_chooser()
    window.chooser.restore_button.click()
    page = window.restore_page
    assert window.stack.currentWidget() is page
    page.choose(out, tmp_path)
    page.field.setText("not the passphrase")
    page.submit()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15000)
    page.field.setText(PASSPHRASE)
    page.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert window.session.paths.folder == tmp_path / "backup-today.testimony"
    assert window.session.call(count_accounts) == 2
