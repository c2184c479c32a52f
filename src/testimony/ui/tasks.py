"""Moving slow work off the GUI thread and bringing results back to it.

Work is either already a Future (the session's database thread) or a plain function run on
this runner's own background thread (key derivation, file checks, saving settings). The
callback always runs on the GUI thread, delivered by a queued signal: never a nested event
loop, never processEvents().

A result can arrive after the page that asked for it was thrown away (the window locked,
the person moved on). Each task has an owner, the QObject its callbacks belong to (the
object of a bound method, or `owner=`); once the owner is deleted its callbacks are dropped,
so nothing touches a deleted widget. The runner is never left busy: a cancelled Future is
delivered as a CancelledError. See docs/architecture.md, "Threads".
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

T = TypeVar("T")
ErrorCallback = Callable[[BaseException], None]


def owner_of(callback: Callable[..., Any]) -> QObject | None:
    """The QObject a bound method belongs to, or None for a plain function."""
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


class TaskRunner(QObject):
    """Runs work in the background and calls back on the GUI thread."""

    _finished = Signal(object, object, object, object, object)  # task, ..., result, error
    _progress = Signal(object, object)  # Progress, args
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ui-task")
        self._in_flight = 0
        self._stops: weakref.WeakSet[threading.Event] = weakref.WeakSet()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def watch(
        self,
        future: Future[T],
        on_done: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Call on_done(result) or on_error(exception) on the GUI thread when `future` ends,
        unless the owner (by default the object of on_done's bound method) is gone by then."""
        owner = owner if owner is not None else owner_of(on_done)
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)

        def relay(f: Future[T]) -> None:
            result: T | None = None
            error: BaseException | None
            if f.cancelled():
                error = CancelledError()
            else:
                error = f.exception()
                result = None if error else f.result()
            if isValid(self):  # the window may be shutting down
                self._finished.emit(owner, on_done, on_error, result, error)

        future.add_done_callback(relay)

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run fn(*args) on the runner's background thread."""
        self.watch(self._pool.submit(fn, *args), on_done, on_error, owner=owner)

    def _deliver(
        self,
        owner: QObject | None,
        on_done: Callable[[Any], None],
        on_error: ErrorCallback | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(False)
        if owner is not None and not isValid(owner):
            return  # its page is gone: nothing left to show this on
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        elif not isinstance(error, CancelledError):
            raise error

    def stop_with(self, owner: QObject, stop: threading.Event) -> threading.Event:
        """Set `stop` when `owner` is deleted or on stop_all(), so work running for it on
        another thread stops at its next check."""
        self._stops.add(stop)
        owner.destroyed.connect(lambda *_: stop.set())
        return stop

    def stop_all(self) -> None:
        """Locking: every export or import still running stops at its next check, now, not
        once Qt gets round to deleting the pages. (The lock waits behind it on the database
        thread, so the key is wiped as soon as the work has stopped.)"""
        for stop in list(self._stops):
            stop.set()

    def _deliver_progress(self, progress: Progress, args: tuple[Any, ...]) -> None:
        progress.deliver(args)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


class Progress:
    """A callable that work on another thread uses to report progress to a page.

    Calling it from any thread is safe: the report travels on the runner's own signal (the
    runner outlives every page) and reaches `slot` on the GUI thread only while its owner is
    alive. `stopped()` tells the work that nobody is waiting for it any more.
    """

    def __init__(
        self, runner: TaskRunner, slot: Callable[..., None], owner: QObject | None = None
    ) -> None:
        self._runner = runner
        self._slot = slot
        self._owner = owner if owner is not None else owner_of(slot)
        self._stop = threading.Event()
        if self._owner is not None:
            runner.stop_with(self._owner, self._stop)

    def __call__(self, *args: Any) -> None:
        if not self._stop.is_set() and isValid(self._runner):
            self._runner._progress.emit(self, args)

    def stopped(self) -> bool:
        return self._stop.is_set()

    def deliver(self, args: tuple[Any, ...]) -> None:
        if self._owner is None or isValid(self._owner):
            self._slot(*args)
