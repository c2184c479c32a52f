"""How long the GUI thread is held up, measured one way for every benchmark (app_startup.py,
voice.py; docs/architecture.md, "Benchmarks").

A 1 ms timer beats on the GUI thread while something happens. Each gap between two beats
is how long the thread could not run it: a gap well over 1 ms is the GUI thread busy (or,
on a loaded machine, waiting for a core or for Python's lock).
"""

from __future__ import annotations

import time
from collections.abc import Callable


class Heartbeat:
    """start(), let the work happen (the event loop must run), stop() for the gaps in ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self._clock = QElapsedTimer()
        self._gaps: list[float] = []
        self._last = 0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = self._clock.nsecsElapsed()
        self._gaps.append((now - self._last) / 1e6)
        self._last = now

    def start(self) -> None:
        self._gaps = []
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> list[float]:
        """The gaps since start(), smallest first."""
        self._timer.stop()
        return sorted(self._gaps)


def beat_for(
    seconds: float, wait_until: Callable[[Callable[[], bool], float], None]
) -> list[float]:
    """The gaps while the event loop runs for `seconds` (wait_until spins it)."""
    heart = Heartbeat()
    heart.start()
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > end, seconds + 5)
    return heart.stop()


def summary(gaps: list[float]) -> dict[str, float]:
    """The longest gap, the 99th percentile and how many beats there were."""
    return {
        "max_ms": gaps[-1],
        "p99_ms": gaps[int(len(gaps) * 0.99)],
        "heartbeats": len(gaps),
    }
