"""Promises 1 and 2 across a whole GUI session: no socket is ever opened, and what a person
types never reaches the disk unscrambled (vault folder, temp, settings, cache)."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from tests.helpers import PASSPHRASE

_RECORDING = {"on": False, "events": []}


def _audit(event: str, args: tuple) -> None:
    if _RECORDING["on"] and (
        event.startswith("socket.") or event in ("urllib.Request", "http.client.connect")
    ):
        _RECORDING["events"].append(event)


sys.addaudithook(_audit)  # cannot be removed: it records only while a test switches it on


def files_under(root: Path, since: float) -> list[Path]:
    found = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
        for name in names:
            path = Path(folder, name)
            try:
                if path.is_file() and path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


def test_canary_typed_in_the_gui_never_reaches_the_disk_and_no_socket_opens(
    qtbot, open_window, private_dirs, tmp_path
):
    canary = f"CANARY{secrets.token_hex(8)}"
    patterns = [canary.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    start = time.time() - 1
    _RECORDING.update(on=True, events=[])
    try:
        window = open_window()
        window.show_create()
        page = window.create_page
        page.name.setText("Canary test")
        page.passphrase.first.setText(PASSPHRASE)
        page.passphrase.second.setText(PASSPHRASE)
        page.create_button.click()
        # The new vault opens at once with the passphrase just chosen.
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
        window.workspace.new_account()
        qtbot.waitUntil(
            lambda: getattr(window.workspace.current_page, "_saver", None) is not None,
            timeout=10000,
        )
        flow = window.workspace.current_page
        edit = flow.findChild(QPlainTextEdit, "answer_what_happened")
        with qtbot.waitSignal(flow.saved, timeout=10000):
            qtbot.keyClicks(edit, f"They said {canary} to me.")
        edit.selectAll()
        edit.copy()  # on the clipboard now: quick exit must take it off
        assert canary in QGuiApplication.clipboard().text()
        qtbot.keyClick(
            edit,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
        window.shutdown()
    finally:
        _RECORDING["on"] = False
    assert _RECORDING["events"] == []
    assert canary not in QGuiApplication.clipboard().text()
    roots = {
        tmp_path,
        private_dirs["config"],
        private_dirs["data"],
        Path(tempfile.gettempdir()),
        Path(platformdirs.user_cache_dir()),
        Path(platformdirs.user_config_dir()),
        Path(platformdirs.user_data_dir()),
    }
    scanned = 0
    leaks = []
    for root in roots:
        for path in files_under(root, start):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            scanned += 1
            if any(p in data for p in patterns):
                leaks.append(str(path))
    assert scanned > 2  # at least the vault's files and the settings file were looked at
    assert leaks == []


def test_the_canary_check_can_fail(tmp_path):
    """The scan above would see a plaintext copy if one were written."""
    canary = f"CANARY{secrets.token_hex(8)}"
    (tmp_path / "leak.txt").write_text(f"x {canary} y", encoding="utf-16")
    found = [p for p in files_under(tmp_path, 0) if canary.encode("utf-16-le") in p.read_bytes()]
    assert found


def test_the_socket_audit_can_fail():
    import socket

    _RECORDING.update(on=True, events=[])
    try:
        socket.socket().close()
    finally:
        _RECORDING["on"] = False
    assert any(e.startswith("socket.") for e in _RECORDING["events"])
