""" "Speak instead": record an answer from the microphone into the vault (DESIGN.md §5).

Sound comes from QtMultimedia's QAudioSource straight into memory (never QMediaRecorder,
which writes files), is cut into chunks of two seconds (core.audio.Chunker) and each chunk
goes to the database thread, which encodes it and commits it in its own transaction. A crash
loses at most the chunk being recorded; nothing of the sound is ever written in the clear.

The GUI thread only copies bytes and measures how loud they are; encoding and saving happen
on the session's database thread. Which microphone was chosen in Settings is read from the
app settings on the runner's thread when Speak is pressed (docs/architecture.md, "Threads").
"""

from __future__ import annotations

import time
from concurrent.futures import Future

from PySide6.QtCore import QIODevice, QMicrophonePermission, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QHideEvent
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QtAudio,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony.core.audio import VOICE, PcmFormat, format_elapsed, peak_level
from testimony.core.forms import Question
from testimony.services import recordings
from testimony.services.app_settings import load_app_settings
from testimony.services.new_draft import DraftRef
from testimony.services.session import Session
from testimony.ui.record.chunks import ChunkWriter
from testimony.ui.record.common import body, button, error_text, guarded
from testimony.ui.record.microphone import find_microphone
from testimony.ui.tasks import TaskRunner

HEALTH_MS = 250  # how often to look whether the microphone is still working
SILENT_DEVICE_SECONDS = 3.0  # no samples at all for this long: the microphone has gone


def _qt_format(fmt: PcmFormat) -> QAudioFormat:
    q = QAudioFormat()
    q.setSampleRate(fmt.sample_rate)
    q.setChannelCount(fmt.channels)
    q.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return q


def _format_for(device: QAudioDevice) -> PcmFormat:
    """16 kHz mono if the microphone gives it (speech needs no more), else its own rate."""
    if device.isFormatSupported(_qt_format(VOICE)):
        return VOICE
    preferred = device.preferredFormat()
    return PcmFormat(preferred.sampleRate() or 48_000, 1)


def _chosen_microphone() -> str:
    """The id of the microphone chosen in Settings ("" for the usual one); runs off the GUI
    thread."""
    return load_app_settings().microphone_id


