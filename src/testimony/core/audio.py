"""Sound as numbers: how loud a stretch of samples is, how long it lasts, and cutting a
stream into the chunks the vault stores (DESIGN.md §5). Pure Python, no I/O.

Samples are signed 16-bit little-endian, channels interleaved: the one format the recorder
asks the microphone for and the player gives the speaker.
"""

from __future__ import annotations

import array
import sys
from dataclasses import dataclass

SAMPLE_BYTES = 2  # signed 16-bit
FULL_SCALE = 32768
# A chunk is committed in its own transaction: a crash loses at most this much sound.
CHUNK_SECONDS = 2
MAX_CHUNK_SECONDS = 5


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int
    channels: int

    @property
    def frame_bytes(self) -> int:
        return SAMPLE_BYTES * self.channels

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.frame_bytes

    def seconds(self, frames: int) -> float:
        return frames / self.sample_rate if self.sample_rate else 0.0

    def frames(self, pcm_bytes: int) -> int:
        return pcm_bytes // self.frame_bytes


VOICE = PcmFormat(sample_rate=16_000, channels=1)  # plenty for speech, small to keep


def peak_level(pcm: bytes | bytearray | memoryview) -> float:
    """The loudest sample in `pcm` as a fraction of full scale (0.0 silence, 1.0 clipping)."""
    usable = len(pcm) - len(pcm) % SAMPLE_BYTES
    if usable <= 0:
        return 0.0
    samples = array.array("h")
    samples.frombytes(bytes(pcm[:usable]))
    if sys.byteorder == "big":
        samples.byteswap()
    loudest = max(max(samples), -min(samples))
    return min(1.0, loudest / FULL_SCALE)


class Chunker:
    """Collects sound as it arrives and hands it back in whole chunks of a fixed length.

    The recorder feeds whatever the microphone delivered; `take` returns each full chunk
    once, and `rest` what is left when recording stops. It keeps at most one chunk's bytes.
    """

    def __init__(self, fmt: PcmFormat, seconds: float = CHUNK_SECONDS) -> None:
        if not 0 < seconds <= MAX_CHUNK_SECONDS:
            raise ValueError("a chunk is between 0 and 5 seconds")
        self.format = fmt
        self.chunk_bytes = int(fmt.sample_rate * seconds) * fmt.frame_bytes
        self._pending = bytearray()
        self.frames_seen = 0

    def feed(self, pcm: bytes | bytearray | memoryview) -> list[bytes]:
        """Add sound; return every chunk that is now complete, oldest first."""
        self._pending += pcm
        self.frames_seen += len(pcm) // self.format.frame_bytes
        done: list[bytes] = []
        while len(self._pending) >= self.chunk_bytes:
            done.append(bytes(self._pending[: self.chunk_bytes]))
            del self._pending[: self.chunk_bytes]
        return done

    def rest(self) -> bytes:
        """What is left (less than one chunk, whole frames only); empties the collector."""
        usable = len(self._pending) - len(self._pending) % self.format.frame_bytes
        left = bytes(self._pending[:usable])
        self._pending.clear()
        return left

    @property
    def seconds_seen(self) -> float:
        return self.format.seconds(self.frames_seen)


def format_elapsed(seconds: float) -> str:
    """0:07, 12:34, 1:02:03: minutes and seconds, as a timer shows them."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
