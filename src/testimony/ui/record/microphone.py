"""Which microphone to record with: chosen in Settings, remembered in app-settings.json by
the system's id for it and its name (never anything about a vault), found again at the
start of each recording."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget


def device_id(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


def find_microphone(wanted_id: str) -> QAudioDevice | None:
    """The microphone chosen in Settings if it is there, else the system's default one."""
    inputs = QMediaDevices.audioInputs()
    for device in inputs:
        if wanted_id and device_id(device) == wanted_id:
            return device
    default = QMediaDevices.defaultAudioInput()
    if not default.isNull():
        return default
    return inputs[0] if inputs else None


class MicrophoneChoice(QWidget):
    """A labelled list of the microphones there are, the system's default first."""

    chosen = Signal(str, str)  # device id ("" for the default) and its name

    def __init__(self, wanted_id: str, wanted_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Microphone for “Speak instead”"))
        label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("microphone")
        self.combo.setAccessibleName(self.tr("Microphone"))
        self.combo.setAccessibleDescription(
            self.tr("The microphone Testimony records with when you choose Speak instead")
        )
        label.setBuddy(self.combo)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.hide()
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self._fill(wanted_id, wanted_name)
        self.combo.currentIndexChanged.connect(self._changed)

    def _fill(self, wanted_id: str, wanted_name: str) -> None:
        self.combo.addItem(self.tr("The computer's usual microphone"), "")
        inputs = QMediaDevices.audioInputs()
        for device in inputs:
            self.combo.addItem(device.description(), device_id(device))
        index = self.combo.findData(wanted_id) if wanted_id else 0
        notes = []
        if index < 0:
            # Chosen before but not plugged in now: say so, and record with the usual one.
            notes.append(self.tr("“%1” is not plugged in.").replace("%1", wanted_name or wanted_id))
            index = 0
        if not inputs:
            notes.append(self.tr("No microphone was found on this computer."))
        elif notes:
            notes.append(self.tr("The usual microphone will be used."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.combo.setCurrentIndex(index)

    def _changed(self) -> None:
        wanted = str(self.combo.currentData() or "")
        self.note.hide()
        self.chosen.emit(wanted, self.combo.currentText() if wanted else "")
