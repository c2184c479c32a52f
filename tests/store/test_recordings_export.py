"""Nothing of a voice leaves: an export of accounts with recordings carries no sound, only
the summaries the person typed, reviewed and redacted like any text."""

from __future__ import annotations

import json
import math

import numpy as np

from testimony.core.audio import VOICE, Chunker
from testimony.crypto.age import open_sealed
from testimony.exporting.plan import accept_automatic, plan_export
from testimony.services import recordings
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from tests.export_helpers import add_accounts, at_level, coalition
from tests.helpers import PASSPHRASE


def _tone(seconds: float) -> bytes:
    t = np.arange(int(seconds * VOICE.sample_rate)) / VOICE.sample_rate
    return (np.sin(2 * math.pi * 440 * t) * 12000).astype("<i2").tobytes()


def _speak(session: Session, account_id: int, seconds: float, summary: str = "") -> bytes:
    pcm = _tone(seconds)
    rid = session.call_write(recordings.start_recording, account_id, "what_happened", VOICE)
    chunker = Chunker(VOICE)
    for seq, chunk in enumerate([*chunker.feed(pcm), chunker.rest()]):
        session.call_write(recordings.append_chunk, rid, seq, chunk)
    if summary:
        session.call_write(recordings.set_summary, rid, summary)
    return pcm


def test_an_export_has_no_sound_and_only_reviewed_summaries(vault_dir, cli, tmp_path):
    add_accounts(
        cli,
        vault_dir,
        [
            at_level("words", "I waited for hours."),
            at_level("private", "kept at home"),
            at_level("count", "counted only"),
            {"answers": {"services": ["police"]}, "consent": "quote"},
            at_level("words", "No voice here."),
        ],
    )
    with Session(vault_paths(vault_dir)) as session:
        session.unlock(PASSPHRASE).result()
        pcm = _speak(session, 1, 7.9, "PC Davies took my phone in Leeds.")
        _speak(session, 2, 3.0, "Private words about Sarah.")
        _speak(session, 3, 3.0, "Counted words about Sarah.")
        _speak(session, 4, 4.0, "Sgt Baker shouted at me.")
        _speak(session, 5, 2.0)  # no summary: nothing of it can leave
        encoded = session.call(
            lambda c: [bytes(r[0]) for r in c.execute("SELECT data FROM recording_chunks")]
        )

    listed = cli(["account", "list", vault_dir, "--json"], stdin=PASSPHRASE + "\n")
    assert listed.code == 0, listed.err
    by_id = {a["id"]: a for a in json.loads(listed.out)}
    assert by_id[1]["recordings"][0]["question"] == "what_happened"
    assert by_id[1]["recordings"][0]["seconds"] == 7.9
    assert by_id[5]["recordings"][0]["seconds"] == 2.0

    coal = coalition(tmp_path)
    out = tmp_path / "x.age"
    result = cli(
        ["export", vault_dir, "--recipient", coal.identity.recipient, "--out", out, "--yes"],
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0, result.err
    plain = open_sealed(out.read_bytes(), coal.identity.identity)
    for needle in [b"fLaC", pcm[1000:1032], *(c[len(c) // 2 : len(c) // 2 + 32] for c in encoded)]:
        assert needle not in plain
    bundle = json.loads(plain)
    texts = [r.get("texts", {}) for r in bundle["records"]]
    words = [t["what_happened"] for t in texts if "what_happened" in t]
    assert any(
        w.startswith("I waited for hours.\n\n[POLICE OFFICER] took my phone in [PLACE]")
        for w in words
    )
    assert any(w.startswith("[POLICE OFFICER] shouted") for w in words)  # quote, summary only
    assert "No voice here." in words
    assert "Sarah" not in plain.decode() and "Private words" not in plain.decode()
    assert all(
        set(r)
        <= {
            "export_id",
            "withdrawal_hash",
            "consent",
            "form",
            "form_version",
            "answers",
            "quote",
            "texts",
            "reviewed",  # format 2: whether the person read every change
            "documents",  # how many files are kept with it; never the files
        }
        for r in bundle["records"]
    )


def test_a_changed_summary_needs_a_new_review(vault_dir, cli):
    add_accounts(cli, vault_dir, [at_level("words", "I waited.")])
    with Session(vault_paths(vault_dir)) as session:
        session.unlock(PASSPHRASE).result()
        _speak(session, 1, 2.0, "They were kind.")
        plan = session.call(plan_export, vault_dir, None, None, True)
        assert plan.needing_review == [(1, "what_happened")]
        session.call_write(accept_automatic, plan)
        assert session.call(plan_export, vault_dir).needing_review == []
        rid = session.call(recordings.recordings_for, 1)[0].id
        session.call_write(recordings.set_summary, rid, "They were kind. Then Dr Patel came.")
        plan = session.call(plan_export, vault_dir)
        assert plan.needing_review == [(1, "what_happened")]
        assert plan.accounts[0].texts_leaving == {}  # nothing leaves until looked at again
