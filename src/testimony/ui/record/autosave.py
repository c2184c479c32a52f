"""Saving answers while someone types, without ever making them wait.

A save is queued ~1.5 s after typing stops, and at most 5 s after the first unsaved change,
so steady typing is still saved every few seconds. The GUI thread only queues the write on
the session's database thread; the result comes back through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal

from testimony.core.errors import VaultLocked
from testimony.core.forms import AnswerValue
from testimony.core.types import Status
from testimony.services.new_draft import DraftRef, save_draft
from testimony.services.session import Session
from testimony.ui.record.common import error_text, guarded
from testimony.ui.tasks import TaskRunner

IDLE_MS = 1500
MAX_WAIT_MS = 5000


class Autosaver(QObject):
    saved = Signal()  # every queued save so far has reached the vault
    failed = Signal(str)  # plain words for why the last save did not happen
    status_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        account: int | DraftRef,
        collect: Callable[[], dict[str, AnswerValue]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        # An existing account, or one made by the first save with an answer in it.
        self._ref = account if isinstance(account, DraftRef) else DraftRef(account)
        self._collect = collect
        self._dirty = False
        self._pending = 0
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._max = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._idle.timeout.connect(self.flush)
        self._max.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def pending(self) -> int:
        """Saves queued whose result has not come back yet."""
        return self._pending

    def mark_changed(self) -> None:
        self._dirty = True
        self._idle.start()  # restarts: wait for a pause in typing
        if not self._max.isActive():
            self._max.start()  # does not restart: a ceiling on how long typing goes unsaved
        self.status_changed.emit("")

    def flush(self) -> Future[None] | None:
        """Queue unsaved changes now. Returns the save, or None when nothing was unsaved."""
        if not self._dirty:
            return None
        return self.save()

    def save(self, status: Status | None = None) -> Future[None]:
        """Queue a save of every answer as it is now (with a new status if given)."""
        self._idle.stop()
        self._max.stop()
        self._dirty = False
        # The answers are collected here, on the GUI thread, into a new dict: the database
        # thread gets a snapshot that later typing cannot change underneath it.
        future: Future[None]
        try:
            future = self._session.submit_write(save_draft, self._ref, self._collect(), status)
        except RuntimeError:
            # The session has been closed for good (the app is quitting): nothing can be
            # queued any more. Say so rather than fail inside a hide or close event.
            self._dirty = True
            future = Future()
            future.set_exception(VaultLocked("session closed"))
        self._pending += 1
        self.status_changed.emit(self.tr("Saving…"))
        self._runner.watch(future, guarded(self, self._on_saved), guarded(self, self._on_failed))
        return future

    def stop(self) -> None:
        self._idle.stop()
        self._max.stop()

    def _on_saved(self, _result: object) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.status_changed.emit(self.tr("Saved") if not self._dirty else "")
            self.saved.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._pending -= 1
        # Keep the answers marked unsaved, so the next change or flush tries again.
        self._dirty = True
        message = self.tr("Not saved. %1").replace("%1", error_text(exc))
        self.status_changed.emit(message)
        self.failed.emit(message)
