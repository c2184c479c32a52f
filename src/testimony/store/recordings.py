"""Spoken answers in the vault: the recording's row and its chunks of encoded sound.

Plain functions taking the connection first. Writers are called inside a transaction (the
session's submit_write); a chunk and the recording's new length commit together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from testimony.store.connection import Connection
from testimony.store.events import log_event
from testimony.store.tx import now


@dataclass(frozen=True)
class RecordingRow:
    id: int
    account_id: int
    question_id: str
    sample_rate: int
    channels: int
    codec: str
    created: str
    frames: int
    chunks: int
    summary: str

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


@dataclass(frozen=True)
class ChunkEntry:
    """Where one chunk sits in the recording, without its sound."""

    seq: int
    first_frame: int
    frames: int


_COLUMNS = (
    "r.id, r.account_id, r.question_id, r.sample_rate, r.channels, r.codec, r.created,"
    " r.frames, (SELECT count(*) FROM recording_chunks c WHERE c.recording_id = r.id),"
    " r.summary"
)


def insert_recording(
    conn: Connection,
    account_id: int,
    question_id: str,
    sample_rate: int,
    channels: int,
    codec: str,
) -> int:
    cur = conn.execute(
        "INSERT INTO recordings (account_id, question_id, sample_rate, channels, codec,"
        " created) VALUES (?, ?, ?, ?, ?, ?)",
        (account_id, question_id, sample_rate, channels, codec, now()),
    )
    log_event(conn, "recording_started")
    return int(cur.lastrowid or 0)


def insert_chunk(conn: Connection, recording_id: int, seq: int, frames: int, data: bytes) -> None:
    """Add one chunk and lengthen the recording by it, together."""
    conn.execute(
        "INSERT INTO recording_chunks (recording_id, seq, frames, data) VALUES (?, ?, ?, ?)",
        (recording_id, seq, frames, data),
    )
    conn.execute("UPDATE recordings SET frames = frames + ? WHERE id = ?", (frames, recording_id))


def next_seq(conn: Connection, recording_id: int) -> int:
    row = conn.execute(
        "SELECT coalesce(max(seq) + 1, 0) FROM recording_chunks WHERE recording_id = ?",
        (recording_id,),
    ).fetchone()
    return int(row[0])


def get_recording(conn: Connection, recording_id: int) -> RecordingRow | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM recordings r WHERE r.id = ?", (recording_id,)
    ).fetchone()
    return _row(row) if row else None


def recordings_of(conn: Connection, account_ids: Sequence[int]) -> list[RecordingRow]:
    """Recordings of these accounts, oldest first within each account."""
    if not account_ids:
        return []
    marks = ",".join("?" * len(account_ids))
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM recordings r WHERE r.account_id IN ({marks})"
        " ORDER BY r.account_id, r.id",
        list(account_ids),
    )
    return [_row(r) for r in rows]


def chunk_index(conn: Connection, recording_id: int) -> list[ChunkEntry]:
    """Every chunk's place in the recording, in order; reads no sound."""
    rows = conn.execute(
        "SELECT seq, frames FROM recording_chunks WHERE recording_id = ? ORDER BY seq",
        (recording_id,),
    )
    entries, first = [], 0
    for seq, frames in rows:
        entries.append(ChunkEntry(seq, first, frames))
        first += frames
    return entries


def chunk_data(conn: Connection, recording_id: int, seqs: Sequence[int]) -> list[bytes]:
    """The encoded sound of these chunks, in the order asked."""
    if not seqs:
        return []
    marks = ",".join("?" * len(seqs))
    rows = conn.execute(
        f"SELECT seq, data FROM recording_chunks WHERE recording_id = ? AND seq IN ({marks})",
        [recording_id, *seqs],
    )
    by_seq = {seq: bytes(data) for seq, data in rows}
    return [by_seq[s] for s in seqs if s in by_seq]


def set_summary(conn: Connection, recording_id: int, summary: str) -> bool:
    cur = conn.execute("UPDATE recordings SET summary = ? WHERE id = ?", (summary, recording_id))
    return bool(cur.rowcount)


def delete_recording(conn: Connection, recording_id: int) -> bool:
    """Remove a recording and its sound; secure_delete overwrites the freed pages."""
    cur = conn.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
    if cur.rowcount:
        log_event(conn, "recording_deleted")
    return bool(cur.rowcount)


def summaries(conn: Connection, account_id: int) -> dict[str, list[str]]:
    """The typed summaries of an account's recordings, by question, oldest first."""
    rows = conn.execute(
        "SELECT question_id, summary FROM recordings WHERE account_id = ? AND summary != ''"
        " ORDER BY id",
        (account_id,),
    )
    found: dict[str, list[str]] = {}
    for question_id, summary in rows:
        found.setdefault(question_id, []).append(summary)
    return found


def _row(r: Sequence[Any]) -> RecordingRow:
    return RecordingRow(
        id=int(r[0]),
        account_id=int(r[1]),
        question_id=str(r[2]),
        sample_rate=int(r[3]),
        channels=int(r[4]),
        codec=str(r[5]),
        created=str(r[6]),
        frames=int(r[7]),
        chunks=int(r[8]),
        summary=str(r[9]),
    )
