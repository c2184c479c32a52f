"""Moving slow work off the GUI thread and bringing results back to it.

Work is either already a Future (the session's database thread) or a plain function run on
this runner's own background thread (key derivation for a new vault). The callback always
runs on the GUI thread, delivered by a queued signal: never a nested event loop, never
processEvents().
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs work in the background and calls back on the GUI thread."""

    _finished = Signal(object, object, object, object)  # on_done, on_error, result, error
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ui-task")
        self._in_flight = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def watch(
        self, future: Future, on_done: Callback, on_error: ErrorCallback | None = None
    ) -> None:
        """Call on_done(result) or on_error(exception) on the GUI thread when `future` ends."""
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)

        def relay(f: Future) -> None:
            error = f.exception()
            self._finished.emit(on_done, on_error, None if error else f.result(), error)

        future.add_done_callback(relay)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Run fn(*args) on the runner's background thread."""
        self.watch(self._pool.submit(fn, *args), on_done, on_error)

    def _deliver(
        self,
        on_done: Callback,
        on_error: ErrorCallback | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(False)
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            raise error

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
