"""Opening a vault: wrong passphrases, damage, missing files, a pulled USB stick, choosing
among several vaults, and discreet mode."""

from __future__ import annotations

import json
import os

import pytest

from testimony.services import guesses
from testimony.services.accounts import create_draft
from testimony.services.app_settings import AppSettings, save_app_settings, settings_path
from testimony.store.accounts import count_accounts
from testimony.ui.unlock import wait_units
from tests.helpers import PASSPHRASE, saved_settings


def try_passphrase(qtbot, window, text: str) -> None:
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=10000)
    page.field.setText(text)
    page.open_button.click()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=10000)


def test_wrong_passphrase_is_said_plainly(qtbot, open_window, make_vault):
    window = open_window(make_vault())
    try_passphrase(qtbot, window, "not the passphrase")
    assert window.unlock_page.error.text().startswith("That passphrase does not open this vault")
    assert window.workspace is None
    assert not window.session.is_unlocked
    assert window.unlock_page.field.text() == ""  # not left on screen


def test_repeated_failures_slow_down_with_a_visible_wait(
    qtbot, open_window, make_vault, monkeypatch: pytest.MonkeyPatch
):
    assert [wait_units(n) for n in range(1, 7)] == [0, 0, 2, 4, 8, 16]
    monkeypatch.setattr(guesses, "WAIT_UNIT_SECONDS", 0.4)
    window = open_window(make_vault())
    page = window.unlock_page
    for _ in range(2):
        try_passphrase(qtbot, window, "wrong")
        assert not page.waiting()
    try_passphrase(qtbot, window, "wrong")
    assert page.waiting()
    assert not page.open_button.isEnabled()
    assert page.wait_text.isVisibleTo(page)
    assert "try again in 1 second" in page.wait_text.text()
    page.field.setText(PASSPHRASE)
    page.submit()  # refused while waiting: no key derivation is even started
    assert not page.busy.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=5000)
    assert not page.wait_text.isVisibleTo(page)
    page.field.setText(PASSPHRASE)
    page.open_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert page.failures() == 0


def test_a_damaged_vault_is_reported_and_left_alone(qtbot, open_window, make_vault):
    """Damage to the first page stops the unlock itself."""
    folder = make_vault()
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0x01
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    window = open_window(folder)
    try_passphrase(qtbot, window, PASSPHRASE)
    assert "damaged" in window.unlock_page.error.text()
    assert "Nothing has been deleted" in window.unlock_page.error.text()
    assert db.read_bytes() == before


def test_damage_deeper_in_is_found_beside_the_list(qtbot, open_window, make_vault):
    """The full check runs after the list shows (so unlocking stays quick) and says so."""
    from testimony.services import accounts
    from testimony.services.session import Session
    from testimony.services.vault import vault_paths

    folder = make_vault()
    with Session(vault_paths(folder)) as s:
        s.unlock(PASSPHRASE).result()
        for i in range(20):
            aid = s.call_write(accounts.create_draft)
            s.call_write(accounts.save_answers, aid, {"what_happened": f"story {i} " * 300})
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 100] ^= 0x01
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    window = open_window(folder)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=10000)
    page.field.setText(PASSPHRASE)
    page.open_button.click()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert "damaged" in window.banner_text.text()
    assert window.workspace is not None  # still open: the person can read and copy
    window.lock()
    assert db.read_bytes() == before


def test_a_missing_database_file_is_said_plainly(qtbot, open_window, make_vault):
    folder = make_vault()
    window = open_window(folder)
    (folder / "vault.db").rename(folder.parent / "elsewhere.db")
    try_passphrase(qtbot, window, PASSPHRASE)
    assert "cannot reach your vault" in window.unlock_page.error.text()


def test_a_vault_from_a_newer_version_says_so(qtbot, open_window, make_vault):
    from testimony.services.session import Session
    from testimony.services.vault import vault_paths

    folder = make_vault()
    with Session(vault_paths(folder)) as s:
        s.unlock(PASSPHRASE).result()
        s.call_write(
            lambda c: c.execute(
                "INSERT INTO _migrations (id, name, applied_at) VALUES (99, 'm099_future', 'x')"
            )
        )
    window = open_window(folder)
    try_passphrase(qtbot, window, PASSPHRASE)
    assert "newer version of Testimony" in window.unlock_page.error.text()


def test_a_folder_that_is_not_a_vault_is_refused(qtbot, open_window, tmp_path):
    window = open_window(tmp_path / "nothing-here")
    assert window.stack.currentWidget() is window.chooser
    assert "cannot find a vault" in window.chooser.error.text()


def test_usb_stick_removed_while_open(qtbot, open_window, unlock, make_vault, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    folder = make_vault(parent=stick)
    window = open_window(folder, watch_ms=100)
    unlock(window)
    session = window.session
    first = session.call_write(create_draft)
    away = tmp_path / "pulled-out"
    stick.rename(away)  # the stick is pulled out
    window.workspace.new_account()
    qtbot.waitUntil(lambda: window.banner.isVisibleTo(window), timeout=5000)
    assert "cannot reach your vault" in window.banner_text.text()
    assert "USB stick" in window.banner_text.text()
    assert window.workspace is not None  # still open: nothing on screen is thrown away
    away.rename(stick)  # put back in
    qtbot.waitUntil(lambda: not window.banner.isVisibleTo(window), timeout=5000)
    second = session.call_write(create_draft)
    assert second > first
    assert session.call(count_accounts) == 2


def test_choosing_among_several_vaults(qtbot, open_window, unlock, make_vault):
    folders = [make_vault(f"person {n}", passphrase=f"{PASSPHRASE} {n}") for n in range(3)]
    save_app_settings(AppSettings(known_vaults=tuple(str(f) for f in folders)))
    window = open_window()
    chooser = window.chooser
    assert window.stack.currentWidget() is chooser
    assert chooser.list.count() == 3
    chooser.list.setCurrentRow(1)
    chooser.open_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=5000)
    assert "person 1" in window.unlock_page.title.text()
    unlock(window, f"{PASSPHRASE} 1")
    assert window.session.paths.folder == folders[1]
    assert "person 1" in window.windowTitle()


