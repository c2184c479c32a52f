"""Playing a recording from memory: chunks are decoded on the database thread a few at a
time and pushed to a QAudioSink, so a recording of an hour starts at once and never sits
whole in memory, and nothing is written to a file to play it (DESIGN.md §5).
"""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from testimony.services.recordings import PlaybackIndex, decoded_chunks
from testimony.services.session import Session
from testimony.ui.record.common import guarded
from testimony.ui.tasks import TaskRunner

AHEAD = 2  # chunks decoded ahead of the one playing: a few seconds, never the whole thing
FEED_MS = 20


class StreamPlayer(QObject):
    position_changed = Signal(float)  # seconds from the start
    playing_changed = Signal(bool)
    finished = Signal()
    failed = Signal(object)  # an exception, or None when there is no speaker

    def __init__(self, session: Session, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._index: PlaybackIndex | None = None
        self._sink: QAudioSink | None = None
        self._out: QIODevice | None = None
        self._queue: list[bytes] = []  # decoded sound waiting for the speaker
        self._next = 0  # position in the index of the next chunk to ask for
        self._asked = 0  # chunks asked for and not yet arrived
        self._start_frame = 0  # where the sink's clock started
        self._generation = 0  # bumped on every seek, so late chunks from before are dropped
        self._trim = 0  # bytes to drop from the first chunk after a seek into its middle
        self._starting = False  # asked to play; the speaker opens with the first sound
        self._device: QAudioDevice | None = None
        self._feed = QTimer(self)
        self._feed.setInterval(FEED_MS)
        self._feed.timeout.connect(self._pump)

    # -- what is loaded -------------------------------------------------------------------

    def load(self, index: PlaybackIndex) -> None:
        self.stop()
        self._index = index

    @property
    def index(self) -> PlaybackIndex | None:
        return self._index

    @property
    def duration(self) -> float:
        return self._index.recording.format.seconds(self._index.frames) if self._index else 0.0

    @property
    def playing(self) -> bool:
        if self._starting:
            return True
        return self._sink is not None and self._sink.state() != QtAudio.State.SuspendedState

    @property
    def position(self) -> float:
        if self._index is None:
            return 0.0
        fmt = self._index.recording.format
        played = 0
        if self._sink is not None:
            played = int(self._sink.processedUSecs() * fmt.sample_rate / 1_000_000)
        return fmt.seconds(min(self._index.frames, self._start_frame + played))

    # -- controls -------------------------------------------------------------------------

    def play(self) -> None:
        if self._index is None or not self._index.chunks or self._starting:
            return
        if self._sink is not None:
            self._sink.resume()
            self._feed.start()
            self.playing_changed.emit(True)
            return
        self._open_at(self._start_frame)

    def pause(self) -> None:
        if self._starting:  # nothing heard yet: simply do not start
            self._close_sink()
            self.playing_changed.emit(False)
            return
        if self._sink is not None and self.playing:
            self._sink.suspend()
            self._feed.stop()
            self.playing_changed.emit(False)

    def seek(self, seconds: float) -> None:
        """Go to `seconds`; keeps playing if it was playing."""
        if self._index is None:
            return
        fmt = self._index.recording.format
        frame = max(0, min(self._index.frames, round(seconds * fmt.sample_rate)))
        was_playing = self.playing
        self._close_sink()
        self._start_frame = frame
        self.position_changed.emit(fmt.seconds(frame))
        if was_playing:
            self._open_at(frame)

    def stop(self) -> None:
        self._close_sink()
        self._start_frame = 0
        self.playing_changed.emit(False)

    # -- feeding the speaker --------------------------------------------------------------

    def _open_at(self, frame: int) -> None:
        index = self._index
        assert index is not None
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.failed.emit(None)
            return
        fmt = index.recording.format
        self._generation += 1
        self._queue.clear()
        self._asked = 0
        self._next = index.chunk_at(frame)
        self._start_frame = frame
        # The first chunk starts part-way in when seeking: trim it when it arrives.
        self._trim = (frame - index.chunks[self._next].first_frame) * fmt.frame_bytes
        self._device = device
        self._starting = True  # the speaker opens when the first sound is decoded
        self._ask()
        self.playing_changed.emit(True)

    def _start_sink(self) -> None:
        """Open the speaker with sound ready to write at once: a sink started with nothing
        to play underruns, and PulseAudio then waits over a second before it plays."""
        index = self._index
        assert index is not None and self._device is not None
        fmt = index.recording.format
        qfmt = QAudioFormat()
        qfmt.setSampleRate(fmt.sample_rate)
        qfmt.setChannelCount(fmt.channels)
        qfmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(self._device, qfmt, self)
        sink.setBufferSize(fmt.bytes_per_second // 5)  # a fifth of a second: starts soon
        self._starting = False
        self._sink = sink
        self._out = sink.start()
        self._feed.start()

    def _ask(self) -> None:
        index = self._index
        if index is None:
            return
        wanted: list[int] = []
        while (
            self._next < len(index.chunks) and len(self._queue) + self._asked + len(wanted) <= AHEAD
        ):
            wanted.append(self._next)
            self._next += 1
        if not wanted:
            return
        self._asked += len(wanted)
        generation = self._generation
        future = self._session.submit(decoded_chunks, index, wanted)
        self._runner.watch(
            future,
            guarded(self, lambda pcm: self._arrived(generation, pcm)),
            guarded(self, self._decode_failed),
        )

    def _arrived(self, generation: int, pcm: tuple[bytes, ...]) -> None:
        if generation != self._generation:
            return  # asked for before a seek or stop
        self._asked -= len(pcm)
        for chunk in pcm:
            if self._trim:
                chunk, self._trim = chunk[self._trim :], 0
            self._queue.append(chunk)
        if self._starting:
            self._start_sink()
        self._pump()

    def _pump(self) -> None:
        out, sink = self._out, self._sink
        if out is None or sink is None:
            return
        free = sink.bytesFree()
        while free > 0 and self._queue:
            head = self._queue[0]
            written = out.write(head[:free])
            if written <= 0:
                break
            free -= written
            if written < len(head):
                self._queue[0] = head[written:]
            else:
                self._queue.pop(0)
        self._ask()
        self.position_changed.emit(self.position)
        # Looked at here, not through stateChanged: PySide 6.11 cannot pass QAudio::State.
        if sink.state() == QtAudio.State.IdleState:
            self._maybe_finished()

    def _maybe_finished(self) -> None:
        index = self._index
        if index is None:
            return
        if not self._queue and not self._asked and self._next >= len(index.chunks):
            self._close_sink()
            self._start_frame = 0
            self.playing_changed.emit(False)
            self.position_changed.emit(index.recording.format.seconds(index.frames))
            self.finished.emit()

    def _decode_failed(self, exc: BaseException) -> None:
        self._close_sink()
        self.playing_changed.emit(False)
        self.failed.emit(exc)

    def _close_sink(self) -> None:
        self._starting = False
        self._feed.stop()
        self._generation += 1
        self._queue.clear()
        self._asked = 0
        sink, self._sink, self._out = self._sink, None, None
        if sink is not None:
            sink.stop()
            sink.deleteLater()
