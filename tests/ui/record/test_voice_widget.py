"""The "Speak instead" part of a question, without a microphone: where it appears, how it
is named for screen readers and keyboards, and what it says when there is no microphone."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from testimony.core.forms import load_form
from testimony.services.recordings import accepts_voice
from testimony.ui.record.flow import RecordFlow
from testimony.ui.record.voice import VoiceRecorder


def test_speak_instead_sits_beside_every_long_free_text_question(qtbot, session, runner, draft_id):
    flow = RecordFlow(session, runner, draft_id)
    qtbot.addWidget(flow)
    qtbot.waitUntil(lambda: bool(flow.questions), timeout=10000)
    form = load_form("crisis-account")
    wanted = {q.id for q in form.questions if accepts_voice(q)}
    assert wanted == {"what_happened", "how_affected", "would_have_helped", "anything_else"}
    recorders = flow.findChildren(VoiceRecorder)
    assert {r.question.id for r in recorders} == wanted
    for recorder in recorders:
        page = next(p for p in flow.questions if p.isAncestorOf(recorder))
        assert page.question.id == recorder.question.id
        # The typed answer stays: speaking is beside typing, not instead of it.
        assert page.findChild(QPlainTextEdit, f"answer_{page.question.id}") is not None
        assert recorder.speak_button.accessibleName() == "Speak instead"
        assert recorder.speak_button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert recorder.stop_button.accessibleName().startswith("Stop")
        assert recorder.pause_button.accessibleName() == "Pause recording"
        assert recorder.meter.accessibleName() and recorder.elapsed.accessibleName()


_NO_MIC = textwrap.dedent(
    """
    import sys
    import time
    from PySide6.QtWidgets import QApplication
    from testimony.core.forms import load_form
    from testimony.services.accounts import create_draft
    from testimony.services.recordings import recordings_for
    from testimony.services.session import Session
    from testimony.services.vault import create_vault
    from testimony.ui.record.voice import VoiceRecorder
    from testimony.ui.tasks import TaskRunner

    app = QApplication([])
    created = create_vault(sys.argv[1], "a long enough passphrase here")
    with Session(created.paths) as session:
        session.unlock("a long enough passphrase here").result()
        account = session.call_write(create_draft)
        runner = TaskRunner()
        question = load_form("crisis-account").question("what_happened")
        recorder = VoiceRecorder(session, runner, account, question)
        recorder.show()
        recorder.speak_button.click()
        # The chosen microphone is read from the settings off the GUI thread: wait for it.
        deadline = time.monotonic() + 10
        while not recorder.status.text() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print(recorder.status.text())
        print(recorder.status.accessibleName() == recorder.status.text())
        print(recorder.recording, len(session.call(recordings_for, account)))
        runner.shutdown()
    """
)


def test_no_microphone_is_said_plainly_and_nothing_is_saved(tmp_path):
    # A sound server that is not there: no microphone at all, as on a machine without one.
    env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{tmp_path / 'no-such-socket'}",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", _NO_MIC, str(tmp_path / "v.testimony")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    said, announced, state = done.stdout.strip().splitlines()[-3:]
    assert said == "No microphone was found. Plug one in, or type your answer instead."
    assert announced == "True"
    assert state == "False 0"
