"""Safety on shared and watched machines (docs/architecture.md,
"Safety on shared machines"): lock after idle, lock on minimise,
quick exit, and a clipboard that does not keep what Testimony put there.

The guard only decides *when*; the main window does the locking, so there is one way to
lock and it always does the same things in the same order.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

QUICK_EXIT_KEYS = "Ctrl+Shift+Q"
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

# Only a person's own actions count as "in use": a timer or a repaint must never keep the
# vault open.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class SafetyGuard(QObject):
    idle = Signal()  # nobody has used the app for the auto-lock time
    quick_exit = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._idle_ms = 0
        self._ours: bytes | None = None  # hash of the text Testimony last put on the clipboard
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QGuiApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)

    # -- idle -----------------------------------------------------------------------------

    def set_idle_ms(self, ms: int) -> None:
        """Start counting idle time (0 turns auto-lock off, as while the vault is locked)."""
        self._idle_ms = max(0, ms)
        if self._idle_ms:
            self._timer.start(self._idle_ms)
        else:
            self._timer.stop()

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if self._idle_ms:
                self._timer.start(self._idle_ms)
            if kind == QEvent.Type.KeyPress and _is_quick_exit(event):
                # Seen here rather than as a QShortcut: Qt blocks shortcuts of a window
                # under a modal dialog, and quick exit must work from everywhere.
                QTimer.singleShot(0, self.quick_exit.emit)
                return True
        return False

    # -- clipboard ------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        # The clipboard changed while one of our windows had focus (or the platform says we
        # own it): Testimony put it there. Another program can only copy while it, not we,
        # has focus. Only a hash is kept, never the text.
        text = QGuiApplication.clipboard().text()
        ours = QGuiApplication.clipboard().ownsClipboard() or QApplication.activeWindow()
        if ours and text:
            self._ours = _digest(text)

    def clear_clipboard_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what Testimony put there."""
        clipboard = QGuiApplication.clipboard()
        if self._ours is None or _digest(clipboard.text()) != self._ours:
            return False
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours = None
        return True


def close_dialogs(window: QWidget) -> int:
    """Close every open dialog and other top-level window except `window` itself.

    Dialogs may show account text (a confirmation quoting a title, a file picker inside the
    vault's folder), and a lock must leave nothing of the vault on screen.
    """
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
        closed += 1
    return closed


def _is_quick_exit(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Q:
        return False
    mods = event.modifiers() & _MODIFIERS
    return mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
