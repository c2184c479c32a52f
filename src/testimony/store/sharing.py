"""Recipients (coalition keys) and receipts of what was exported, with withdrawal secrets."""

from __future__ import annotations

import json
from dataclasses import dataclass

from testimony.store.connection import Connection
from testimony.store.events import log_event
from testimony.store.tx import now


@dataclass(frozen=True)
class Recipient:
    id: int
    name: str
    public_key: str
    added: str


@dataclass(frozen=True)
class ExportItem:
    account_id: int | None  # None once the account itself was deleted
    export_id: str
    withdrawal_secret: str
    level: str
    withdrawn_at: str | None


@dataclass(frozen=True)
class Receipt:
    id: int
    created: str
    recipients: tuple[tuple[str, str], ...]  # (name, public key)
    file_name: str
    items: tuple[ExportItem, ...]


def add_recipient(conn: Connection, name: str, public_key: str) -> int:
    cur = conn.execute(
        "INSERT INTO recipients (name, public_key, added) VALUES (?, ?, ?)"
        " ON CONFLICT(public_key) DO UPDATE SET name = excluded.name",
        (name, public_key, now()),
    )
    row = conn.execute("SELECT id FROM recipients WHERE public_key = ?", (public_key,)).fetchone()
    return int(row[0] if row else cur.lastrowid or 0)


def list_recipients(conn: Connection) -> list[Recipient]:
    rows = conn.execute("SELECT id, name, public_key, added FROM recipients ORDER BY name, id")
    return [Recipient(*r) for r in rows]


def remove_recipient(conn: Connection, recipient_id: int) -> None:
    conn.execute("DELETE FROM recipients WHERE id = ?", (recipient_id,))


def add_receipt(
    conn: Connection,
    recipients: list[tuple[str, str]],
    file_name: str,
    items: list[tuple[int, str, str, str]],
) -> int:
    """Record an export; items are (account id, export id, withdrawal secret, level)."""
    cur = conn.execute(
        "INSERT INTO export_receipts (created, recipients, file_name) VALUES (?, ?, ?)",
        (now(), json.dumps(recipients), file_name),
    )
    receipt_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO export_items (receipt_id, account_id, export_id, withdrawal_secret, level)"
        " VALUES (?, ?, ?, ?, ?)",
        [(receipt_id, *item) for item in items],
    )
    log_event(conn, "exported")
    return receipt_id


def receipts(conn: Connection) -> list[Receipt]:
    heads = conn.execute(
        "SELECT id, created, recipients, file_name FROM export_receipts ORDER BY id DESC"
    ).fetchall()
    out = []
    for rid, created, recips, file_name in heads:
        items = conn.execute(
            "SELECT account_id, export_id, withdrawal_secret, level, withdrawn_at"
            " FROM export_items WHERE receipt_id = ? ORDER BY rowid",
            (rid,),
        )
        out.append(
            Receipt(
                rid,
                created,
                tuple(tuple(r) for r in json.loads(recips)),
                file_name,
                tuple(ExportItem(*i) for i in items),
            )
        )
    return out


def items_by_export_id(conn: Connection, export_ids: list[str]) -> dict[str, ExportItem]:
    found: dict[str, ExportItem] = {}
    for eid in export_ids:
        row = conn.execute(
            "SELECT account_id, export_id, withdrawal_secret, level, withdrawn_at"
            " FROM export_items WHERE export_id = ?",
            (eid,),
        ).fetchone()
        if row:
            found[eid] = ExportItem(*row)
    return found


def receipt_recipients(conn: Connection, export_id: str) -> list[tuple[str, str]]:
    row = conn.execute(
        "SELECT r.recipients FROM export_receipts r JOIN export_items i ON i.receipt_id = r.id"
        " WHERE i.export_id = ?",
        (export_id,),
    ).fetchone()
    return [tuple(x) for x in json.loads(row[0])] if row else []


def mark_withdrawn(conn: Connection, export_ids: list[str]) -> None:
    stamp = now()
    conn.executemany(
        "UPDATE export_items SET withdrawn_at = ? WHERE export_id = ? AND withdrawn_at IS NULL",
        [(stamp, e) for e in export_ids],
    )
    log_event(conn, "withdrawn")