def test_forgetting_a_vault_keeps_its_files(qtbot, open_window, make_vault):
    folders = [make_vault(f"v{n}") for n in range(2)]
    save_app_settings(AppSettings(known_vaults=tuple(str(f) for f in folders)))
    window = open_window()
    window.chooser.list.setCurrentRow(0)
    window.chooser.forget_button.click()
    assert window.chooser.list.count() == 1
    assert folders[0].exists()
    wanted = [str(folders[1])]
    qtbot.waitUntil(lambda: saved_settings().get("known_vaults") == wanted, timeout=5000)


def test_opening_a_vault_from_anywhere(qtbot, open_window, make_vault, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    folder = make_vault("Visitor", parent=stick)
    window = open_window()
    window.show_chooser()
    window.chooser.open_folder(str(stick))  # the folder holding it is enough
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=5000)
    assert window.session.paths.folder == folder


def test_discreet_mode_neutral_title_and_no_paths_in_the_settings_file(
    qtbot, open_window, unlock, make_vault
):
    folder = make_vault("Private diary")
    window = open_window(folder)
    unlock(window)
    qtbot.waitUntil(lambda: saved_settings().get("known_vaults") == [str(folder)], timeout=5000)
    window.show_settings()
    settings = window.workspace.current_page
    settings.discreet.setChecked(True)
    qtbot.waitUntil(lambda: window.windowTitle() == "Notes", timeout=5000)
    assert window.title_label.text() == "Notes"
    qtbot.waitUntil(lambda: saved_settings().get("discreet") is True, timeout=5000)
    raw = settings_path().read_bytes()
    assert b"Private diary" not in raw and str(folder).encode() not in raw
    assert json.loads(raw)["discreet"] is True
    # The next start is discreet too: no list, a neutral title, no vault name.
    window.quick_exit()
    again = open_window()
    assert again.windowTitle() == "Notes"
    assert again.stack.currentWidget() is again.chooser
    assert not again.chooser.list.isVisibleTo(again.chooser)
    again.chooser.open_folder(str(folder))
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.unlock_page, timeout=5000)
    assert "Private diary" not in again.unlock_page.title.text()
    assert not again.unlock_page.where.isVisibleTo(again.unlock_page)
    raw = settings_path().read_bytes()
    assert b"Private diary" not in raw


def test_settings_file_is_private(private_dirs, make_vault):
    save_app_settings(AppSettings(known_vaults=(str(make_vault()),)))
    if os.name == "posix":
        assert settings_path().stat().st_mode & 0o077 == 0


def test_the_window_keeps_the_wait_after_a_restart(
    qtbot, open_window, make_vault, monkeypatch: pytest.MonkeyPatch
):
    """Issue 9 item 9: the count lives with the vault, not in the page."""
    monkeypatch.setattr(guesses, "WAIT_UNIT_SECONDS", 30.0)
    folder = make_vault()
    for _ in range(guesses.FREE_TRIES):
        guesses.record_failure(folder)  # wrong guesses made before the app was closed
    window = open_window(folder)
    page = window.unlock_page
    qtbot.waitUntil(page.waiting, timeout=5000)  # guesses.json is read on the runner's thread
    assert not page.open_button.isEnabled()
    assert "try again in" in page.wait_text.text()


def test_a_known_vault_that_is_not_there_says_so(qtbot, open_window, make_vault, tmp_path):
    """The chooser looks at its folders on a task thread, then says which cannot be found."""
    here = make_vault("here")
    gone = tmp_path / "stick" / "gone.testimony"  # the stick is not in
    save_app_settings(AppSettings(known_vaults=(str(here), str(gone))))
    window = open_window()
    chooser = window.chooser
    qtbot.waitUntil(lambda: "Cannot be found now" in chooser.list.item(1).text(), timeout=5000)
    assert chooser.list.item(0).text().endswith(f"in {here.parent}")
    chooser.list.setCurrentRow(1)
    chooser.open_button.click()
    qtbot.waitUntil(lambda: "cannot find a vault" in chooser.error.text(), timeout=5000)
    assert window.stack.currentWidget() is chooser


def test_the_list_fits_its_short_columns_when_it_first_shows(
    qtbot, open_window, unlock, make_vault
):
    """The first page arrives as a new list, not as added rows; the short columns (when,
    status) must still be sized to their words, not cut to "Nov…"."""
    from testimony.core.consent import Method
    from testimony.services.accounts import add_incoming, parse_incoming
    from testimony.ui.accounts.model import AccountsModel

    folder = make_vault()
    window = open_window(folder)
    unlock(window)
    sample = {"services": ["ae"], "when": "2023-11", "what_happened": "I waited."}
    items = [parse_incoming({"answers": sample, "status": "complete"})] * 3
    window.session.call_write(add_incoming, items, Method.ALONE)
    window.workspace.show_accounts()
    page = window.workspace.current_page
    page.model.reload("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    qtbot.wait(50)
    table = page.table
    for column in (AccountsModel.WHEN, AccountsModel.STATUS):
        shown = page.model.index(0, column).data()
        needed = table.fontMetrics().horizontalAdvance(shown)
        assert table.columnWidth(column) >= needed, (shown, table.columnWidth(column), needed)
