"""Drive the real app under X (run by test_e2e_app.py in a child process) and save a
screenshot of every page, grabbed from the X server as a person would see it.

    python tests/e2e/screens.py OUT_DIR [--scale 200] [--contrast] [--suffix -200] [--language cy]

Test code may spin the event loop while it waits; the app itself never does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from testimony.app import install_translator
from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, create_draft, parse_incoming
from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.services.vault import create_vault
from testimony.ui.main_window import MainWindow
from testimony.ui.theme import apply_theme

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script, not by pytest
from tests.qt_wait import wait_until

PASSPHRASE = "lamp river socks gentle"
SAMPLE = {
    "services": ["ae", "police"],
    "when": "2023-11",
    "what_happened": "I went to A&E and waited a long time. Then the police came.",
}


def spin(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    wait_until(lambda: time.monotonic() >= end)


class Shooter:
    def __init__(self, window: MainWindow, out: Path, suffix: str) -> None:
        self.window, self.out, self.suffix = window, out, suffix
        self.saved: list[Path] = []

    def __call__(self, name: str) -> None:
        spin(250)
        screen = self.window.screen()
        image = screen.grabWindow(self.window.winId())
        path = self.out / f"{name}{self.suffix}.png"
        if not image.save(str(path)):
            raise RuntimeError(f"could not save {path}")
        self.saved.append(path)


def run(
    out: Path, scale: int, contrast: bool, suffix: str, work: Path, language: str = ""
) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # closing a dialog must not end the waits below
    settings = AppSettings(text_scale=scale, high_contrast=contrast, language=language)
    save_app_settings(settings)
    install_translator(app, language)  # as app.run_app does
    apply_theme(app, contrast, scale)
    window = MainWindow(settings)
    window.resize(1000, 760)
    window.start()
    window.show()
    wait_until(window.isVisible)
    shot = Shooter(window, out, suffix)
    shot("01-welcome")

    window.show_create()
    page = window.create_page
    page.passphrase.first.setText("lamp river")
    page.passphrase.second.setText("lamp river")
    page.create_button.click()
    shot("02-create-vault-weak-passphrase")
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.recovery.setChecked(True)
    shot("03-create-vault")
    page.create_button.click()
    wait_until(lambda: window.stack.currentWidget() is window.recovery_page)
    shot("04-recovery-code")
    window.recovery_page.confirm.setChecked(True)
    window.recovery_page.continue_button.click()
    wait_until(lambda: window.workspace is not None)  # opened at once with the new passphrase
    window.lock()
    shot("05-unlock")

    unlock_page = window.unlock_page
    unlock_page.field.setText("wrong words")
    unlock_page.open_button.click()
    wait_until(lambda: unlock_page.error.isVisible())
    shot("06-unlock-wrong-passphrase")

    session = window.session
    other = work / "Visitor.testimony"
    create_vault(other, PASSPHRASE)
    window._update_settings(window.app_settings.remembering(other))
    window.show_chooser()
    shot("07-choose-vault")
    window.open_vault(session.paths.folder)
    unlock_page.field.setText(PASSPHRASE)
    unlock_page.open_button.click()
    wait_until(lambda: window.workspace is not None)
    items = [parse_incoming(dict(answers=SAMPLE, status="complete"))] * 3
    window.session.call_write(add_incoming, items, Method.ALONE)
    window.workspace.show_accounts()
    spin(400)
    shot("08-accounts")

    account_id = window.session.call_write(create_draft)
    window.workspace.record(account_id)
    flow = window.workspace.current_page
    wait_until(lambda: getattr(flow, "_saver", None) is not None)
    shot("09-record-first-page")
    edit = flow.findChild(QPlainTextEdit, "answer_what_happened")
    for index in range(flow.stack.count()):
        if flow.stack.widget(index).isAncestorOf(edit):
            flow.stack.setCurrentIndex(index)
    edit.setPlainText("I rang the crisis line. They told me to call 999.")
    shot("10-record-question")
    flow.flush()
    window.workspace.open_account(1)
    spin(400)
    shot("11-account-view")
    window.workspace.consent(1)
    spin(400)
    shot("12-consent")
    window.show_settings()
    shot("13-settings")
    window.workspace.share()
    spin(400)
    shot("16-share")
    window.workspace.shared()
    spin(400)
    shot("17-what-i-have-shared")

    window.lock("idle")
    shot("14-locked")
    window.show_settings()
    shot("15-settings-while-locked")

    window.coalition.show_open_page()
    shot("18-coalition-open")
    opening = window.stack.currentWidget()
    opening.new_folder.setText(str(work / "Coalition.testimony"))
    opening.new_pass.setText(PASSPHRASE)
    opening.new_again.setText(PASSPHRASE)
    opening.create_button.click()
    wait_until(lambda: window.coalition.is_open)
    spin(400)
    shot("19-coalition-workspace")
    window.quick_exit()
    window.shutdown()
    return shot.saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--contrast", action="store_true")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--language", default="")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in run(args.out, args.scale, args.contrast, args.suffix, args.work, args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
