"""A readable copy lists the account's recordings with the person's own summaries, and
never the sound (issues 13 and 15 together)."""

from __future__ import annotations

from testimony.services import accounts, recordings
from testimony.services.evidence import readable_copy
from tests.store.test_recordings import record, session, tone  # noqa: F401 - fixture

SUMMARY = "I told the nurse I was scared and she called the police anyway"


def test_copy_lists_recordings_with_their_summaries(session):  # noqa: F811
    aid = session.call_write(accounts.create_draft)
    rid = record(session, aid, tone(3.0))
    session.call_write(recordings.set_summary, rid, SUMMARY)
    copy = session.call(readable_copy, aid)
    (spoken,) = copy.recordings
    assert spoken.question_id == "what_happened"
    assert spoken.summary == SUMMARY
    assert 2.9 < spoken.seconds < 3.1


def test_copy_of_an_account_without_recordings_lists_none(session):  # noqa: F811
    aid = session.call_write(accounts.create_draft)
    assert session.call(readable_copy, aid).recordings == ()
