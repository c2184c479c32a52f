"""The test microphone itself: a QAudioSource in a child process hears the tone we play.

If this fails, the voice tests that drive the window would fail for reasons of the test
setup, not of Testimony; this says which.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.e2e

_LISTEN = textwrap.dedent(
    """
    import array, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices
    app = QCoreApplication([])
    names = [d.description() for d in QMediaDevices.audioInputs()]
    fmt = QAudioFormat()
    fmt.setSampleRate(16000)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    source = QAudioSource(QMediaDevices.defaultAudioInput(), fmt)
    device = source.start()
    got = bytearray()
    device.readyRead.connect(lambda: got.extend(device.readAll().data()))
    QTimer.singleShot(4000, app.quit)
    app.exec()
    source.stop()
    samples = array.array("h", bytes(got))
    print(names, len(samples), max(samples, default=0))
    """
)


def test_a_qaudiosource_hears_the_virtual_microphone(mic_env, virtual_mic):
    virtual_mic.play(6.0)
    env = {**mic_env, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _LISTEN], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names, count, peak = done.stdout.strip().rsplit(" ", 2)
    assert "Testimony test microphone" in names
    assert int(count) > 16000  # more than a second of sound arrived
    assert int(peak) > 8000  # and it is the tone (half of full scale), not silence
