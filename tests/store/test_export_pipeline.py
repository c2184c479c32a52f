"""The export pipeline called directly: consent and reviews enforced in exporting/, not the UI."""

from __future__ import annotations

import json
import shutil
import subprocess

import jsonschema
import pytest

from testimony.core.consent import Level, Method
from testimony.core.errors import Cancelled, ExportRefused, SealedFileInvalid
from testimony.core.resources import read_text
from testimony.core.review import ReviewState
from testimony.crypto.age import new_identity, open_sealed
from testimony.crypto.tokens import secret_hash
from testimony.exporting.plan import accept_automatic, plan_export
from testimony.exporting.write import write_export, write_withdrawal
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store.sharing import receipts
from tests.export_helpers import coalition
from tests.helpers import PASSPHRASE

SCHEMA = json.loads(read_text("schemas", "testimony-export-2.schema.json"))
WITHDRAWAL_SCHEMA = json.loads(read_text("schemas", "testimony-withdrawal-1.schema.json"))


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "e.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def make(session, level: Level, text: str, **answers) -> int:
    aid = session.call_write(accounts.create_draft)
    session.call_write(
        accounts.save_answers,
        aid,
        {
            "services": ["police"],
            "when": "2023-07-21",
            "what_happened": text,
            "short_name": f"title {text}",
            **answers,
        },
    )
    session.call_write(accounts.set_consent, aid, level, Method.ALONE)
    return aid


def export(session, tmp_path, name="out.age", **kw):
    coal = coalition(tmp_path)
    plan = session.call(plan_export, session.paths.folder)
    result = session.call(
        write_export, plan, [("Coalition", coal.identity.recipient)], tmp_path / name, **kw
    )
    bundle = json.loads(open_sealed(result.path.read_bytes(), coal.identity.identity))
    return result, bundle, coal


def test_every_level_gives_exactly_what_it_allows(session, tmp_path):
    ids = {lvl: make(session, lvl, f"words at {lvl.value} level") for lvl in Level}
    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    result, bundle, _ = export(session, tmp_path)
    jsonschema.validate(bundle, SCHEMA)
    by_level = {r["consent"]: r for r in bundle["records"]}
    assert set(by_level) == {"count", "words", "quote"}  # private never appears
    assert "texts" not in by_level["count"]
    assert by_level["words"]["texts"]["what_happened"] == "words at words level"
    assert by_level["words"]["quote"] is False and by_level["quote"]["quote"] is True
    for r in bundle["records"]:
        assert r["answers"] == {"services": ["police"], "when": "2023-07"}  # generalised
        assert "short_name" not in json.dumps(r)  # "never exported"
    assert {s.account_id for s in result.sent} == {
        ids[Level.COUNT],
        ids[Level.WORDS],
        ids[Level.QUOTE],
    }
    assert "at private level" not in json.dumps(bundle)


def test_missing_or_stale_review_keeps_the_words_home(session, tmp_path):
    aid = make(session, Level.WORDS, "first version of what happened")
    plan = session.call(plan_export, session.paths.folder)
    assert plan.needing_review == [(aid, "what_happened")]
    _, bundle, _ = export(session, tmp_path, "a.age")
    assert "texts" not in bundle["records"][0]  # the answers go, the words do not

    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    _, bundle, _ = export(session, tmp_path, "b.age")
    assert bundle["records"][0]["texts"] == {"what_happened": "first version of what happened"}

    session.call_write(
        accounts.save_answers, aid, {"services": ["police"], "what_happened": "edited after review"}
    )
    plan = session.call(plan_export, session.paths.folder)
    assert plan.accounts[0].texts[0].state is ReviewState.STALE
    _, bundle, _ = export(session, tmp_path, "c.age")
    assert "edited" not in json.dumps(bundle) and "texts" not in bundle["records"][0]


def test_a_preview_plan_is_refused(session, tmp_path):
    make(session, Level.QUOTE, "not reviewed")
    preview = session.call(plan_export, session.paths.folder, assume_automatic=True)
    with pytest.raises(ExportRefused):
        session.call(write_export, preview, [("c", new_identity().recipient)], tmp_path / "x")
    assert not (tmp_path / "x").exists()
    assert session.call(receipts) == []


def test_nothing_to_export(session, tmp_path):
    make(session, Level.PRIVATE, "mine alone")
    plan = session.call(plan_export, session.paths.folder)
    assert [e.reason for e in plan.excluded] == ["private"]
    with pytest.raises(ExportRefused):
        session.call(write_export, plan, [("c", new_identity().recipient)], tmp_path / "x")
    assert list(tmp_path.glob("x*")) == []


def test_cancel_and_unwritable_target_leave_nothing(session, tmp_path):
    make(session, Level.COUNT, "x")
    plan = session.call(plan_export, session.paths.folder)
    key = [("c", new_identity().recipient)]
    with pytest.raises(Cancelled):
        session.call(write_export, plan, key, tmp_path / "c.age", cancelled=lambda: True)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises((ExportRefused, OSError)):
        session.call(write_export, plan, key, blocker / "out.age")
    with pytest.raises(ExportRefused):
        session.call(write_export, plan, key, tmp_path / "missing" / "out.age")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.testimony", "not-a-folder"]
    assert session.call(receipts) == []


