"""The attack: hand write_export a plan built by hand, not by plan_export.

write_export must re-read each account's consent and review from the vault, in the
transaction that writes the receipt, and refuse what they do not allow. Every hostile plan
here must leave no file and no receipt.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from testimony.core.consent import Level, Method
from testimony.core.errors import BundleInvalid, ExportRefused
from testimony.core.review import ReviewState
from testimony.crypto.age import new_identity, open_sealed
from testimony.exporting.plan import ExportPlan, accept_automatic, plan_export
from testimony.exporting.shareable import Shareable, TextToShare
from testimony.exporting.write import write_export
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault
from testimony.store.sharing import receipts
from tests.helpers import PASSPHRASE

SECRET = "Dr Pemberton-Smythe at Leeds General"


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "h.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def make(session, level: Level, text: str = SECRET) -> int:
    aid = session.call_write(accounts.create_draft)
    session.call_write(
        accounts.save_answers,
        aid,
        {
            "services": ["police"],
            "when": "2023-07-21",
            "what_happened": text,
            "short_name": "my secret title",
        },
    )
    session.call_write(accounts.set_consent, aid, level, Method.ALONE)
    return aid


def confirmed_plan(session) -> ExportPlan:
    session.call_write(
        accept_automatic, session.call(plan_export, session.paths.folder, assume_automatic=True)
    )
    return session.call(plan_export, session.paths.folder)


def raw_text(question_id: str = "what_happened", text: str = SECRET) -> TextToShare:
    """A text claiming a confirmed review, leaving unredacted."""
    return TextToShare(question_id, text, "0" * 64, (), (), ReviewState.CONFIRMED, text)


def forged(aid: int, level: Level, answers=None, texts=()) -> Shareable:
    return Shareable(
        aid, level, "crisis-account", 1, answers or {"services": ["police"]}, tuple(texts)
    )


def attempt(session, tmp_path, plan: ExportPlan) -> None:
    out = tmp_path / "out.age"
    before = len(session.call(receipts))
    # Some forgeries the published schema turns down before sealing; the rest the vault.
    with pytest.raises((ExportRefused, BundleInvalid)):
        session.call(write_export, plan, [("c", new_identity().recipient)], out)
    assert not out.exists()
    assert len(session.call(receipts)) == before


def plan_of(*accounts: Shareable, folder=None) -> ExportPlan:
    return ExportPlan(tuple(accounts), (), folder)


def test_private_account_gives_nothing_whatever_the_plan_says(session, tmp_path):
    aid = make(session, Level.PRIVATE)
    attempt(session, tmp_path, plan_of(forged(aid, Level.QUOTE, texts=[raw_text()])))
    attempt(session, tmp_path, plan_of(forged(aid, Level.COUNT)))  # structured answers only


def test_count_level_gives_no_text(session, tmp_path):
    aid = make(session, Level.COUNT)
    attempt(session, tmp_path, plan_of(forged(aid, Level.COUNT, texts=[raw_text()])))
    attempt(session, tmp_path, plan_of(forged(aid, Level.WORDS, texts=[raw_text()])))


def test_words_need_a_confirmed_current_review(session, tmp_path):
    aid = make(session, Level.WORDS)
    # No review at all, but the plan claims one.
    attempt(session, tmp_path, plan_of(forged(aid, Level.WORDS, texts=[raw_text()])))
    # A real confirmed review, but the plan sends the words unredacted.
    real = confirmed_plan(session).accounts[0]
    assert SECRET not in real.texts_leaving["what_happened"]
    unredacted = dataclasses.replace(real.texts[0], redacted=SECRET)
    attempt(session, tmp_path, plan_of(dataclasses.replace(real, texts=(unredacted,))))


def test_a_review_made_stale_by_an_edit_stops_the_words(session, tmp_path):
    aid = make(session, Level.WORDS)
    plan = confirmed_plan(session)
    session.call_write(accounts.save_answers, aid, {"what_happened": SECRET + " again"})
    attempt(session, tmp_path, plan)


def test_never_export_question_never_leaves(session, tmp_path):
    aid = make(session, Level.COUNT)
    answers = {"services": ["police"], "short_name": "my secret title"}
    attempt(session, tmp_path, plan_of(forged(aid, Level.COUNT, answers=answers)))
    # Nor a free-text question with export "never", sent as a text.
    quote = make(session, Level.QUOTE)
    plan = confirmed_plan(session)
    real = next(a for a in plan.accounts if a.account_id == quote)
    name = raw_text("short_name", "my secret title")
    attempt(session, tmp_path, plan_of(dataclasses.replace(real, texts=(*real.texts, name))))


def test_consent_withdrawn_after_planning_stops_the_export(session, tmp_path):
    aid = make(session, Level.QUOTE)
    plan = confirmed_plan(session)
    session.call_write(accounts.set_consent, aid, Level.PRIVATE, Method.ALONE)
    attempt(session, tmp_path, plan)


def test_level_cannot_be_raised_by_the_plan(session, tmp_path):
    aid = make(session, Level.WORDS)
    real = confirmed_plan(session).accounts[0]
    assert real.account_id == aid and not real.quote
    attempt(session, tmp_path, plan_of(dataclasses.replace(real, level=Level.QUOTE)))


def test_unknown_and_repeated_accounts_are_refused(session, tmp_path):
    make(session, Level.COUNT)
    real = confirmed_plan(session).accounts[0]
    attempt(session, tmp_path, plan_of(dataclasses.replace(real, account_id=9999)))
    attempt(session, tmp_path, plan_of(real, real))


def test_an_honest_plan_still_exports(session, tmp_path):
    make(session, Level.WORDS)
    make(session, Level.COUNT)
    make(session, Level.PRIVATE)
    plan = confirmed_plan(session)
    ident = new_identity()
    result = session.call(write_export, plan, [("c", ident.recipient)], tmp_path / "ok.age")
    bundle = json.loads(open_sealed(result.path.read_bytes(), ident.identity))
    assert len(bundle["records"]) == 2
    assert all("short_name" not in r["answers"] for r in bundle["records"])
    assert len(session.call(receipts)) == 1


def test_the_plan_cannot_claim_files_the_account_does_not_have(session, tmp_path):
    """Only the number of files kept with an account leaves, and it is counted from the
    vault at sealing: a plan cannot make it up."""
    make(session, Level.WORDS)
    real = confirmed_plan(session).accounts[0]
    assert real.documents == 0
    attempt(session, tmp_path, plan_of(dataclasses.replace(real, documents=7)))


def test_the_plan_cannot_claim_the_person_read_changes_nobody_read(session, tmp_path):
    """Export format 2 says per record whether the person read every change. Changes
    accepted unread (--yes) stay unread at sealing, whatever the plan claims."""
    make(session, Level.WORDS)
    real = confirmed_plan(session).accounts[0]
    assert real.texts and not real.reviewed  # accepted on the person's behalf
    claimed = tuple(dataclasses.replace(t, automatic=False) for t in real.texts)
    forged_plan = plan_of(dataclasses.replace(real, texts=claimed))
    assert forged_plan.accounts[0].reviewed
    attempt(session, tmp_path, forged_plan)
