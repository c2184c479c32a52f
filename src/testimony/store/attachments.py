"""Documents and photos attached to an account, kept inside the encrypted database.

The bytes are stored in chunks (attachment_chunks), so no single row is tens of megabytes;
recordings use the same tables with kind 'audio' and are left alone here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from testimony.store.connection import Connection
from testimony.store.events import log_event
from testimony.store.tx import now

CHUNK = 1024 * 1024
DOCUMENT_KINDS = ("document", "photo")
_KINDS = "('document', 'photo')"


@dataclass(frozen=True)
class DocumentRow:
    id: int
    account_id: int
    name: str
    mime: str
    kind: str
    bytes: int
    added: str


def insert_document(
    conn: Connection, account_id: int, name: str, kind: str, mime: str, data: bytes
) -> int:
    """Add one document; call inside a transaction. Returns its id."""
    if kind not in DOCUMENT_KINDS:
        raise ValueError(kind)
    cur = conn.execute(
        "INSERT INTO attachments (account_id, kind, mime, created, complete)"
        " VALUES (?, ?, ?, ?, 1)",
        (account_id, kind, mime, now()),
    )
    attachment_id = int(cur.lastrowid or 0)
    conn.execute(
        "INSERT INTO attachment_documents (attachment_id, name, bytes) VALUES (?, ?, ?)",
        (attachment_id, name, len(data)),
    )
    view = memoryview(data)
    conn.executemany(
        "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
        (
            (attachment_id, seq, bytes(view[start : start + CHUNK]))
            for seq, start in enumerate(range(0, len(data), CHUNK))
        ),
    )
    log_event(conn, "attachment_added")
    return attachment_id


def documents_for(conn: Connection, account_id: int) -> list[DocumentRow]:
    rows = conn.execute(
        "SELECT a.id, a.account_id, d.name, a.mime, a.kind, d.bytes, a.created"
        " FROM attachments a JOIN attachment_documents d ON d.attachment_id = a.id"
        f" WHERE a.account_id = ? AND a.kind IN {_KINDS} ORDER BY a.id",
        (account_id,),
    )
    return [DocumentRow(*r) for r in rows]


def document_row(conn: Connection, attachment_id: int) -> DocumentRow | None:
    row = conn.execute(
        "SELECT a.id, a.account_id, d.name, a.mime, a.kind, d.bytes, a.created"
        " FROM attachments a JOIN attachment_documents d ON d.attachment_id = a.id"
        f" WHERE a.id = ? AND a.kind IN {_KINDS}",
        (attachment_id,),
    ).fetchone()
    return DocumentRow(*row) if row else None


def document_data(conn: Connection, attachment_id: int) -> bytes:
    rows = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
        (attachment_id,),
    )
    return b"".join(r[0] for r in rows)


def delete_document(conn: Connection, attachment_id: int) -> bool:
    """Remove one document and its chunks (by cascade); call inside a transaction."""
    cur = conn.execute(
        f"DELETE FROM attachments WHERE id = ? AND kind IN {_KINDS}", (attachment_id,)
    )
    if cur.rowcount:
        log_event(conn, "attachment_deleted")
    return bool(cur.rowcount)


def document_counts(conn: Connection, account_ids: Sequence[int]) -> dict[int, int]:
    """How many documents each account has (accounts with none are left out)."""
    if not account_ids:
        return {}
    marks = ",".join("?" * len(account_ids))
    rows = conn.execute(
        "SELECT account_id, count(*) FROM attachments"
        f" WHERE kind IN {_KINDS} AND account_id IN ({marks}) GROUP BY account_id",
        list(account_ids),
    )
    return {int(r[0]): int(r[1]) for r in rows}
