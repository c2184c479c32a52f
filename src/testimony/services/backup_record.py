"""When the last backup copy was made, kept in the vault's own settings (inside the
encryption, not in app-settings.json: it says a vault exists and is looked after)."""

from __future__ import annotations

from pathlib import Path

from testimony.services.backup import make_backup
from testimony.services.session import Session
from testimony.store.connection import Connection
from testimony.store.settings import get_setting, set_setting
from testimony.store.tx import now

LAST_BACKUP_KEY = "last_backup_at"


def last_backup(conn: Connection) -> str | None:
    """The time of the last backup copy ('2025-03-03T14:02:00Z'), or None."""
    value = get_setting(conn, LAST_BACKUP_KEY)
    return value if isinstance(value, str) else None


def _note_backup(conn: Connection) -> str:
    stamp = now()
    set_setting(conn, LAST_BACKUP_KEY, stamp)
    return stamp


def back_up(session: Session, out: Path) -> str:
    """Make a backup copy at `out` and note when; returns the time. Blocks: call it from a
    worker thread, never the GUI thread."""
    make_backup(session, out)
    return session.call_write(_note_backup)
