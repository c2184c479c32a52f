"""Issue 12: every page fits a 1024×600 and a 1366×768 screen, at 100% and 200% text.

The window is set to the screen's size and must stay that size (a page that needs more
width pushes a window past the edge of a real screen); Quick exit, Take a break, Continue,
"Save and come back later" and each page's main button must lie wholly inside it, not
scrolled away; nothing scrolls sideways; and keyboard focus starts inside the page, never
on Lock (issue 12, item 6). All read from the widget tree. The same in Welsh (issue 17),
whose words run longer.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication, QLayout

from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.ui.window_size import first_size
from tests.ui.screen_walk import focus_outside_page, hidden_actions, sideways_scrolling, walk

SCREENS = [(1024, 600), (1366, 768)]


@pytest.mark.parametrize("scale", [100, 200], ids=["text-100", "text-200"])
@pytest.mark.parametrize("size", SCREENS, ids=["1024x600", "1366x768"])
def test_every_page_fits_the_screen(qtbot, open_window, tmp_path, size, scale):
    _every_page_fits(qtbot, open_window, tmp_path, size, scale)


@pytest.fixture
def welsh(qapp) -> Iterator[None]:
    """The app in Welsh, as app.run_app starts it with "language": "cy"; English after."""
    from testimony.app import install_translator

    root = Path(__file__).resolve().parents[2]
    subprocess.run(["bash", str(root / "packaging/make-translations.sh")], check=True)
    locale_before = QLocale()
    translators = install_translator(qapp, "cy")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setProperty("testimonyLanguage", "en")
    QLocale.setDefault(locale_before)


@pytest.mark.parametrize("scale", [100, 200], ids=["text-100", "text-200"])
@pytest.mark.parametrize("size", SCREENS, ids=["1024x600", "1366x768"])
def test_every_page_fits_the_screen_in_welsh(qtbot, open_window, tmp_path, size, scale, welsh):
    from testimony.ui.language import current_language

    assert current_language() == "cy"
    _every_page_fits(qtbot, open_window, tmp_path, size, scale, "cy")


def _every_page_fits(qtbot, open_window, tmp_path, size, scale, language="") -> None:
    width, height = size
    save_app_settings(AppSettings(text_scale=scale, language=language))
    window = open_window(save_settings=False)
    window.activateWindow()
    qtbot.waitActive(window)
    problems: list[str] = []
    seen = 0
    for page in walk(window, tmp_path, lambda cond: qtbot.waitUntil(cond, timeout=15000)):
        window.resize(width, height)
        qtbot.wait(30)
        seen += 1
        if window.width() > width or window.height() > height:
            problems.append(f"{page}: window is {window.width()}x{window.height()}")
        problems += [f"{page}: {p}" for p in hidden_actions(window)]
        problems += [f"{page}: {p}" for p in sideways_scrolling(window)]
        problems += [f"{page}: {p}" for p in focus_outside_page(window)]
    assert seen > 20
    assert problems == [], "\n".join(problems)


def test_the_first_window_fits_the_screen(open_window):
    window = open_window(save_settings=False)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()


@pytest.mark.parametrize("screen", [(1024, 600), (1366, 768), (1920, 1080)])
def test_the_first_size_leaves_room_for_a_frame(screen):
    size = first_size(QSize(*screen))
    assert size.width() <= screen[0] - 16 and size.height() <= screen[1] - 48
    assert size.width() >= min(1000, screen[0] - 16)


def test_the_check_reads_real_geometry(qtbot, open_window, tmp_path):
    """The check is not blind: a window forced narrower than a page needs is caught."""
    save_app_settings(AppSettings(text_scale=200))
    window = open_window(save_settings=False)
    steps = walk(window, tmp_path, lambda cond: qtbot.waitUntil(cond, timeout=15000))
    while next(steps) != "record-intro":
        pass
    # Let the window be smaller than its pages need, as a too-small screen would make it.
    for layout in (window.layout(), window.centralWidget().layout()):
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setMinimumSize(0, 0)
    window.resize(300, 250)
    QApplication.processEvents()
    qtbot.wait(30)
    assert hidden_actions(window)
