"""The desktop app: `testimony` with no command, or `testimony --vault PATH`.

Wires the layers together: app settings from the config folder, theme and translation,
then the main window. Everything slow happens later, off the GUI thread, so the window is
on screen quickly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from testimony.core.resources import resource
from testimony.hardening import harden_process
from testimony.services.app_settings import load_app_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from testimony.ui.main_window import MainWindow

SCREEN_MESSAGE = (
    "Testimony needs a screen to show its window, and none was found. "
    "Start it from your desktop, not from a text-only terminal."
)


def has_screen() -> bool:
    """On Linux and BSD, is there a display for Qt to use? Elsewhere there always is."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return bool(
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    )


def run_app(vault: str | None) -> int:
    harden_process()  # before any key exists: no core dumps, no reading our memory
    if not has_screen():
        # Qt would abort the process with a long message about platform plugins.
        print(SCREEN_MESSAGE, file=sys.stderr)
        return 2
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from testimony.ui.main_window import NEUTRAL_TITLE, MainWindow
    from testimony.ui.theme import apply_theme

    settings = load_app_settings()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("notes" if settings.discreet else "testimony")
    app.setApplicationDisplayName(NEUTRAL_TITLE if settings.discreet else "Testimony")
    app.setQuitOnLastWindowClosed(True)
    app.setDesktopFileName("org.testimony.Testimony")
    if not settings.discreet:
        # The icon names nothing, but discreet mode shows no sign of the app at all.
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(resource("icons", "testimony.svg"))))
    translators = install_translator(app, settings.language)
    apply_theme(app, settings.high_contrast, settings.text_scale)
    window = MainWindow(settings)
    window.start(Path(vault) if vault else None)
    window.show()
    _smoke_quit(app, window)
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        # Delete the window now, not whenever Python's cycle collector gets to it (its
        # signal connections hold references back to it): deleting a QWidget from the
        # collector, in the middle of other Qt work, can abort the process.
        shiboken6.delete(window)
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[arg-type]


def _smoke_quit(app: QApplication, window: MainWindow) -> None:
    """For packaging/smoke-bundle.sh and benchmarks/cold_start.py: say the window is up
    once it has first painted, then quit after a while, so a built bundle can be checked to
    open and close cleanly with no one at the screen."""
    delay = os.environ.get("TESTIMONY_SMOKE_QUIT_AFTER_MS", "")
    if not delay.isdigit():
        return
    from PySide6.QtCore import QEvent, QObject, QTimer

    from testimony.ui.language import current_language

    class FirstPaint(QObject):
        # At the first paint: what a person sees, not only what was asked to show.
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The language proves which translation loaded (testimony_cy.qm for "cy");
                # the page, which first page showed (benchmarks/cold_start.py checks it).
                page = type(window.stack.currentWidget()).__name__
                print(f"window shown in {current_language()} on {page}", flush=True)
                QTimer.singleShot(int(delay), app.quit)
            return False

    window.installEventFilter(FirstPaint(window))


def install_translator(app: object, language: str = "") -> list[object]:
    """Load the app's translation, and Qt's own for its standard dialogs, for the language
    chosen in Settings, or else the system's. English (the source language) loads
    testimony_en.qm too when it has been built: it holds the English plural forms
    ("1 minute", "2 minutes"). A language with no translation falls back to English."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from testimony.ui.language import PROPERTY

    locale = QLocale(language) if language else QLocale()
    installed: list[object] = []
    shown = "en"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resource("translations"))
    for name, folder in (("testimony", ours), ("qtbase", qt_folder)):
        translator = QTranslator(app)  # type: ignore[arg-type]
        found = translator.load(locale, name, "_", folder, ".qm")
        if not found and name == "testimony":
            # A system language we have no words for (or "C"): English, with its plurals,
            # rather than the bare source text ("3 account(s)").
            found = translator.load("testimony_en", ours)
        if found:
            app.installTranslator(translator)  # type: ignore[attr-defined]
            installed.append(translator)
            if name == "testimony":
                shown = translator.language().split("_")[0] or "en"
    if language:
        # Dates and numbers in the chosen language too, not only the words.
        QLocale.setDefault(locale)
    # The question set and consent wording follow the words on screen (ui/language.py).
    app.setProperty(PROPERTY, shown)  # type: ignore[attr-defined]
    return installed
