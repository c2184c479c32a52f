"""Spoken answers in a real vault: chunks, lengths, playback index, summaries, deletion."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from testimony.core.audio import VOICE, Chunker
from testimony.core.errors import InputError
from testimony.services import accounts, recordings
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store.connection import DatabaseError
from tests.helpers import PASSPHRASE
from tests.security.test_no_plaintext import decrypted_pages


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "v.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def tone(seconds: float, hz: float = 440.0, rate: int = VOICE.sample_rate) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return (np.sin(2 * math.pi * hz * t) * 12000).astype("<i2").tobytes()


def record(session: Session, account_id: int, pcm: bytes, question: str = "what_happened") -> int:
    rid = session.call_write(recordings.start_recording, account_id, question, VOICE)
    chunker = Chunker(VOICE)
    chunks = [*chunker.feed(pcm), chunker.rest()]
    for seq, chunk in enumerate(chunks):
        session.call_write(recordings.append_chunk, rid, seq, chunk)
    return rid


def play_all(session: Session, rid: int) -> bytes:
    index = session.call(recordings.playback_index, rid)
    return b"".join(session.call(recordings.decoded_chunks, index, range(len(index.chunks))))


def test_a_recording_keeps_its_sound_exactly(session):
    aid = session.call_write(accounts.create_draft)
    pcm = tone(7.3)
    rid = record(session, aid, pcm)
    (rec,) = session.call(recordings.recordings_for, aid)
    assert rec.id == rid and rec.question_id == "what_happened"
    assert rec.codec == "flac" and rec.format == VOICE
    assert rec.seconds == pytest.approx(7.3, abs=1 / VOICE.sample_rate)
    assert rec.question_title  # the wording of the question it answers
    index = session.call(recordings.playback_index, rid)
    assert len(index.chunks) == 4  # 2 s chunks: 2 + 2 + 2 + 1.3
    assert index.chunk_at(int(6.5 * VOICE.sample_rate)) == 3
    assert play_all(session, rid) == pcm  # FLAC is lossless
    stored = session.call(
        lambda c: sum(len(r[0]) for r in c.execute("SELECT data FROM recording_chunks"))
    )
    assert stored < len(pcm)  # compressed


def test_only_long_free_text_questions_take_voice(session):
    aid = session.call_write(accounts.create_draft)
    for question in ("services", "short_name"):
        with pytest.raises(InputError):
            session.call_write(recordings.start_recording, aid, question, VOICE)
    with pytest.raises(KeyError):
        session.call_write(recordings.start_recording, 999, "what_happened", VOICE)


def test_a_chunk_longer_than_five_seconds_is_refused(session):
    aid = session.call_write(accounts.create_draft)
    rid = session.call_write(recordings.start_recording, aid, "what_happened", VOICE)
    with pytest.raises(InputError):
        session.call_write(recordings.append_chunk, rid, 0, tone(5.5))
    assert session.call(recordings.recording, rid).seconds == 0


def test_deleting_a_recording_overwrites_its_sound(tmp_path):
    created = create_vault(tmp_path / "d.testimony", PASSPHRASE)
    with Session(created.paths) as session:
        session.unlock(PASSPHRASE).result()
        key = session.key_for_backup().bytes()
        aid = session.call_write(accounts.create_draft)
        gone = record(session, aid, tone(3.0, hz=523.0))
        kept = record(session, aid, tone(3.0, hz=311.0))
        session.call_write(recordings.set_summary, gone, "I said they sent the police")

        def encoded(rid: int) -> list[bytes]:
            sql = "SELECT data FROM recording_chunks WHERE recording_id = ?"
            return session.call(lambda c: [bytes(r[0]) for r in c.execute(sql, (rid,))])

        gone_bytes, kept_bytes = encoded(gone), encoded(kept)
        session.call(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        assert session.call(recordings.delete_recording, gone)
        assert [r.id for r in session.call(recordings.recordings_for, aid)] == [kept]
        with pytest.raises(KeyError):
            session.call(recordings.recording, gone)
        wal = created.paths.folder / "vault.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and emptied
    pages = decrypted_pages(created.paths.database, key)
    # Slices from the middle of each chunk: FLAC frames, not headers shared by every chunk.
    assert all(c[len(c) // 2 : len(c) // 2 + 64] in pages for c in kept_bytes)
    assert not any(c[len(c) // 2 : len(c) // 2 + 64] in pages for c in gone_bytes)
    assert b"sent the police" not in pages


def test_deleting_an_account_deletes_its_recordings(session):
    aid = session.call_write(accounts.create_draft)
    rid = record(session, aid, tone(1.0))
    session.call(accounts.delete_account, aid)
    with pytest.raises(KeyError):
        session.call(recordings.recording, rid)


def test_summaries_and_listing(session):
    aid = session.call_write(accounts.create_draft)
    rid = record(session, aid, tone(7.9))
    session.call_write(recordings.set_summary, rid, "  They took my phone.  ")
    assert session.call(recordings.recording, rid).summary == "They took my phone."
    listing = session.call(recordings.listing_json, [aid])
    assert listing[aid][0]["question"] == "what_happened"
    assert listing[aid][0]["seconds"] == 7.9
    with pytest.raises(InputError):
        session.call_write(recordings.set_summary, rid, "x" * (recordings.MAX_SUMMARY + 1))
    with pytest.raises(KeyError):
        session.call_write(recordings.set_summary, 999, "words")


def test_a_chunk_and_the_length_commit_together(session):
    aid = session.call_write(accounts.create_draft)
    rid = session.call_write(recordings.start_recording, aid, "what_happened", VOICE)
    session.call_write(recordings.append_chunk, rid, 0, tone(2.0))
    with pytest.raises(DatabaseError):  # the same seq twice: refused, length unchanged
        session.call_write(recordings.append_chunk, rid, 0, tone(2.0))
    assert session.call(recordings.recording, rid).seconds == pytest.approx(2.0)


_WRITER = textwrap.dedent(
    """
    import math, sys, time
    import numpy as np
    from testimony.core.audio import VOICE, Chunker
    from testimony.services import recordings
    from testimony.services.session import Session
    from testimony.services.vault import vault_paths
    session = Session(vault_paths(sys.argv[1]))
    session.unlock(sys.argv[2]).result()
    rid = session.call_write(recordings.start_recording, int(sys.argv[3]), "what_happened",
                             VOICE)
    chunker = Chunker(VOICE)
    seq = 0
    t = np.arange(VOICE.sample_rate // 10) / VOICE.sample_rate
    block = (np.sin(2 * math.pi * 440 * t) * 9000).astype("<i2").tobytes()
    while True:  # real time: a tenth of a second of sound every tenth of a second
        for chunk in chunker.feed(block):
            session.call_write(recordings.append_chunk, rid, seq, chunk)
            seq += 1
            print(seq, flush=True)
        time.sleep(0.1)
    """
)


@pytest.mark.slow
def test_kill_9_while_recording_keeps_every_committed_chunk(tmp_path):
    created = create_vault(tmp_path / "k.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        aid = s.call_write(accounts.create_draft)
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(created.paths.folder), PASSPHRASE, str(aid)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TESTIMONY_KDF_SECONDS": "0"},
    )
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 4 and time.monotonic() < deadline:
        committed = int(proc.stdout.readline() or committed)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        (rec,) = s.call(recordings.recordings_for, aid)
        assert rec.seconds >= committed * 2
        pcm = play_all(s, rec.id)
    assert len(pcm) == VOICE.frame_bytes * round(rec.seconds * VOICE.sample_rate)
