"""Spoken answers as the rest of the app sees them (DESIGN.md §5).

Sound arrives from the window in chunks of at most five seconds; each is encoded and
committed in its own transaction, so a crash loses at most the chunk being recorded. It is
never written anywhere but the encrypted vault, and is decoded chunk by chunk for playback,
so a long recording starts playing at once and never sits whole in memory.

Every function takes the connection first and runs on the session's database thread.
Writers are called through submit_write (one transaction each) unless they say otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from testimony.core.audio import MAX_CHUNK_SECONDS, PcmFormat
from testimony.core.errors import FormError, InputError
from testimony.core.forms import Question, load_form
from testimony.services import audio_codec
from testimony.store import accounts as account_store
from testimony.store import recordings as store
from testimony.store.connection import Connection
from testimony.store.recordings import ChunkEntry, RecordingRow
from testimony.store.tx import erase

# A one-line answer (the account's short name) is typed, not spoken.
ONE_LINE_LIMIT = 200
MAX_SUMMARY = 100_000  # what the export format takes for one text


@dataclass(frozen=True)
class Recording:
    id: int
    account_id: int
    question_id: str
    question_title: str  # "" when the form is unknown to this version
    seconds: float
    created: str
    summary: str
    format: PcmFormat
    codec: str


@dataclass(frozen=True)
class PlaybackIndex:
    """What a player needs before the first sound: the format and where each chunk sits."""

    recording: Recording
    chunks: tuple[ChunkEntry, ...]

    @property
    def frames(self) -> int:
        last = self.chunks[-1] if self.chunks else None
        return last.first_frame + last.frames if last else 0

    def chunk_at(self, frame: int) -> int:
        """The position in `chunks` of the chunk that holds `frame` (the last if beyond)."""
        for position, entry in enumerate(self.chunks):
            if frame < entry.first_frame + entry.frames:
                return position
        return max(0, len(self.chunks) - 1)


def accepts_voice(question: Question) -> bool:
    """Free-text questions longer than one line can be answered by speaking."""
    return question.is_free_text and question.max_length > ONE_LINE_LIMIT


def start_recording(conn: Connection, account_id: int, question_id: str, fmt: PcmFormat) -> int:
    """A new, empty recording for one question of an account; returns its id."""
    account = account_store.get_account(conn, account_id)
    if account is None:
        raise KeyError(account_id)
    form = load_form(account.form_id, account.form_version)
    if not accepts_voice(form.question(question_id)):
        raise InputError("this question cannot be answered by speaking")
    return store.insert_recording(
        conn, account_id, question_id, fmt.sample_rate, fmt.channels, audio_codec.CODEC
    )


def append_chunk(conn: Connection, recording_id: int, seq: int, pcm: bytes) -> None:
    """Encode one chunk of PCM and add it to the recording (one transaction)."""
    row = store.get_recording(conn, recording_id)
    if row is None:
        raise KeyError(recording_id)
    fmt = PcmFormat(row.sample_rate, row.channels)
    frames = fmt.frames(len(pcm))
    if frames <= 0:
        return
    if frames > fmt.sample_rate * MAX_CHUNK_SECONDS:
        raise InputError("a chunk is at most five seconds")
    store.insert_chunk(conn, recording_id, seq, frames, audio_codec.encode(pcm, fmt))


def recordings_for(conn: Connection, account_id: int) -> tuple[Recording, ...]:
    return tuple(_recording(conn, r) for r in store.recordings_of(conn, [account_id]))


def recording(conn: Connection, recording_id: int) -> Recording:
    row = store.get_recording(conn, recording_id)
    if row is None:
        raise KeyError(recording_id)
    return _recording(conn, row)


def playback_index(conn: Connection, recording_id: int) -> PlaybackIndex:
    chunks = tuple(store.chunk_index(conn, recording_id))
    return PlaybackIndex(recording(conn, recording_id), chunks)


def decoded_chunks(
    conn: Connection, index: PlaybackIndex, positions: Sequence[int]
) -> tuple[bytes, ...]:
    """The PCM of the chunks at these positions of `index`, decoded in memory."""
    rec = index.recording
    seqs = [index.chunks[p].seq for p in positions if 0 <= p < len(index.chunks)]
    return tuple(
        audio_codec.decode(data, rec.codec, rec.format)
        for data in store.chunk_data(conn, rec.id, seqs)
    )


def set_summary(conn: Connection, recording_id: int, summary: str) -> None:
    """The words the person typed to go with a recording: the only part that may be shared,
    after review and redaction like any answer."""
    if len(summary) > MAX_SUMMARY:
        raise InputError("summary too long")
    if not store.set_summary(conn, recording_id, summary.strip()):
        raise KeyError(recording_id)


def delete_recording(conn: Connection, recording_id: int) -> bool:
    """Delete a recording so that its sound is gone from the files, not just hidden.

    As with accounts (services/accounts.py): secure_delete zeroes the freed pages, and the
    checkpoint moves the zeroed pages out of the write-ahead log and empties it. Call with
    submit, not submit_write: it commits its own transaction.
    """
    found = erase(conn, store.delete_recording, conn, recording_id)
    return found


Listing = dict[int, list[dict[str, object]]]


def listing_json(conn: Connection, account_ids: Sequence[int]) -> Listing:
    """For `account list --json`: each account's recordings, question and length only."""
    found: Listing = {a: [] for a in account_ids}
    for r in store.recordings_of(conn, account_ids):
        found[r.account_id].append(
            {
                "id": r.id,
                "question": r.question_id,
                "seconds": round(r.seconds, 1),
                "created": r.created,
                "codec": r.codec,
                "sample_rate": r.sample_rate,
                "channels": r.channels,
                "has_summary": bool(r.summary),
            }
        )
    return found


def _recording(conn: Connection, row: RecordingRow) -> Recording:
    return Recording(
        id=row.id,
        account_id=row.account_id,
        question_id=row.question_id,
        question_title=_question_title(conn, row),
        seconds=row.seconds,
        created=row.created,
        summary=row.summary,
        format=PcmFormat(row.sample_rate, row.channels),
        codec=row.codec,
    )


def _question_title(conn: Connection, row: RecordingRow) -> str:
    account = account_store.get_account(conn, row.account_id)
    if account is None:
        return ""
    try:
        return load_form(account.form_id, account.form_version).question(row.question_id).title
    except FormError:  # a form this version does not know, or a question it lacks
        return ""
