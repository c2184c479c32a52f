"""Sending recorded sound to the vault in chunks, in order, off the GUI thread.

No Qt here: the recorder (voice.py) feeds it what the microphone delivers, and the benchmark
(benchmarks/voice.py) feeds it synthetic sound through the very same path.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from testimony.core.audio import Chunker, PcmFormat
from testimony.services import recordings
from testimony.services.new_draft import DraftRef, start_draft_recording
from testimony.services.session import Session


class ChunkWriter:
    """Sends sound to the vault in chunks, in order, after the recording's row exists.

    Shared by the recorder and the benchmark (benchmarks/voice.py), so both measure the same
    path. `submit` is Session.submit_write; every chunk's Future goes to `watch`.
    """

    def __init__(
        self,
        session: Session,
        account: int | DraftRef,
        question_id: str,
        fmt: PcmFormat,
        watch: Callable[[Future[None]], None],
    ) -> None:
        self._session = session
        self._watch = watch
        self.chunker = Chunker(fmt)
        self._seq = 0
        # A new account is only made once something is said or typed (services/new_draft.py).
        self.started: Future[int] = (
            session.submit_write(start_draft_recording, account, question_id, fmt)
            if isinstance(account, DraftRef)
            else session.submit_write(recordings.start_recording, account, question_id, fmt)
        )

    def feed(self, pcm: bytes) -> None:
        for chunk in self.chunker.feed(pcm):
            self._send(chunk)

    def finish(self) -> Future[None]:
        """Send what is left; the returned Future resolves once all of it is in the vault."""
        rest = self.chunker.rest()
        return self._send(rest) if rest else self._send_nothing()

    @property
    def seconds(self) -> float:
        return self.chunker.seconds_seen

    def _send(self, pcm: bytes) -> Future[None]:
        seq, self._seq = self._seq, self._seq + 1
        started = self.started
        # The database thread runs work in order, so the recording's row is there by now;
        # if making it failed, this fails too, and nothing is half-saved.
        future = self._session.submit_write(
            lambda conn: recordings.append_chunk(conn, started.result(), seq, pcm)
        )
        self._watch(future)
        return future

    def _send_nothing(self) -> Future[None]:
        return self._session.submit(lambda _conn: None)
