"""The content-free event log: what happened to the vault, never what anyone wrote."""

from __future__ import annotations

from typing import Literal

from testimony.store.connection import Connection
from testimony.store.tx import now

EventKind = Literal[
    "vault_created",
    "account_created",
    "account_updated",
    "account_deleted",
    "consent_changed",
    "passphrase_changed",
    "key_file_upgraded",
    "backup_made",
    "exported",
    "withdrawn",
    "attachment_added",
    "attachment_deleted",
    "recording_started",
    "recording_deleted",
]


def log_event(conn: Connection, kind: EventKind) -> None:
    conn.execute("INSERT INTO events (at, kind) VALUES (?, ?)", (now(), kind))


def recent_events(conn: Connection, limit: int = 100) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT at, kind FROM events ORDER BY id DESC LIMIT ?", (limit,))
    return [(r[0], r[1]) for r in rows]
