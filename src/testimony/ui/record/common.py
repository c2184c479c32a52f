"""Small pieces shared by the recording, accounts and consent screens.

Text a person wrote is always shown as plain text (never rich text), so nothing they typed can
change how a screen looks or load anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)
from shiboken6 import isValid

from testimony.core.consent import Level
from testimony.core.errors import TestimonyError
from testimony.ui.keyboard import arrows_choose


def guarded(widget: QObject, fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """Wrap a task callback so it does nothing once `widget` is gone.

    A result can arrive after the screen that asked for it has closed (the app locked, or the
    person moved on); then there is nothing left to update.
    """

    def call(value: Any) -> None:
        if isValid(widget):
            fn(value)

    return call


def heading(text: str, size: float = 1.6) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    # The theme sizes headings by these names; the font set here is the fallback.
    if size >= 1.5:
        label.setObjectName("heading")
    else:
        label.setProperty("role", "subheading")
    return label


def body(text: str = "") -> QLabel:
    """A paragraph of our own words, wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label() -> QLabel:
    """Where a problem is said, in the theme's error style; empty until there is one."""
    label = body("")
    label.setObjectName("error")
    label.setProperty("role", "error")
    return label


def user_text(text: str) -> QLabel:
    """Words the person wrote: plain text, selectable, never interpreted."""
    label = body(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class Button(QPushButton):
    """A push button that Return and Enter press too, as on a web page; Qt's own buttons
    only do that inside dialogs."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


def button(text: str, name: str, *, primary: bool = False, description: str = "") -> QPushButton:
    """A push button with an accessible name; `primary` marks the main action for the theme."""
    b = Button(text)
    b.setObjectName(name)
    b.setAccessibleName(text.replace("&", ""))
    if description:
        b.setAccessibleDescription(description)
    b.setProperty("primary", primary)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    b.setAutoDefault(False)
    return b


class _OptionLabel(QLabel):
    """The words of a radio or tick box: clicking them works like clicking the box."""

    def __init__(self, text: str, target: QAbstractButton) -> None:
        super().__init__(text)
        self._target = target
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._target.isEnabled():
            self._target.setFocus(Qt.FocusReason.MouseFocusReason)
            self._target.click()
        super().mouseReleaseEvent(event)


class _FocusMirror(QObject):
    """Shows the box's keyboard focus on its words too, so the whole choice looks focused."""

    def __init__(self, button: QAbstractButton, label: QLabel) -> None:
        super().__init__(button)
        self._label = label
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # The theme styles QLabel[focused="true"] like a focused box; a property rather
            # than a colour here, so both themes (and high contrast) stay in one place.
            self._label.setProperty("focused", kind == QEvent.Type.FocusIn)
            self._label.style().unpolish(self._label)
            self._label.style().polish(self._label)
        return False


def option_row(button: QAbstractButton, text: str) -> QWidget:
    """A radio or tick box with words that wrap.

    Qt's own radio and tick-box text never wraps, so a long option (or any option at large
    text sizes) would run off the window. The box keeps the name a screen reader says; the
    words sit beside it in a wrapping label that can be clicked too.
    """
    button.setText("")
    button.setAccessibleName(text)
    if isinstance(button, QRadioButton):
        arrows_choose(button)
    label = _OptionLabel(text, button)
    _FocusMirror(button, label)
    row = QWidget()
    row.setObjectName("option")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row


def literal(text: str) -> str:
    """Text for a button or tick box, shown as written: Qt would otherwise take the "&" in
    "A&E" as a keyboard shortcut marker and hide it."""
    return text.replace("&", "&&")


def error_text(exc: BaseException) -> str:
    """One plain sentence for something that went wrong. Never a traceback."""
    code = exc.code if isinstance(exc, TestimonyError) else ""
    if code == "vault_locked":
        return QCoreApplication.translate(
            "Testimony", "Testimony is locked. Open it again to carry on."
        )
    if code == "vault_unavailable":
        return QCoreApplication.translate(
            "Testimony",
            "Testimony cannot reach your files. If they are on a USB stick, put it back in.",
        )
    if code == "vault_damaged":
        return QCoreApplication.translate(
            "Testimony", "Your files are damaged and cannot be read safely. Nothing was deleted."
        )
    if code == "unknown_form":
        return unknown_form_text()
    if isinstance(exc, KeyError):
        return QCoreApplication.translate(
            "Testimony", "This account is no longer here. It may have been deleted."
        )
    return QCoreApplication.translate("Testimony", "Something went wrong. Nothing was changed.")


def unknown_form_text() -> str:
    return QCoreApplication.translate(
        "Testimony",
        "This account was made with a newer version of Testimony. This version cannot show "
        "its questions. Nothing has been changed or deleted. Update Testimony to see it.",
    )


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