def test_records_are_shuffled_and_carry_nothing_about_time_or_device(session, tmp_path):
    ids = [make(session, Level.COUNT, f"n{i}") for i in range(40)]
    result, bundle, _ = export(session, tmp_path)
    order = {s.export_id: s.account_id for s in result.sent}
    exported_order = [order[r["export_id"]] for r in bundle["records"]]
    assert sorted(exported_order) == ids
    assert exported_order != ids and exported_order != ids[::-1]
    assert set(bundle) == {"format", "exported", "forms", "records"}
    assert len(bundle["exported"]) == 7  # YYYY-MM, nothing finer


def test_withdrawal_notice_carries_matching_secrets(session, tmp_path):
    make(session, Level.COUNT, "a")
    make(session, Level.COUNT, "b")
    result, bundle, coal = export(session, tmp_path)
    hashes = {r["export_id"]: r["withdrawal_hash"] for r in bundle["records"]}
    chosen = [result.sent[0].export_id]
    session.call(write_withdrawal, chosen, [coal.identity.recipient], tmp_path / "w.age")
    notice = json.loads(open_sealed((tmp_path / "w.age").read_bytes(), coal.identity.identity))
    jsonschema.validate(notice, WITHDRAWAL_SCHEMA)
    assert [w["export_id"] for w in notice["withdrawals"]] == chosen
    assert all(secret_hash(w["secret"]) == hashes[w["export_id"]] for w in notice["withdrawals"])
    [receipt] = session.call(receipts)
    withdrawn = {i.export_id: i.withdrawn_at for i in receipt.items}
    assert withdrawn[chosen[0]] is not None and withdrawn[result.sent[1].export_id] is None


def test_tampered_or_misaddressed_bundle_fails_clearly(session, tmp_path):
    make(session, Level.COUNT, "a")
    result, _, coal = export(session, tmp_path)
    data = bytearray(result.path.read_bytes())
    data[-20] ^= 0x01
    with pytest.raises(SealedFileInvalid):
        open_sealed(bytes(data), coal.identity.identity)
    with pytest.raises(SealedFileInvalid):
        open_sealed(result.path.read_bytes(), new_identity().identity)
    with pytest.raises(SealedFileInvalid):
        open_sealed(result.path.read_bytes()[:100], coal.identity.identity)


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is installed by setup.sh")
def test_debian_age_reads_what_the_app_sealed(session, tmp_path):
    make(session, Level.QUOTE, "I waited nine hours in A&E.")
    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    result, _, coal = export(session, tmp_path)
    proc = subprocess.run(
        ["age", "--decrypt", "-i", str(coal.identity_file), str(result.path)],
        capture_output=True,
        timeout=60,
        check=True,
    )
    bundle = json.loads(proc.stdout)
    jsonschema.validate(bundle, SCHEMA)
    assert bundle["records"][0]["texts"]["what_happened"] == "I waited nine hours in A&E."


def test_changing_the_people_and_places_list_makes_reviews_stale(session, tmp_path):
    from testimony.exporting.plan import save_known

    make(session, Level.WORDS, "Morwenna Tregothnan was kind to me.")
    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    assert session.call(plan_export, session.paths.folder).needing_review == []
    session.call_write(save_known, {"people": ["Morwenna"]})
    plan = session.call(plan_export, session.paths.folder)
    assert plan.accounts[0].texts[0].state is ReviewState.STALE
    assert plan.accounts[0].texts_leaving == {}


def test_roles_survive_a_saved_review(session, tmp_path):
    make(session, Level.WORDS, "My CPN Sarah Jones phoned the police.")
    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    _, bundle, _ = export(session, tmp_path)
    assert bundle["records"][0]["texts"]["what_happened"] == "My CPN [CPN] phoned the police."


def test_a_record_is_reviewed_only_when_the_person_read_every_text(session, tmp_path):
    """Export format 2 (issue 10): `reviewed` per record with words, true only when every
    text in it was confirmed by the person, false when any was accepted unread."""
    from testimony.core.review import decisions_from_spans
    from testimony.store.reviews import reviews_for, save_review

    both = make(session, Level.QUOTE, "They said I was a time waster.", how_affected="I hid.")
    read = make(session, Level.WORDS, "Nobody came.")
    session.call_write(accept_automatic, session.call(plan_export, None, assume_automatic=True))
    assert all(r.automatic for r in session.call(reviews_for, both).values())
    # The person now reads one text of each account in the app and confirms it.
    for account in session.call(plan_export, None).accounts:
        piece = account.texts[0]
        session.call_write(
            save_review, account.account_id, piece.question_id, piece.text_hash,
            decisions_from_spans(piece.detected), True,
        )  # fmt: skip
    _, bundle, _ = export(session, tmp_path)
    jsonschema.validate(bundle, SCHEMA)
    assert bundle["format"] == "testimony-export/2"
    flags = {r["consent"]: r["reviewed"] for r in bundle["records"]}
    assert flags == {"quote": False, "words": True}  # one text of two was never read
    assert read and all("reviewed" not in r for r in bundle["records"] if "texts" not in r)
