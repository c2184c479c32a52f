"""Consent decided again at the moment of sealing, from the vault, not from the plan.

A plan is made earlier and may be stale (consent withdrawn, words edited since the review)
or built by hand. `check_plan` runs inside the transaction that writes the receipt, so what
it reads is what is true when the file is committed: each account that will leave is read
again, its shareable view rebuilt from its current consent, form rules and confirmed
reviews, and the plan may carry nothing beyond that view.
"""

from __future__ import annotations

from dataclasses import replace

from testimony.core.consent import Level
from testimony.core.errors import ExportRefused, UnknownForm
from testimony.core.forms import load_form
from testimony.core.redaction import KnownDetails
from testimony.exporting.machine import machine_terms
from testimony.exporting.plan import ExportPlan, load_known
from testimony.exporting.shareable import Shareable, shareable
from testimony.exporting.spoken import with_summaries
from testimony.store import accounts as store
from testimony.store.attachments import document_counts
from testimony.store.connection import Connection
from testimony.store.recordings import summaries as recording_summaries
from testimony.store.reviews import reviews_for

REFUSAL = "choices changed"


def check_plan(conn: Connection, plan: ExportPlan) -> None:
    """Refuse the whole export if any account would send more than the vault allows now."""
    known = load_known(conn)
    machine = machine_terms(plan.vault_folder)
    seen: set[int] = set()
    for planned in plan.leaving:
        if planned.account_id in seen:
            raise ExportRefused(REFUSAL, account=planned.account_id)
        seen.add(planned.account_id)
        allowed = allowed_now(conn, planned.account_id, known, machine)
        if allowed is None or not within(planned, allowed):
            raise ExportRefused(REFUSAL, account=planned.account_id)


def allowed_now(
    conn: Connection, account_id: int, known: KnownDetails, machine: tuple[str, ...]
) -> Shareable | None:
    """What this account's current consent and confirmed reviews let leave (None: nothing)."""
    account = store.get_account(conn, account_id)
    if account is None or account.consent is Level.PRIVATE:
        return None
    try:
        form = load_form(account.form_id, account.form_version)
    except UnknownForm:
        return None
    # Spoken answers leave only as their typed summaries, as when the plan was made.
    account = with_summaries(account, form, recording_summaries(conn, account_id))
    # Never assume automatic redactions here: only reviews the person confirmed count.
    allowed = shareable(account, form, known, machine, reviews_for(conn, account_id))
    if allowed is None:
        return None
    # The number of files kept with the account is all that may leave of them.
    return replace(allowed, documents=document_counts(conn, [account_id]).get(account_id, 0))


def within(planned: Shareable, allowed: Shareable) -> bool:
    """True when every answer and text the plan would send is exactly one the vault allows.

    The level must match too: it decides the record's `quote` flag at the coalition.
    """
    if (planned.level, planned.form_id, planned.form_version) != (
        allowed.level,
        allowed.form_id,
        allowed.form_version,
    ):
        return False
    for qid, value in planned.answers.items():
        if qid not in allowed.answers or allowed.answers[qid] != value:
            return False
    if planned.documents != allowed.documents:
        return False
    # The bundle says whether the person read every change; that claim comes from the
    # vault's reviews (--yes marks them unread), never from the plan.
    if planned.reviewed != allowed.reviewed:
        return False
    may_leave = allowed.texts_leaving
    return all(may_leave.get(qid) == text for qid, text in planned.texts_leaving.items())
