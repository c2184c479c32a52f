"""Small pieces shared by the recording, accounts and consent screens.

Text a person wrote is always shown as plain text (never rich text), so nothing they typed can
change how a screen looks or load anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from shiboken6 import isValid

from testimony.core.consent import Level
from testimony.ui.messages import message_for, message_for_code

# The widget kit lives in ui/widgets.py; these names are re-exported for the screens that
# import them from here.
from testimony.ui.widgets import (
    Button,
    body,
    bold,
    button,
    error_label,
    heading,
    literal,
    option_row,
    show_error,
    user_text,
)

__all__ = [
    "Button",
    "body",
    "bold",
    "button",
    "error_label",
    "error_text",
    "format_answer_date",
    "format_stamp",
    "guarded",
    "heading",
    "level_short",
    "literal",
    "option_row",
    "show_error",
    "unknown_form_text",
    "user_text",
]


def guarded(widget: QObject, fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """Wrap a task callback so it does nothing once `widget` is gone.

    A result can arrive after the screen that asked for it has closed (the app locked, or the
    person moved on); then there is nothing left to update.
    """

    def call(value: Any) -> None:
        if isValid(widget):
            fn(value)

    return call


def error_text(exc: BaseException) -> str:
    """One plain sentence for something that went wrong, from the app's one table."""
    return message_for(exc)


def unknown_form_text() -> str:
    return message_for_code("unknown_form")


def format_answer_date(value: str) -> str:
    """'2024-03' as 'March 2024'; '2024-03-05' as '5 March 2024'."""
    parts = value.split("-")
    try:
        year, month = int(parts[0]), int(parts[1])
        day = int(parts[2]) if len(parts) > 2 else None
    except (ValueError, IndexError):
        return value
    locale = QLocale()
    month_name = locale.monthName(month, QLocale.FormatType.LongFormat)
    if day is None:
        return f"{month_name} {year}"
    return f"{day} {month_name} {year}"


def format_stamp(stamp: str, *, with_time: bool = True) -> str:
    """A stored UTC time ('2025-03-03T14:02:00Z') in local time, as '3 March 2025, 14:02'."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return stamp
    local = moment.astimezone()
    date = QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")
    return f"{date}, {local:%H:%M}" if with_time else date


def level_short(level: Level) -> str:
    """A consent level in a few words, for lists."""
    return {
        Level.PRIVATE: QCoreApplication.translate("Testimony", "Private"),
        Level.COUNT: QCoreApplication.translate("Testimony", "Counted only"),
        Level.WORDS: QCoreApplication.translate("Testimony", "Words shared"),
        Level.QUOTE: QCoreApplication.translate("Testimony", "May be quoted"),
    }[level]
