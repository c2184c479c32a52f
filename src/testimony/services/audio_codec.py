"""Encoding a chunk of sound for the vault and decoding it again, all in memory.

FLAC through libsndfile (the `soundfile` binding, whose wheels carry libsndfile with FLAC,
Ogg Vorbis and Opus). FLAC rather than Opus because an account is evidence: FLAC is
lossless, each chunk is a complete stream of its own (so any chunk, and any prefix of a
recording left by a crash, decodes alone), and it needs no pre-roll between chunks. Speech
at 16 kHz mono comes to roughly half of raw PCM; the figures are in docs/performance.md.

This sits in services, not core or store: it is neither pure Python (core) nor storage
(store), and services is the lowest layer that runs it — on the database thread, so the
window never waits for it. Nothing here touches a file: the bytes go in and out of
BytesIO objects only.
"""

from __future__ import annotations

import io

import numpy as np
import soundfile

from testimony.core.audio import PcmFormat
from testimony.core.errors import VaultDamaged

CODEC = "flac"


def encode(pcm: bytes, fmt: PcmFormat) -> bytes:
    """Signed 16-bit interleaved PCM to one FLAC stream."""
    samples = np.frombuffer(pcm, dtype="<i2").reshape(-1, fmt.channels)
    out = io.BytesIO()
    soundfile.write(out, samples, fmt.sample_rate, format="FLAC", subtype="PCM_16")
    return out.getvalue()


def decode(data: bytes, codec: str, fmt: PcmFormat) -> bytes:
    """One stored chunk back to signed 16-bit interleaved PCM in `fmt`."""
    if codec != CODEC:
        raise VaultDamaged("unknown audio codec", codec=codec)
    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="int16", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError):
        raise VaultDamaged("audio chunk cannot be decoded") from None
    if rate != fmt.sample_rate or samples.shape[1] != fmt.channels:
        raise VaultDamaged("audio chunk does not match its recording")
    return bytes(samples.astype("<i2", copy=False).tobytes())