def announce(widget: QWidget, text: str) -> None:
    """Say `text` to a screen reader now, and keep it as the widget's name."""
    widget.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class VoiceRecorder(QFrame):
    """The "Speak instead" part of a free-text question."""

    saved = Signal(int)  # a recording's id, once all of its sound is in the vault

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        account: int | DraftRef,
        question: Question,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voiceRecorder")
        self._session = session
        self._runner = runner
        self._account = account
        self.question = question
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._writer: ChunkWriter | None = None
        self._device: QAudioDevice | None = None
        self._failed = False
        self._starting = False  # Speak was pressed; the chosen microphone is being read
        self._shown_second = -1
        self._devices = QMediaDevices(self)  # says when a microphone comes or goes
        self._health = QTimer(self)
        self._health.setInterval(HEALTH_MS)
        self._health.timeout.connect(self._check_health)
        self._last_seconds = 0.0
        self._last_sound = 0.0
        self._build()

    # -- building -------------------------------------------------------------------------

    @property
    def account_id(self) -> int | None:
        """The account the recording belongs to; None until a new draft is first saved."""
        return self._account.id if isinstance(self._account, DraftRef) else self._account

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        self.speak_button = button(
            self.tr("Speak instead"),
            "speakInstead",
            description=self.tr(
                "Record your answer with the microphone. It stays on this computer."
            ),
        )
        self.speak_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.speak_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.panel = QWidget()
        panel = QHBoxLayout(self.panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(12)
        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setTextFormat(Qt.TextFormat.PlainText)
        self.elapsed.setAccessibleName(self.tr("Time recorded"))
        self.meter = QProgressBar()
        self.meter.setObjectName("level")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("How loud the microphone hears you"))
        self.meter.setMinimumWidth(120)
        self.pause_button = button(self.tr("Pause"), "pauseRecording")
        self.pause_button.setAccessibleName(self.tr("Pause recording"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = button(self.tr("Stop and save"), "stopRecording", primary=True)
        self.stop_button.setAccessibleName(self.tr("Stop recording and save it"))
        self.stop_button.clicked.connect(self.stop)
        panel.addWidget(self.elapsed)
        panel.addWidget(self.meter, 1)
        panel.addWidget(self.pause_button)
        panel.addWidget(self.stop_button)
        self.panel.hide()
        layout.addWidget(self.panel)

        self.status = body("")
        self.status.setObjectName("voiceStatus")
        self.status.hide()
        layout.addWidget(self.status)

    # -- state ----------------------------------------------------------------------------

    @property
    def recording(self) -> bool:
        return self._source is not None

    @property
    def paused(self) -> bool:
        return self._source is not None and self._source.state() == QtAudio.State.SuspendedState

    @property
    def seconds(self) -> float:
        """How much sound this recording holds (the last one's, once stopped)."""
        return self._writer.seconds if self._writer else self._last_seconds

    # -- recording ------------------------------------------------------------------------

    def start(self) -> None:
        if self.recording or self._starting:
            return
        if not self._allowed():
            self._say(
                self.tr(
                    "Testimony is not allowed to use the microphone. You can allow it in your "
                    "computer's settings, or type your answer instead."
                )
            )
            return
        # The settings file is read off the GUI thread (in order behind any save of a new
        # choice, on the same runner); a file that cannot be read means the usual microphone.
        self._starting = True
        self._runner.run(
            _chosen_microphone,
            on_done=self._start_with,
            on_error=lambda _exc: self._start_with(""),
            owner=self,
        )

    def _start_with(self, microphone_id: str) -> None:
        self._starting = False
        if self.recording or not self.isVisible() or not self._session.is_unlocked:
            return  # locked, or the person moved on to another page, while it was read
        device = find_microphone(microphone_id)
        if device is None:
            self._say(self.tr("No microphone was found. Plug one in, or type your answer instead."))
            return
        fmt = _format_for(device)
        source = QAudioSource(device, _qt_format(fmt), self)
        # A tenth of a second of sound per delivery: a lively meter, little work each time.
        source.setBufferSize(fmt.bytes_per_second // 5)
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            source.deleteLater()
            self._say(self.tr("The microphone could not be started. You can type instead."))
            return
        self._failed = False
        self._device, self._source, self._io = device, source, io
        self._writer = ChunkWriter(
            self._session, self._account, self.question.id, fmt, self._watch_save
        )
        io.readyRead.connect(self._on_sound)
        # Watched by a timer: PySide 6.11 cannot pass QAudio::State through stateChanged.
        self._last_sound = time.monotonic()
        self._health.start()
        self._devices.audioInputsChanged.connect(self._on_devices_changed)
        self._shown_second = -1
        self.elapsed.setText("0:00")
        self.meter.setValue(0)
        self.speak_button.hide()
        self.panel.show()
        self._set_pause_words(paused=False)
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._bring_into_view()
        self._say(
            self.tr("Recording. Speak when you are ready. Choose Stop when you have finished.")
        )

    def toggle_pause(self) -> None:
        source = self._source
        if source is None:
            return
        if self.paused:
            self._last_sound = time.monotonic()
            source.resume()
            self._set_pause_words(paused=False)
            self._say(self.tr("Recording again."))
        else:
            self._drain()
            source.suspend()
            self.meter.setValue(0)
            self._set_pause_words(paused=True)
            self._say(self.tr("Paused. Nothing is being recorded."))

    def stop(self) -> None:
        """Stop and save (also on lock and Quick exit, through the workspace's flush)."""
        self._finish(None)

    def _finish(self, problem: str | None) -> None:
        source, writer = self._source, self._writer
        if source is None or writer is None:
            return
        self._drain()
        self._source, self._io = None, None
        self._health.stop()
        self._devices.audioInputsChanged.disconnect(self._on_devices_changed)
        source.stop()
        source.deleteLater()
        seconds = self._last_seconds = writer.seconds
        done = writer.finish()
        self._writer = None
        started = writer.started
        if seconds <= 0:
            # Nothing was heard: keep no empty recording.
            self._runner.watch(
                self._session.submit(
                    lambda conn: recordings.delete_recording(conn, started.result())
                ),
                lambda _r: None,
                lambda _e: None,
            )
        else:
            self._runner.watch(
                done,
                guarded(self, lambda _r: self._saved(started)),
                guarded(self, self._save_failed),
            )
        self.panel.hide()
        self.speak_button.show()
        self.speak_button.setText(self.tr("Speak again"))
        self.speak_button.setAccessibleName(self.tr("Speak again"))
        # A clock reading ("0:08", as the timer showed) rather than words: no plural forms.
        kept = self.tr("You spoke for %1. It is saved.").replace("%1", format_elapsed(seconds))
        if problem:
            self._say(f"{problem} {kept}")
        elif seconds > 0:
            self._say(kept + " " + self.tr("You can listen to it on the account's page."))
        else:
            self._say(self.tr("Nothing was recorded."))
        if self.isVisible():
            self.speak_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, started: Future[int]) -> None:
        self.saved.emit(started.result())

    def _drain(self) -> None:
        io, writer = self._io, self._writer
        if io is None or writer is None:
            return
        data = bytes(io.readAll().data())
        if data:
            writer.feed(data)

    def _on_sound(self) -> None:
        io, writer = self._io, self._writer
        if io is None or writer is None:
            return
        data = bytes(io.readAll().data())
        if not data:
            return
        self._last_sound = time.monotonic()
        writer.feed(data)
        self.meter.setValue(round(peak_level(data) * 100))
        second = int(writer.seconds)
        if second != self._shown_second:  # relabel once a second, not on every delivery
            self._shown_second = second
            self.elapsed.setText(format_elapsed(second))

    def _check_health(self) -> None:
        source = self._source
        if source is None:
            return
        if source.error() != QtAudio.Error.NoError or source.state() == QtAudio.State.StoppedState:
            self._finish(self.tr("The microphone stopped working. It may have been unplugged."))
        elif not self.paused and time.monotonic() - self._last_sound > SILENT_DEVICE_SECONDS:
            # A working microphone sends samples even in a quiet room; none at all means it
            # has gone (some systems never say so).
            self._finish(
                self.tr("The microphone stopped sending sound. It may have been unplugged.")
            )

    def _on_devices_changed(self) -> None:
        device = self._device
        if device is None or self._source is None:
            return
        if all(d.id() != device.id() for d in QMediaDevices.audioInputs()):
            self._finish(self.tr("The microphone was unplugged."))

    def _watch_save(self, future: Future[None]) -> None:
        self._runner.watch(future, lambda _r: None, guarded(self, self._save_failed))

    def _save_failed(self, exc: BaseException) -> None:
        if self._failed:
            return  # one message, not one per chunk
        self._failed = True
        self._say(
            self.tr("Some of the recording could not be saved. %1").replace("%1", error_text(exc))
        )

    # -- words ----------------------------------------------------------------------------

    def _set_pause_words(self, *, paused: bool) -> None:
        if paused:
            self.pause_button.setText(self.tr("Carry on"))
            self.pause_button.setAccessibleName(self.tr("Carry on recording"))
        else:
            self.pause_button.setText(self.tr("Pause"))
            self.pause_button.setAccessibleName(self.tr("Pause recording"))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            announce(self.status, text)

    def _bring_into_view(self) -> None:
        """Scroll so Stop and the meter can be seen, even with large text."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self, 8, 8)

    @staticmethod
    def _allowed() -> bool:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return False
        status = app.checkPermission(QMicrophonePermission())
        return status != Qt.PermissionStatus.Denied

    def hideEvent(self, event: QHideEvent) -> None:
        # Moving to another page stops and saves; the window being made small does not.
        if not event.spontaneous():
            self.stop()
        super().hideEvent(event)
