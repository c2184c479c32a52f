"""Arrow keys that choose, as radio groups do on the web and in most desktop toolkits.

Qt moves focus between the radios of an exclusive group with the arrow keys, but only
chooses the next one if the radio being left was already chosen; from a question with no
answer yet the arrows move the focus and leave it "Not answered" without a word (issue 12).
Here an arrow key moves to the previous or next radio of the same group, wrapping round,
and chooses it (WAI-ARIA's radio group pattern).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QRadioButton, QWidget

_MAX_CHAIN = 10_000  # a window's focus chain is a ring; never go round for ever
_BACK = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_ON = (Qt.Key.Key_Down, Qt.Key.Key_Right)


class _ArrowsChoose(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QRadioButton)
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        step = -1 if event.key() in _BACK else 1 if event.key() in _ON else 0
        target = _neighbour(watched, step) if step else None
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.click()
        return True


def _neighbour(radio: QRadioButton, step: int) -> QAbstractButton | None:
    group = radio.group()
    if group is None or not group.exclusive():
        return None
    usable = [b for b in group.buttons() if b.isEnabled() and b.isVisible()]
    if radio not in usable or len(usable) < 2:
        return None
    return usable[(usable.index(radio) + step) % len(usable)]


_FILTER = _ArrowsChoose()


def arrows_choose(*radios: QRadioButton) -> None:
    """Make the arrow keys choose among `radios`' groups (call once the radios are grouped
    or before: the group is looked up at each key press)."""
    for radio in radios:
        radio.installEventFilter(_FILTER)


def focus_first_in(page: QWidget) -> bool:
    """Give keyboard focus to the first control inside `page` that Tab would reach.

    QWidget.focusNextChild() moves on from wherever focus is now, which after a page
    change can be the window's top bar: then Enter pressed Lock (issue 12). This goes round
    the window's focus chain once from the page and takes the first control inside it.
    """
    widget: QWidget | None = page.nextInFocusChain()
    for _ in range(_MAX_CHAIN):
        if widget is None or widget is page:
            return False
        if (
            page.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(page)
            and widget.isEnabled()
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
