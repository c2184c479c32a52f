"""A drop-in afternoon (issue 12), driven on the real app under X by test_afternoon.py:
three visitors in a row on one laptop in shared-laptop mode, each making their own vault
in their own "stick" folder, recording an account, copying a line, and handing over.

    python tests/e2e/afternoon.py SHOTS_DIR STICK_A STICK_B STICK_C

Prints one line per visitor, and fails (exit 1) if a first page or window title shows
anything of an earlier visitor, or a hand-over check is not clean.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from testimony.services.app_settings import AppSettings, load_app_settings, save_app_settings
from testimony.ui.main_window import MainWindow
from testimony.ui.theme import apply_theme

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script, not by pytest
from tests.qt_wait import wait_until

PASSPHRASES = ["lamp river socks gentle", "orbit kettle meadow thin", "crane velvet puzzle hum"]


def spin(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    wait_until(lambda: time.monotonic() >= end)


def words_on_screen(window: MainWindow) -> str:
    """Every word the window shows now: title, labels, buttons, accessible names."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if widget.isVisible():
            texts += [widget.text(), widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(texts)


def main() -> int:
    shots, *sticks = (Path(a) for a in sys.argv[1:])
    shots.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    # The advocate prepares the laptop before the first visitor: from the first page.
    save_app_settings(AppSettings())
    apply_theme(app, False, 100)
    window = MainWindow(load_app_settings())
    window.resize(1024, 600)
    window.start()
    window.show()
    wait_until(window.isVisible)
    window.welcome.shared_button.click()
    # Saved on the window's background thread (issue 11); wait_until fails if it never is.
    wait_until(lambda: load_app_settings().shared_laptop)
    earlier: list[str] = []
    for n, stick in enumerate(sticks):
        name = f"Visitor {'ABC'[n]}"
        canary = f"Canary-{'ABC'[n]}-4471 at the custody suite"
        assert window.stack.currentWidget() is window.shared_page
        seen = words_on_screen(window)
        for trace in earlier:
            if trace in seen:
                print(f"first page shows {trace!r}", file=sys.stderr)
                return 1
        shoot(window, shots, n, "01-shared-laptop-start")
        window.shared_page.new_button.click()
        page = window.visitor_page
        page._folder_chosen(str(stick))
        page.name.setText(name)
        page.passphrase.first.setText(PASSPHRASES[n])
        page.passphrase.second.setText(PASSPHRASES[n])
        shoot(window, shots, n, "02-visitor-vault")
        page.create_button.click()
        wait_until(lambda: window.workspace is not None)
        ws = window.workspace
        spin(300)
        shoot(window, shots, n, "03-visitor-accounts")
        ws.new_account()
        flow = ws.current_page
        wait_until(lambda flow=flow: getattr(flow, "_saver", None) is not None)
        assert flow.intro.helped.isChecked(), "recorded with support is not preset"
        shoot(window, shots, n, "04-visitor-before-you-start")
        edit = flow.findChild(QPlainTextEdit, "answer_what_happened")
        for index in range(flow.stack.count()):
            if flow.stack.widget(index).isAncestorOf(edit):
                flow.stack.setCurrentIndex(index)
        edit.setPlainText(canary)
        edit.setFocus()
        edit.selectAll()
        edit.copy()  # the visitor copies a line: the clipboard must not keep it
        wait_until(lambda: bool(QGuiApplication.clipboard().text()))
        flow.flush()
        spin(300)
        window.hand_over()
        wait_until(lambda: window.hand_over_page.next_button.isEnabled())
        shoot(window, shots, n, "05-hand-over")
        result = window.hand_over_page.result.text()
        if "still name" in result or "could not" in result:
            print(f"{name}: hand-over not clean:\n{result}", file=sys.stderr)
            return 1
        if QGuiApplication.clipboard().text():
            print(f"{name}: the clipboard still holds text", file=sys.stderr)
            return 1
        window.hand_over_page.next_button.click()
        earlier += [name, str(stick), stick.name, canary]
        print(f"{name} in {stick}")
    seen = words_on_screen(window)
    for trace in earlier:
        if trace in seen:
            print(f"the next first page shows {trace!r}", file=sys.stderr)
            return 1
    window.quick_exit()
    window.shutdown()
    return 0


def shoot(window: MainWindow, shots: Path, visitor: int, name: str) -> None:
    if visitor:
        return  # the first visitor's pages are the ones worth showing
    spin(250)
    image = window.screen().grabWindow(window.winId())
    image.save(str(shots / f"dropin-{name}.png"))


if __name__ == "__main__":
    sys.exit(main())
