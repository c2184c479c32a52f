"""A draft survives the process being killed: what was reported saved is in the vault, and
it is not in any file in the clear."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

from testimony.services.accounts import save_answers
from testimony.store.accounts import get_account
from tests.ui.record.record_helpers import PASSPHRASE, open_second, vault_bytes

# The child opens the vault, shows the flow offscreen, types with QTest, prints SAVED when
# the autosave reports back, then carries on running until it is killed. The passphrase and
# the text come on stdin, never on the command line where other users could see them.
CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TESTIMONY_KDF_SECONDS"] = "0"
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.ui.record.flow import RecordFlow
from testimony.ui.tasks import TaskRunner

app = QApplication([])
passphrase = sys.stdin.readline().rstrip("\n")
text = sys.stdin.readline().rstrip("\n")
session = Session(vault_paths(sys.argv[1]))
session.unlock(passphrase).result()
runner = TaskRunner()
flow = RecordFlow(session, runner, int(sys.argv[2]))
flow.resize(800, 600)
flow.show()
flow.saved.connect(lambda: print("SAVED", flush=True))

def step():
    page = flow.current_page
    if page is flow.stack.widget(0):
        QTimer.singleShot(20, step)  # still opening the account
    elif page is flow.note:
        flow.note.continue_button.click()
        QTimer.singleShot(0, step)
    else:
        QTest.keyClicks(page.editor.edit, text)

QTimer.singleShot(0, step)
app.exec()
"""

CANARY = "Kestrel-canary-7731 was the officer who said it"


def test_draft_survives_kill_9(session, draft_id, vault_path):
    # One earlier answer, so the flow resumes at "What happened?" (after its content note).
    session.call_write(save_answers, draft_id, {"area": "wales"})
    session.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TESTIMONY_KDF_SECONDS="0")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_path), str(draft_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        child.stdin.write(f"{PASSPHRASE}\n{CANARY}\n")
        child.stdin.flush()
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(child.stdout.readline()))
        reader.start()
        reader.join(timeout=30)
        assert line and line[0].strip() == "SAVED", "the child never reported a save"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    assert CANARY.encode() not in vault_bytes(vault_path)
    other = open_second(vault_path)
    try:
        account = other.call(get_account, draft_id)
        assert account.answers == {"area": "wales", "what_happened": CANARY}
    finally:
        other.close()
