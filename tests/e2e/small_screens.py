"""Screenshots of every page on a small screen (issue 12), grabbed from a real X server:

    python tests/e2e/small_screens.py OUT_DIR WIDTH HEIGHT SCALE WORK_DIR [LANGUAGE]

With LANGUAGE (cy), the app is in that language, as app.run_app starts it, and the files are
named small-cy-WIDTHxHEIGHT-SCALE-PAGE.png; Welsh runs longer than English, so its pages
are checked for clipped and hidden buttons on their own.

The window is set to WIDTH×HEIGHT; pages are reached by tests/ui/screen_walk.py, which the
offscreen test (tests/ui/test_small_screens.py) also uses to check them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script, not by pytest
from testimony.app import install_translator
from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.ui.main_window import MainWindow
from testimony.ui.theme import apply_theme
from tests.qt_wait import wait_until
from tests.ui.screen_walk import hidden_actions, walk


def spin(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    wait_until(lambda: time.monotonic() >= end)


def main() -> int:
    out, width, height, scale, work = (
        Path(sys.argv[1]),
        int(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
        Path(sys.argv[5]),
    )
    language = sys.argv[6] if len(sys.argv) > 6 else ""
    prefix = f"small-{language}-" if language else "small-"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    settings = AppSettings(text_scale=scale, language=language)
    save_app_settings(settings)
    install_translator(app, language)  # as app.run_app does
    from testimony.ui.language import current_language

    if language and current_language() != language:
        print(f"the {language} translation did not load (is the .qm built?)", file=sys.stderr)
        return 1
    apply_theme(app, False, scale)
    window = MainWindow(settings, save_settings=False)
    window.start()
    window.show()
    wait_until(window.isVisible)
    problems = 0
    for page in walk(window, work, lambda cond: wait_until(cond)):
        window.resize(width, height)
        spin(200)
        image = window.screen().grabWindow(window.winId())
        path = out / f"{prefix}{width}x{height}-{scale}-{page}.png"
        image.save(str(path))
        print(path)
        for problem in hidden_actions(window):
            problems += 1
            print(f"{page}: {problem}", file=sys.stderr)
        if window.width() > width:
            problems += 1
            print(f"{page}: window is {window.width()} wide", file=sys.stderr)
    window.quick_exit()
    window.shutdown()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
