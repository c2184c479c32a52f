"""The GUI thread does no file work of its own (docs/architecture.md, "Threads").

While a step runs, every look at a file under the test's folder made from the main thread
is recorded: Python's audit events (`open`, `os.listdir`, `os.scandir`, `os.mkdir`,
`os.remove`, …) and `os.stat`/`os.lstat`, which raise no audit event but are what
`Path.exists()` and `Path.is_dir()` call. Files elsewhere (Python importing a module, Qt's
own files) are not the app's and are left out. Each test fails if the step's file check
comes back to the GUI thread.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from testimony.services import guesses
from testimony.services.files import save_place
from testimony.store.sharing import add_recipient
from testimony.ui.export import export_steps
from testimony.ui.export.export_page import ExportPage

_recording: list[tuple[str, str]] | None = None
_under: str = ""
_hooked = False


def _note(event: str, target: Any) -> None:
    if _recording is None or threading.current_thread() is not threading.main_thread():
        return
    try:
        path = os.fsdecode(target)
    except TypeError:
        return  # a file descriptor: opened earlier, by whoever
    if os.path.abspath(path).startswith(_under):
        _recording.append((event, path))


def _audit(event: str, args: tuple[Any, ...]) -> None:
    watched = event == "open" or event.startswith(("os.", "shutil."))
    if _recording is not None and watched and args:
        _note(event, args[0])


@contextmanager
def gui_thread_files(folder: Path) -> Iterator[list[tuple[str, str]]]:
    """Record the GUI thread's looks at files under `folder` while the block runs."""
    global _recording, _under, _hooked
    if not _hooked:  # an audit hook cannot be removed: one for the whole run, idle outside
        sys.addaudithook(_audit)
        _hooked = True
    reals: dict[str, Callable[..., Any]] = {name: getattr(os, name) for name in ("stat", "lstat")}
    for name, real in reals.items():

        def watched(path: Any, *args: Any, _real: Callable[..., Any] = real, **kw: Any) -> Any:
            _note("os.stat", path)
            return _real(path, *args, **kw)

        setattr(os, name, watched)
    found: list[tuple[str, str]] = []
    _recording, _under = found, str(folder.resolve())
    try:
        yield found
    finally:
        _recording = None
        for name, real in reals.items():
            setattr(os, name, real)


def test_the_recorder_sees_a_look_at_a_file(tmp_path):
    """The check itself works: both kinds of look are caught, on the GUI thread only."""
    (tmp_path / "there.txt").write_text("x")
    with gui_thread_files(tmp_path) as seen:
        assert (tmp_path / "there.txt").exists()
        (tmp_path / "there.txt").read_text()
        other = threading.Thread(target=(tmp_path / "there.txt").exists)
        other.start()
        other.join()
    assert [event for event, _path in seen] == ["os.stat", "open"]


def test_opening_a_named_vault_looks_for_it_off_the_gui_thread(
    qtbot, open_window, make_vault, tmp_path
):
    folder = make_vault()
    guesses.record_failure(folder)  # so there is a guesses.json to read, too
    window = open_window()
    with gui_thread_files(tmp_path) as seen:
        window.start(folder)  # `testimony --vault PATH`
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=10000)
        qtbot.wait(100)  # the wait after wrong guesses, read on the runner's thread, is in
    assert seen == []


def test_the_save_dialog_finds_a_free_name_off_the_gui_thread(
    qtbot, session, runner, account, coalition, tmp_path, monkeypatch
):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / save_place(documents, export_steps.file_stem()).name).touch()
    monkeypatch.setattr(export_steps, "documents_folder", lambda: documents)
    aid = account("count", "I waited a long time.")
    session.call_write(add_recipient, "Coalition", coalition.recipient)
    page = ExportPage(session, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.choices is not None, timeout=10000)
    page.account_boxes[aid].setChecked(True)
    with gui_thread_files(documents) as seen:
        page.ask_where()
        qtbot.waitUntil(lambda: page.findChild(QFileDialog) is not None, timeout=5000)
    dialog = page.findChild(QFileDialog)
    assert Path(dialog.selectedFiles()[0]).name.endswith("-2.age")  # the first name is taken
    dialog.reject()
    assert seen == []
