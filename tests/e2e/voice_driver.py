"""Drive the real app under X with the virtual microphone (run by test_e2e_voice.py in a
child process): make a vault, open an account, press "Speak instead" on "What happened" and
record the tone being played into the microphone.

    python tests/e2e/voice_driver.py WORK --seconds 8 [--shots DIR --scale 200]
    python tests/e2e/voice_driver.py WORK --forever     # until killed (the SIGKILL test)
    python tests/e2e/voice_driver.py WORK --seconds 4 --then lock|quick-exit|problem

Prints "vault PATH" first, "recording" once the button is pressed, and "saved SECONDS" once
the recording is in the vault. Test code may spin the event loop while it waits; the app
itself never does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication, QScrollArea

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script, not by pytest

from testimony.services.accounts import create_draft
from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.services.vault import create_vault
from testimony.ui.accounts.recordings import RecordingItem
from testimony.ui.main_window import MainWindow
from testimony.ui.record.voice import VoiceRecorder
from testimony.ui.theme import apply_theme
from tests.qt_wait import wait_until

PASSPHRASE = "lamp river socks gentle"


def say(*words: object) -> None:
    print(*words, flush=True)


def spin(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    wait_until(lambda: time.monotonic() >= end, timeout=ms / 1000 + 5)


def shoot(window: MainWindow, shots: Path | None, name: str, suffix: str) -> None:
    if shots is None:
        return
    spin(300)
    image = window.screen().grabWindow(window.winId())
    path = shots / f"{name}{suffix}.png"
    if not image.save(str(path)):
        raise RuntimeError(f"could not save {path}")
    say("shot", path)


def run(args: argparse.Namespace) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    settings = AppSettings(text_scale=args.scale)
    save_app_settings(settings)
    apply_theme(app, False, args.scale)
    folder = args.work / "Voice.testimony"
    create_vault(folder, PASSPHRASE)
    say("vault", folder)
    window = MainWindow(settings)
    window.resize(1000, 760)
    window.start(folder)
    window.show()
    wait_until(lambda: window.stack.currentWidget() is window.unlock_page)
    window.unlock_page.field.setText(PASSPHRASE)
    window.unlock_page.open_button.click()
    wait_until(lambda: window.workspace is not None)
    assert window.workspace is not None and window.session is not None
    account_id = window.session.call_write(create_draft)
    window.workspace.record(account_id)
    flow = window.workspace.current_page
    wait_until(lambda: bool(flow.findChildren(VoiceRecorder)))
    recorder = next(r for r in flow.findChildren(VoiceRecorder) if r.question.id == "what_happened")
    for index in range(flow.stack.count()):
        if flow.stack.widget(index).isAncestorOf(recorder):
            flow.stack.setCurrentIndex(index)
    wait_until(recorder.isVisible)
    # The sound system lists its devices a moment after the app starts; a person takes
    # longer than that to reach the button.
    wait_until(lambda: bool(QMediaDevices.audioInputs()), timeout=30)
    recorder.speak_button.setFocus()
    recorder.speak_button.click()
    # The chosen microphone is read from the settings off the GUI thread first.
    wait_until(lambda: recorder.recording or bool(recorder.status.text()), timeout=30)
    say("recording")
    if args.forever:
        wait_until(lambda: False, timeout=10_000)
    if args.then:
        finish_early(args, window, recorder)
        return
    wait_until(lambda: recorder.seconds >= min(3.0, args.seconds), timeout=60)
    shoot(window, args.shots, "voice-recording", args.suffix)
    wait_until(lambda: recorder.seconds >= args.seconds, timeout=60)
    saved: list[int] = []
    recorder.saved.connect(saved.append)
    recorder.stop_button.click()
    wait_until(lambda: bool(saved), timeout=30)
    say("saved", f"{recorder.seconds:.2f}")
    shoot(window, args.shots, "voice-saved", args.suffix)
    if args.shots is not None:
        flow.flush()
        window.workspace.open_account(account_id)
        view = window.workspace.current_page
        wait_until(lambda: bool(view.findChildren(RecordingItem)), timeout=30)
        item = view.findChildren(RecordingItem)[0]
        item.summary.setPlainText("I told them I was scared and the police came instead.")
        item.play_button.click()
        wait_until(lambda: item._player.position >= 2.5, timeout=30)
        item._player.pause()
        item.summary.setFocus()
        view.main.findChild(QScrollArea).ensureWidgetVisible(item, 20, 20)
        shoot(window, args.shots, "voice-playback", args.suffix)
    window.quick_exit()
    window.shutdown()


def check_playback(args: argparse.Namespace, window: MainWindow, recorder: VoiceRecorder) -> None:
    """Record, then on the account's page: play, pause, seek, summarise and delete."""
    wait_until(lambda: recorder.seconds >= args.seconds, timeout=60)
    saved: list[int] = []
    recorder.saved.connect(saved.append)
    recorder.stop_button.click()
    wait_until(lambda: bool(saved), timeout=30)
    assert window.workspace is not None
    assert recorder.account_id is not None
    window.workspace.open_account(recorder.account_id)
    view = window.workspace.current_page
    wait_until(lambda: bool(view.findChildren(RecordingItem)), timeout=30)
    item = view.findChildren(RecordingItem)[0]
    player = item._player
    item.play_button.click()
    wait_until(lambda: player.position >= 1.0, timeout=30)
    say("playing", item.play_button.text())
    item.play_button.click()  # pause
    paused_at = player.position
    spin(600)
    say("paused still", abs(player.position - paused_at) < 0.05, item.play_button.text())
    item.seek(4.0)
    say("sought", f"{player.position:.2f}")
    item.play_button.click()
    wait_until(lambda: player.position >= 4.3, timeout=30)
    say("played on from", f"{player.position:.2f}")
    item.summary.setPlainText("They sent the police.")
    item.save_summary.click()
    wait_until(lambda: item.summary_note.text() != "", timeout=30)
    say("summary", item.summary_note.text())
    item.delete_button.click()
    item.yes_delete.click()
    wait_until(lambda: not view.findChildren(RecordingItem) or not item.isVisible(), timeout=30)
    say("deleted")


def finish_early(args: argparse.Namespace, window: MainWindow, recorder: VoiceRecorder) -> None:
    """Lock, quick exit, or wait for the microphone to go away, in the middle of speaking."""
    if args.then == "playback":
        check_playback(args, window, recorder)
        window.quick_exit()
    elif args.then == "problem":
        wait_until(lambda: not recorder.recording, timeout=120)
        say("problem", recorder.status.text())
        window.quick_exit()
    else:
        wait_until(lambda: recorder.seconds >= args.seconds, timeout=60)
        if args.then == "lock":
            window.lock("manual")
            say("locked", window.workspace is None and window.session is not None)
            say("unlock page", window.stack.currentWidget() is window.unlock_page)
            say("session unlocked", window.session.is_unlocked)
        else:
            window.quick_exit()
            say("window closed", not window.isVisible())
    window.shutdown()
    say("done")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("work", type=Path)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--forever", action="store_true")
    parser.add_argument("--then", choices=["lock", "quick-exit", "problem", "playback"])
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    if args.shots is not None:
        args.shots.mkdir(parents=True, exist_ok=True)
    run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
