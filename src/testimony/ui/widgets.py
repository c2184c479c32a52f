"""The one widget kit every screen is built from, with one set of defaults.

- Labels are always plain text (never rich text built from data, so nothing a person typed
  can change how a screen looks or load anything) and they wrap.
- Error labels are hidden until show_error() has something to say, and then tell a screen
  reader at once.
- Buttons have an accessible name, are reachable by Tab, and Return presses them as on a web
  page; a description, when given, is said by a screen reader and shown as a tooltip.
- Radio and tick-box choices wrap and their words can be clicked; arrow keys choose radios.

ui/page.py (the scrolling page) and ui/record/common.py re-export these under the names
their callers already use. See docs/architecture.md, "Screens".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from testimony.ui.keyboard import arrows_choose

# -- words -------------------------------------------------------------------------------------


def make_label(text: str = "", role: str | None = None) -> QLabel:
    """A plain-text, wrapping label; `role` picks the theme's style (heading, error, muted…)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def body(text: str = "") -> QLabel:
    """A paragraph of our own words, wrapped."""
    return make_label(text)


def heading(text: str, size: float = 1.6) -> QLabel:
    """A heading (size 1.5 and up) or a subheading, named for screen readers."""
    label = make_label(text, "heading" if size >= 1.5 else "subheading")
    # The theme sizes headings by role; this font is the fallback before a theme applies.
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    if size >= 1.5:
        label.setObjectName("heading")
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


def literal(text: str) -> str:
    """Text for a button or tick box, shown as written: Qt would otherwise take the "&" in
    "A&E" as a keyboard shortcut marker and hide it."""
    return text.replace("&", "&&")


# -- errors ------------------------------------------------------------------------------------


def error_label() -> QLabel:
    """Where a problem is said, in the theme's error style; hidden until there is one."""
    label = make_label("", "error")
    label.setObjectName("error")
    label.setAccessibleName("")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show (or with "" hide) an error, and tell a screen reader about it at once."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    if text:
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


# -- buttons -----------------------------------------------------------------------------------


class Button(QPushButton):
    """A push button that Return and Enter press too, as on a web page; Qt's own buttons
    only do that inside dialogs."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


def button(
    text: str,
    name: str = "",
    *,
    primary: bool = False,
    warning: bool = False,
    description: str = "",
) -> QPushButton:
    """A button with an accessible name; `primary` marks the main action for the theme and
    `warning` an action to take care with (quick exit, delete)."""
    b = Button(text)
    if name:
        b.setObjectName(name)
    b.setAccessibleName(text.replace("&", ""))
    if description:
        b.setAccessibleDescription(description)
        b.setToolTip(description)
    b.setProperty("primary", primary)
    b.setProperty("warning", warning)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    b.setAutoDefault(False)
    return b


def make_button(
    text: str, description: str = "", *, primary: bool = False, warning: bool = False
) -> QPushButton:
    """button(), called with a description rather than a name (the shell pages' spelling)."""
    return button(text, primary=primary, warning=warning, description=description)


# -- choices -----------------------------------------------------------------------------------


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


def wrapping_box(box: QAbstractButton) -> QWidget:
    """`box` in an option_row made from its own words, for a tick box built elsewhere: the
    Welsh of some settings is too long for one line at 200% text."""
    return option_row(box, box.text())


def option_row(button: QAbstractButton, text: str) -> QWidget:
    """A radio or tick box with words that wrap.

    Qt's own radio and tick-box text never wraps, so a long option (or any option at large
    text sizes) would run off the window. The box keeps the name a screen reader says; the
    words sit beside it in a wrapping label that can be clicked too.
    """
    button.setText("")
    button.setAccessibleName(text)
    if isinstance(button, QRadioButton):
        arrows_choose(button)  # arrow keys choose, not only move (issue 12)
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
