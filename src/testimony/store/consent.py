"""Consent history: appended, never edited."""

from __future__ import annotations

from testimony.core.consent import ConsentRecord, Level, Method, wording
from testimony.store.connection import Connection
from testimony.store.events import log_event
from testimony.store.tx import now


def record_consent(
    conn: Connection,
    account_id: int,
    level: Level,
    method: Method,
    wording_id: str | None = None,
    language: str = "en",
) -> ConsentRecord:
    """Append a consent record, with the id, language and hash of the wording read. Call
    inside the caller's transaction."""
    w = wording(wording_id, language) if wording_id else wording(language=language)
    record = ConsentRecord(Level(level), w.id, w.sha256, Method(method), now(), w.language)
    conn.execute(
        "INSERT INTO consent"
        " (account_id, level, wording_id, wording_hash, method, given_at, language)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            account_id,
            record.level.value,
            record.wording_id,
            record.wording_hash,
            record.method.value,
            record.given_at,
            record.language,
        ),
    )
    log_event(conn, "consent_changed")
    return record


def consent_history(conn: Connection, account_id: int) -> list[ConsentRecord]:
    rows = conn.execute(
        "SELECT level, wording_id, wording_hash, method, given_at, language FROM consent"
        " WHERE account_id = ? ORDER BY id",
        (account_id,),
    )
    return [ConsentRecord(Level(r[0]), r[1], r[2], Method(r[3]), r[4], r[5]) for r in rows]


def current_level(conn: Connection, account_id: int) -> Level:
    row = conn.execute(
        "SELECT level FROM consent WHERE account_id = ? ORDER BY id DESC LIMIT 1", (account_id,)
    ).fetchone()
    return Level(row[0]) if row else Level.PRIVATE


def add_language_column(conn: Connection) -> None:
    """Migration: the language of the wording each consent was given in. Consent given
    before translations existed was given in English."""
    conn.execute("ALTER TABLE consent ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
