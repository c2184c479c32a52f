"""The spoken answers of one account, on its page: which question each answers, how long it
is and when it was made; play, pause, move through it and delete it; and beside each, the
summary the person types, which is the only part of a recording that can ever be shared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from testimony.core.audio import format_elapsed
from testimony.services.recordings import (
    PlaybackIndex,
    Recording,
    delete_recording,
    playback_index,
    recordings_for,
    set_summary,
)
from testimony.services.session import Session
from testimony.ui.accounts.player import StreamPlayer
from testimony.ui.record.common import (
    body,
    bold,
    button,
    error_label,
    error_text,
    format_stamp,
    guarded,
    heading,
)
from testimony.ui.record.voice import announce
from testimony.ui.tasks import TaskRunner

SLIDER_STEPS_PER_SECOND = 10


class RecordingsList(QWidget):
    """Loads the account's recordings and shows one RecordingItem for each."""

    changed = Signal()  # a recording was deleted

    def __init__(
        self, session: Session, runner: TaskRunner, account_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordings")
        self._session = session
        self._runner = runner
        self.player = StreamPlayer(session, runner, self)
        self.items: list[RecordingItem] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self.hide()  # until there is something to show
        future = session.submit(recordings_for, account_id)
        runner.watch(future, guarded(self, self._show), lambda _e: None)

    def _show(self, found: tuple[Recording, ...]) -> None:
        if not found:
            return
        self._layout.addWidget(heading(self.tr("What you said out loud"), 1.2))
        self._layout.addWidget(
            body(
                self.tr(
                    "Your voice never leaves this computer. If you want to share what you "
                    "said, write it in a few words under each recording. Only those words can "
                    "be shared, and you check them first."
                )
            )
        )
        for rec in found:
            item = RecordingItem(rec, self._session, self._runner, self.player)
            item.deleted.connect(lambda item=item: self._deleted(item))
            self.items.append(item)
            self._layout.addWidget(item)
        self.show()

    def _deleted(self, item: RecordingItem) -> None:
        self.items.remove(item)
        item.hide()
        item.deleteLater()
        if not self.items:
            self.hide()
        self.changed.emit()


class RecordingItem(QFrame):
    deleted = Signal()

    def __init__(
        self,
        rec: Recording,
        session: Session,
        runner: TaskRunner,
        player: StreamPlayer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recording")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.recording = rec
        self._session = session
        self._runner = runner
        self._player = player
        self._index: PlaybackIndex | None = None
        self._seeking = False
        question = rec.question_title or self.tr("A question this version does not know")
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        title = bold(body(self.tr("Spoken answer to: %1").replace("%1", question)))
        layout.addWidget(title)
        length = format_elapsed(rec.seconds)
        facts = self.tr("%1 long. Recorded on %2.").replace("%1", length)
        layout.addWidget(body(facts.replace("%2", format_stamp(rec.created))))
        layout.addLayout(self._controls(question))
        layout.addLayout(self._summary_box(rec))
        self.status = error_label()
        layout.addWidget(self.status)
        self.confirm = self._confirm_row()
        layout.addWidget(self.confirm)
        player.playing_changed.connect(guarded(self, self._playing_changed))
        player.position_changed.connect(guarded(self, self._position_changed))
        player.failed.connect(guarded(self, self._player_failed))

    # -- building -------------------------------------------------------------------------

    def _controls(self, question: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.play_button = button(self.tr("Play"), "play", primary=True)
        self.play_button.setAccessibleName(self.tr("Play the recording"))
        self.play_button.setAccessibleDescription(question)
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("position")
        self.slider.setRange(0, max(1, round(self.recording.seconds * SLIDER_STEPS_PER_SECOND)))
        self.slider.setSingleStep(5 * SLIDER_STEPS_PER_SECOND)  # arrow keys: five seconds
        self.slider.setPageStep(30 * SLIDER_STEPS_PER_SECOND)
        self.slider.setAccessibleName(self.tr("Where in the recording"))
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.sliderPressed.connect(self._slider_pressed)
        self.slider.sliderReleased.connect(self._slider_released)
        self.slider.valueChanged.connect(self._slider_moved)
        self.clock = QLabel(self._clock_text(0.0))
        self.clock.setObjectName("clock")
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = button(self.tr("Delete"), "deleteRecording")
        self.delete_button.setAccessibleName(self.tr("Delete this recording"))
        self.delete_button.setProperty("warning", True)
        self.delete_button.clicked.connect(self._ask_delete)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.clock)
        row.addWidget(self.delete_button)
        return row

    def _summary_box(self, rec: Recording) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        label = body(self.tr("What you said, in a few words (only this can be shared)"))
        self.summary = QPlainTextEdit(rec.summary)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(110)
        self.summary.setAccessibleName(self.tr("What you said, in a few words"))
        self.summary.setAccessibleDescription(
            self.tr("Only these words can be shared. You check them before anything is shared.")
        )
        self.save_summary = button(self.tr("Save these words"), "saveSummary")
        self.save_summary.clicked.connect(self._save_summary)
        self.summary_note = body("")
        self.summary_note.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.save_summary)
        row.addWidget(self.summary_note, 1)
        box.addWidget(label)
        box.addWidget(self.summary)
        box.addLayout(row)
        return box

    def _confirm_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = body(self.tr("Delete this recording? This cannot be undone."))
        self.keep_button = button(self.tr("No, keep it"), "keepRecording", primary=True)
        self.keep_button.clicked.connect(self._cancel_delete)
        self.yes_delete = button(self.tr("Yes, delete it"), "confirmDeleteRecording")
        self.yes_delete.setProperty("warning", True)
        self.yes_delete.clicked.connect(self._delete)
        layout.addWidget(self.confirm_text, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.yes_delete)
        row.hide()
        return row

    # -- playing --------------------------------------------------------------------------

    @property
    def _mine(self) -> bool:
        index = self._player.index
        return index is not None and index.recording.id == self.recording.id

    def toggle(self) -> None:
        if self._mine and self._player.playing:
            self._player.pause()
            return
        if self._mine:
            self._player.play()
            return
        self.play_button.setEnabled(False)
        future = self._session.submit(playback_index, self.recording.id)
        self._runner.watch(future, guarded(self, self._loaded), guarded(self, self._play_failed))

    def _loaded(self, index: PlaybackIndex) -> None:
        self.play_button.setEnabled(True)
        self._index = index
        self._player.load(index)
        self._player.seek(self.slider.value() / SLIDER_STEPS_PER_SECOND)
        self._player.play()

    def _playing_changed(self, playing: bool) -> None:
        playing = playing and self._mine
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setAccessibleName(
            self.tr("Pause the recording") if playing else self.tr("Play the recording")
        )

    def _position_changed(self, seconds: float) -> None:
        if not self._mine or self._seeking:
            return
        self.slider.blockSignals(True)
        self.slider.setValue(round(seconds * SLIDER_STEPS_PER_SECOND))
        self.slider.blockSignals(False)
        self.clock.setText(self._clock_text(seconds))

    def _slider_pressed(self) -> None:
        self._seeking = True

    def _slider_released(self) -> None:
        self._seeking = False
        self._seek_to_slider()

    def _slider_moved(self) -> None:
        # Dragging only moves the clock; letting go seeks. Keys and clicks seek at once.
        if self._seeking:
            self.clock.setText(self._clock_text(self.slider.value() / SLIDER_STEPS_PER_SECOND))
        else:
            self._seek_to_slider()

    def _seek_to_slider(self) -> None:
        seconds = self.slider.value() / SLIDER_STEPS_PER_SECOND
        self.clock.setText(self._clock_text(seconds))
        if self._mine:
            self._player.seek(seconds)

    def seek(self, seconds: float) -> None:
        self.slider.setValue(round(seconds * SLIDER_STEPS_PER_SECOND))

    def _clock_text(self, seconds: float) -> str:
        return f"{format_elapsed(seconds)} / {format_elapsed(self.recording.seconds)}"

    def _player_failed(self, exc: object) -> None:
        if self._mine:
            self._play_failed(exc)

    def _play_failed(self, exc: object) -> None:
        self.play_button.setEnabled(True)
        if isinstance(exc, BaseException):
            text = error_text(exc)
        else:
            text = self.tr("No speaker or headphones were found, so it cannot be played.")
        self.status.setText(text)
        self.status.show()
        announce(self.status, text)

    # -- the summary ----------------------------------------------------------------------

    def _save_summary(self) -> None:
        words = self.summary.toPlainText()
        future = self._session.submit_write(set_summary, self.recording.id, words)
        self._runner.watch(
            future, guarded(self, self._summary_saved), guarded(self, self._summary_failed)
        )

    def _summary_saved(self, _result: object) -> None:
        text = self.tr("Saved.")
        self.summary_note.setText(text)
        announce(self.summary_note, text)

    def _summary_failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.summary_note.setText(text)
        announce(self.summary_note, text)

    # -- deleting -------------------------------------------------------------------------

    def _ask_delete(self) -> None:
        self.confirm.show()
        announce(self.confirm_text, self.confirm_text.text())
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_delete(self) -> None:
        self.confirm.hide()
        self.delete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete(self) -> None:
        if self._mine:
            self._player.stop()
        self.yes_delete.setEnabled(False)
        # delete_recording commits its own transaction, then empties the write-ahead log.
        future = self._session.submit(delete_recording, self.recording.id)
        self._runner.watch(
            future, guarded(self, lambda _r: self.deleted.emit()), guarded(self, self._failed)
        )

    def _failed(self, exc: BaseException) -> None:
        self.yes_delete.setEnabled(True)
        self.status.setText(error_text(exc))
        self.status.show()
