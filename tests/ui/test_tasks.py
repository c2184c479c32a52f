"""Background work and the window: a result or progress never reaches a widget that was
deleted, a cancelled task does not leave the runner busy, and locking while an export or an
import is running is safe (the work stops, nothing is half-written, the key is wiped)."""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError, Future
from pathlib import Path

from PySide6.QtWidgets import QLabel
from shiboken6 import delete, isValid

from testimony.services.sharing import add_recipient
from testimony.store.sharing import receipts
from testimony.ui.tasks import TaskRunner
from tests.ui.export.export_ui_helpers import STORY, add_account


class Shown(QLabel):
    """A widget whose callbacks touch Qt, as every real page's do."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[object] = []

    def on_done(self, value: object) -> None:
        self.setText(str(value))  # raises RuntimeError if the C++ widget is gone
        self.calls.append(value)

    def on_error(self, error: BaseException) -> None:
        self.setText(type(error).__name__)
        self.calls.append(error)

    def on_step(self, step: str) -> None:
        self.setText(step)
        self.calls.append(step)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, runner: TaskRunner):
    widget = Shown()
    future: Future[str] = Future()
    runner.watch(future, widget.on_done, widget.on_error)
    delete(widget)
    future.set_result("late")
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)  # delivered (and dropped)


def test_an_error_for_a_deleted_widget_is_dropped(qtbot, runner: TaskRunner):
    widget = Shown()
    future: Future[str] = Future()
    runner.watch(future, widget.on_done, widget.on_error)
    delete(widget)
    future.set_exception(ValueError("late"))
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)


def test_an_owner_guards_plain_functions_too(qtbot, runner: TaskRunner):
    widget = Shown()
    seen: list[object] = []
    future: Future[str] = Future()
    runner.watch(future, lambda v: (widget.setText(v), seen.append(v)), owner=widget)
    delete(widget)
    future.set_result("late")
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)
    assert seen == []


def test_a_live_widget_still_gets_its_result(qtbot, runner: TaskRunner):
    widget = Shown()
    runner.run(lambda: 6 * 7, on_done=widget.on_done)
    qtbot.waitUntil(lambda: widget.calls == [42], timeout=2000)
    assert widget.text() == "42"


def test_a_cancelled_task_does_not_leave_the_runner_busy(qtbot, runner: TaskRunner):
    widget = Shown()
    future: Future[str] = Future()
    runner.watch(future, widget.on_done, widget.on_error)
    assert runner.busy
    assert future.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)
    assert len(widget.calls) == 1 and isinstance(widget.calls[0], CancelledError)


def test_a_cancelled_task_with_no_error_callback_is_quiet(qtbot, runner: TaskRunner):
    future: Future[str] = Future()
    runner.watch(future, lambda _v: None)
    future.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)


def test_progress_from_a_worker_reaches_a_live_widget(qtbot, runner: TaskRunner):
    from testimony.ui.tasks import Progress

    widget = Shown()
    progress = Progress(runner, widget.on_step)
    worker = threading.Thread(target=progress, args=("seal",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: widget.calls == ["seal"], timeout=2000)


def test_progress_after_the_widget_is_deleted_is_dropped(qtbot, runner: TaskRunner):
    from testimony.ui.tasks import Progress

    widget = Shown()
    progress = Progress(runner, widget.on_step)
    delete(widget)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            progress("seal")
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.wait(50)
    assert errors == []
    assert progress.stopped()  # the work can see nobody is waiting for it


# -- locking while work runs --------------------------------------------------------------


def test_locking_during_an_export_stops_it_and_wipes_the_key(
    qtbot, open_window, unlock, make_vault, tmp_path: Path
):
    from testimony.crypto.age import new_identity
    from testimony.ui.export.export_page import ExportPage

    window = open_window(make_vault())
    unlock(window)
    session = window.session
    aid = add_account(session, "count", STORY)
    session.call_write(add_recipient, "Coalition", new_identity().recipient)
    window.workspace.share()
    page = window.workspace.current_page
    assert isinstance(page, ExportPage)
    qtbot.waitUntil(lambda: page.choices is not None, timeout=10000)
    page.account_boxes[aid].setChecked(True)
    gate = threading.Event()
    session.submit(lambda _conn: gate.wait(10))  # hold the database thread
    out = tmp_path / "exports"
    out.mkdir()
    page.save_to(str(out / "testimony-export.age"))
    window.lock()
    gate.set()
    qtbot.waitUntil(lambda: session._conn is None and session._key is None, timeout=15000)
    qtbot.waitUntil(lambda: not isValid(page), timeout=5000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    assert list(out.iterdir()) == []  # stopped: no file, so no receipt either
    unlock(window)
    assert session.call(receipts) == []


def test_locking_during_an_import_stops_it_and_frees_the_page(qtbot, tmp_path: Path, runner):
    from testimony.ui.coalition.import_page import ImportPage
    from tests import coalition_bundles as cb

    session, recipient = cb.make_workspace(tmp_path / "coalition.testimony")
    try:
        paths = [
            cb.write(tmp_path / f"b{i}.age", cb.bundle(cb.many(5, seed=i)), recipient)
            for i in range(4)
        ]
        page = ImportPage(session, runner)
        qtbot.addWidget(page)
        gate = threading.Event()
        session.submit(lambda _conn: gate.wait(10))
        page.start(paths)
        assert page.busy
        delete(page)  # what locking the workspace does to its pages
        session.lock()
        gate.set()
        qtbot.waitUntil(lambda: not runner.busy, timeout=15000)
        qtbot.waitUntil(lambda: session._conn is None, timeout=5000)
    finally:
        session.close()


class Recording(TaskRunner):
    """A real runner that keeps the Futures it watches, so a test can cancel one."""

    def __init__(self) -> None:
        super().__init__()
        self.futures: list[Future] = []

    def watch(self, future, *args, **kwargs) -> None:
        self.futures.append(future)
        super().watch(future, *args, **kwargs)


def test_an_import_whose_task_is_cancelled_frees_the_page(qtbot, tmp_path: Path):
    """A cancelled import task must not leave the page busy (it would refuse every later
    import); the page says it stopped."""
    from testimony.ui.coalition.import_page import ImportPage
    from tests import coalition_bundles as cb

    session, recipient = cb.make_workspace(tmp_path / "coalition.testimony")
    runner = Recording()
    try:
        path = cb.write(tmp_path / "b.age", cb.bundle(cb.many(5, seed=1)), recipient)
        page = ImportPage(session, runner)
        qtbot.addWidget(page)
        gate = threading.Event()
        session.submit(lambda _conn: gate.wait(10))  # the import waits in the queue
        page.start([path])
        assert page.busy
        assert runner.futures[-1].cancel()
        qtbot.waitUntil(lambda: not page.busy, timeout=5000)
        assert page.choose_button.isEnabled()
        assert page.error.text() == "Stopped. Nothing was changed."
        gate.set()
    finally:
        runner.shutdown()
        session.close()
