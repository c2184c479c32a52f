"""Waiting for a Qt app to reach a state, for scripts that drive a real window (the
end-to-end screenshot driver, the app benchmark)."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(cond: Callable[[], object], timeout: float = 15) -> None:
    """Run the event loop until cond() is true: one local event loop per wait, polled by a
    timer — never a processEvents() spin, which starves other work and (in PySide6 6.12.0)
    leaked a reference to None on every call."""
    from PySide6.QtCore import QEventLoop, QTimer

    # A local loop, not app.exec(): in Qt 6 QApplication.quit() also closes every window.
    loop = QEventLoop()
    end = time.monotonic() + timeout
    failed = []

    def poll() -> None:
        done = bool(cond())
        if not done and time.monotonic() > end:
            failed.append(True)
            done = True
        if done:
            timer.stop()  # one quit only: a second would end the next wait at once
            loop.quit()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(poll)
    while not failed and not cond():
        timer.start()
        loop.exec()
    timer.stop()
    if failed:
        raise TimeoutError("the app did not get there in time")
