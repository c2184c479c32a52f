"""The app starts in Welsh when "language": "cy" is saved in app-settings.json, the way
app.run_app starts it: settings, then install_translator, then the window."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from testimony.app import install_translator
from testimony.services.app_settings import load_app_settings, settings_path
from testimony.ui.language import current_language

ROOT = Path(__file__).resolve().parents[2]


def test_app_starts_in_welsh_when_chosen(qapp, open_window, private_dirs):
    # The .qm files are build output (git-ignored); build them as setup.sh does.
    subprocess.run(["bash", str(ROOT / "packaging/make-translations.sh")], check=True, timeout=300)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"language": "cy"}))
    settings = load_app_settings()
    assert settings.language == "cy"
    locale_before = QLocale()
    translators = install_translator(qapp, settings.language)
    try:
        assert current_language() == "cy"
        window = open_window()
        assert window.stack.currentWidget() is window.welcome
        texts = [w.text() for w in window.welcome.findChildren(QLabel)]
        assert "Croeso i Testimony" in texts
        assert "Welcome to Testimony" not in texts
        assert window.exit_button.text() == "Gadael yn gyflym"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty("testimonyLanguage", "en")
        QLocale.setDefault(locale_before)


def test_unknown_language_in_settings_falls_back_to_the_system(private_dirs):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"language": "xx"}))
    assert load_app_settings().language == ""


def test_a_language_with_no_translation_shows_english_plurals(tmp_path):
    """A system in French, or in "C" as on many servers and live sticks: the words are
    English with their plural forms, never the bare source "3 account(s)". In a fresh
    process, as the app starts, so no translator from another test is installed."""
    import os
    import sys

    subprocess.run(["bash", str(ROOT / "packaging/make-translations.sh")], check=True, timeout=300)
    child = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from testimony.app import install_translator\n"
        "from testimony.ui.language import current_language\n"
        "app = QApplication([])\n"
        "install_translator(app, sys.argv[1])\n"
        "said = QCoreApplication.translate('AccountsPage', '%n account(s)', '', 3)\n"
        "print(current_language(), said)\n"
    )
    for system, chosen in (("C.UTF-8", ""), ("fr_FR.UTF-8", ""), ("C.UTF-8", "fr")):
        env = dict(os.environ, LANG=system, LC_ALL=system, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
        env["TESTIMONY_CONFIG_DIR"] = str(tmp_path)
        out = subprocess.run(
            [sys.executable, "-c", child, chosen],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        assert out.strip().splitlines()[-1] == "en 3 accounts", (system, chosen, out)
