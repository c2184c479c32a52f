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

from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from testimony.core.forms import load_form
from testimony.services import guesses
from testimony.services.accounts import create_draft
from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.services.files import save_place
from testimony.store.sharing import add_recipient
from testimony.ui.drives import EXTRA_ENV
from testimony.ui.export import export_steps
from testimony.ui.export.export_page import ExportPage
from testimony.ui.record.voice import VoiceRecorder

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


# -- the removable-drive checks (ui/drives.py) and the chosen microphone ----------------------


def _words(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_unlocking_asks_off_the_gui_thread_whether_the_vault_is_on_a_stick(
    qtbot, open_window, make_vault, unlock, tmp_path
):
    """The accounts page, the record flow's intro and the hand-over say where the vault is;
    the look at its drive is made once, on the runner's thread, before they show."""
    folder = make_vault()
    window = open_window()
    window.set_shared_laptop(True)  # so the hand-over can be tried too
    window.open_vault(folder)  # as the chooser does, once it has looked (off this thread)
    with gui_thread_files(tmp_path) as seen:
        unlock(window)
        workspace = window.workspace
        qtbot.waitUntil(lambda: workspace.accounts.empty.isVisible(), timeout=10000)
        assert "It stays on this computer" in _words(workspace.accounts.empty)
        workspace.new_account()
        flow = workspace.current_page
        qtbot.waitUntil(lambda: getattr(flow, "intro", None) is not None, timeout=10000)
        assert "on this computer" in _words(flow.intro)
        window.hand_over()
        assert "Your vault is on this laptop" in window.hand_over_page.where.text()
        assert not window.hand_over_page.stick.isVisibleTo(window.hand_over_page)
    assert seen == []


def test_a_vault_on_a_stick_is_said_to_be_on_it_from_the_first_moment(
    qtbot, open_window, make_vault, unlock, tmp_path, monkeypatch
):
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setenv(EXTRA_ENV, str(stick))
    folder = make_vault(parent=stick)
    window = open_window()
    window.set_shared_laptop(True)
    window.open_vault(folder)
    unlock(window)
    workspace = window.workspace
    # Built with the answer in hand: no "on this computer" first, taken back a moment later.
    words = " ".join(label.text() for label in workspace.accounts.empty.findChildren(QLabel))
    assert "It stays on your USB stick" in words and "this computer" not in words
    workspace.new_account()
    flow = workspace.current_page
    qtbot.waitUntil(lambda: getattr(flow, "intro", None) is not None, timeout=10000)
    words = " ".join(label.text() for label in flow.intro.findChildren(QLabel))
    assert "on your USB stick" in words and "this computer" not in words
    window.hand_over()
    assert window.hand_over_page.where.text() == (
        "Your vault is on your USB stick. Take it with you."
    )
    assert window.hand_over_page.stick.isVisibleTo(window.hand_over_page)


def test_the_visitor_page_lists_sticks_off_the_gui_thread(
    qtbot, open_window, tmp_path, monkeypatch
):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setenv(EXTRA_ENV, str(stick))
    window = open_window()
    window.set_shared_laptop(True)
    with gui_thread_files(tmp_path) as seen:
        window.show_visitor_create()
        page = window.visitor_page
        # Until the list comes nothing is chosen and nothing said: no wrong place first.
        assert page._group.checkedButton() is None and page.place_text.text() == ""
        qtbot.waitUntil(lambda: bool(page._drives), timeout=5000)
        radio, drive = page._drives[0]
        assert radio.isChecked() and drive.root == stick
        assert page.place_text.text() == "It will be kept on your USB stick."
        page.refresh_button.click()  # "Look for USB sticks again"
        qtbot.waitUntil(lambda: page._drives[0][0] is not radio, timeout=5000)
        assert page._drives[0][0].isChecked()
    assert seen == []


def test_a_folder_the_visitor_chooses_is_looked_at_off_the_gui_thread(
    qtbot, open_window, tmp_path, monkeypatch
):
    stick = tmp_path / "media" / "SANDISK"
    own = tmp_path / "mine"
    for folder in (stick, own):
        folder.mkdir(parents=True)
    monkeypatch.setenv(EXTRA_ENV, str(stick))
    window = open_window()
    window.set_shared_laptop(True)
    window.show_visitor_create()
    page = window.visitor_page
    with gui_thread_files(tmp_path) as seen:
        page._folder_chosen(str(own))  # as the folder dialog does, before the list came
        assert page.elsewhere.isChecked()
        qtbot.waitUntil(lambda: bool(page._drives), timeout=5000)
        assert page.elsewhere.isChecked()  # the list does not undo what the person chose
        qtbot.waitUntil(lambda: page.place_text.text() != "", timeout=5000)
        assert page.place_text.text() == f"It will be kept on this laptop, in: {own}"
        page._folder_chosen(str(stick / "vaults"))
        qtbot.waitUntil(
            lambda: page.place_text.text() == "It will be kept on your USB stick.", timeout=5000
        )
    assert seen == []


def test_speak_reads_the_chosen_microphone_off_the_gui_thread(qtbot, session, runner, private_dirs):
    save_app_settings(AppSettings().with_microphone("no-such-microphone", "Gone"))
    question = load_form("crisis-account").question("what_happened")
    recorder = VoiceRecorder(session, runner, session.call_write(create_draft), question)
    qtbot.addWidget(recorder)
    recorder.show()
    with gui_thread_files(private_dirs["config"]) as seen:
        recorder.speak_button.click()
        # Whatever this machine has: recording, no microphone, or one that will not start.
        qtbot.waitUntil(lambda: recorder.status.text() != "", timeout=5000)
    recorder.stop()
    assert recorder.status.accessibleName() == recorder.status.text()
    assert seen == []


def test_speak_pressed_and_left_starts_nothing(qtbot, session, runner):
    """The answer comes after the person has moved on: no recording on a hidden page."""
    question = load_form("crisis-account").question("what_happened")
    recorder = VoiceRecorder(session, runner, session.call_write(create_draft), question)
    qtbot.addWidget(recorder)
    recorder.show()
    recorder.speak_button.click()
    recorder.hide()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert not recorder.recording and recorder.status.text() == ""
    recorder.show()
    recorder.speak_button.click()  # and Speak works again: nothing was left half-started
    qtbot.waitUntil(lambda: recorder.status.text() != "", timeout=5000)
    recorder.stop()
