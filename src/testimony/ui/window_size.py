"""The first window's size: comfortable on a big screen, never bigger than a small one.

Drop-in laptops are often 1366×768 or 1024×600 (issue 12). Before the window is shown its
frame (title bar, borders) cannot be measured, so room for one is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QSize

PREFERRED = QSize(1000, 760)
FRAME_ROOM = QSize(16, 48)  # a typical title bar and borders


def first_size(available: QSize) -> QSize:
    """The preferred size, shrunk to fit the screen's free area less a window frame."""
    room = available - FRAME_ROOM
    return PREFERRED.boundedTo(room.expandedTo(QSize(320, 240)))
