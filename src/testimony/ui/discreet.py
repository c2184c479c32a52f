"""Whether the app is in discreet mode, for pages that name things (files saved, say)
without a way to ask the main window. Kept on the application object."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_PROPERTY = "testimonyDiscreet"


def set_discreet(on: bool) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_PROPERTY, on)


def is_discreet() -> bool:
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(_PROPERTY))
