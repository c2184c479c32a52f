"""The language the app is showing, for the words that come from data files rather than
tr(): the question set and the consent wording (core/form_translation.py, core/consent.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PROPERTY = "testimonyLanguage"  # set by app.install_translator


def current_language() -> str:
    """ "cy" when the Welsh translation is loaded, else "en" (the source language)."""
    app = QCoreApplication.instance()
    value = app.property(PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else "en"
