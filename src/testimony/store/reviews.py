"""Redaction reviews, one per account and question, tied to the exact text reviewed."""

from __future__ import annotations

import json

from testimony.core.review import Decision, Review, decisions_from_json, decisions_to_json
from testimony.store.connection import Connection
from testimony.store.tx import now


def save_review(
    conn: Connection,
    account_id: int,
    question_id: str,
    text_hash: str,
    decisions: tuple[Decision, ...],
    confirmed: bool,
    automatic: bool = False,
) -> None:
    """`automatic`: confirmed without the person reading it (the command line's --yes).
    Any later save by the person clears it; see docs/coalition.md, "Reviewed or not"."""
    conn.execute(
        "INSERT INTO redaction_reviews (account_id, question_id, text_hash, decisions,"
        " confirmed_at, automatic) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(account_id, question_id) DO UPDATE SET text_hash = excluded.text_hash,"
        " decisions = excluded.decisions, confirmed_at = excluded.confirmed_at,"
        " automatic = excluded.automatic",
        (
            account_id,
            question_id,
            text_hash,
            json.dumps(decisions_to_json(decisions)),
            now() if confirmed else None,
            1 if automatic and confirmed else 0,
        ),
    )


def reviews_for(conn: Connection, account_id: int) -> dict[str, Review]:
    rows = conn.execute(
        "SELECT question_id, text_hash, decisions, confirmed_at, automatic"
        " FROM redaction_reviews WHERE account_id = ?",
        (account_id,),
    )
    return {
        r[0]: Review(
            r[0], r[1], decisions_from_json(json.loads(r[2])), r[3] is not None, bool(r[4])
        )
        for r in rows
    }
