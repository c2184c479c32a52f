"""Accounts and their full-text index, kept in step in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from testimony.core.consent import Level
from testimony.core.errors import UnknownForm
from testimony.core.forms import AnswerValue, load_form, searchable_text, short_title
from testimony.core.types import Account, NewAccount, Status
from testimony.store.connection import Connection
from testimony.store.events import log_event
from testimony.store.listing import (
    account_ids,
    account_rows,
    count_accounts,
    first_page,
    fts_query,
    next_place,
    search_count,
    search_page,
)
from testimony.store.tx import now

# The list and search live in store.listing; callers that know accounts find them here too.
__all__ = [
    "account_ids",
    "account_rows",
    "count_accounts",
    "delete_account",
    "first_page",
    "fts_query",
    "get_account",
    "insert_account",
    "insert_accounts",
    "reindex_account",
    "retitle_all",
    "search_count",
    "search_page",
    "update_account",
]

_CURRENT_CONSENT = (
    "(SELECT level FROM consent c WHERE c.account_id = a.id ORDER BY c.id DESC LIMIT 1)"
)


def insert_account(conn: Connection, new: NewAccount) -> int:
    """Add an account; call inside a transaction. Returns its id."""
    return insert_accounts(conn, [new])[0]


def insert_accounts(conn: Connection, news: Sequence[NewAccount]) -> list[int]:
    """Add accounts, the last of them first in the list; call inside a transaction.

    Their places fall in the order given, but their words go into the index in the other
    order, with rising rowids: FTS5 writes out its in-memory terms whenever a rowid is
    lower than the one before, which took twice the index work for a list added one by one.
    """
    stamp = now()
    top = next_place(conn)
    ids: list[int] = []
    for offset, new in enumerate(news):
        title, occurred = _summary(new.form_id, new.form_version, new.answers)
        cur = conn.execute(
            "INSERT INTO accounts (form_id, form_version, status, supported, created, updated,"
            " title, occurred, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.form_id,
                new.form_version,
                Status(new.status).value,
                int(new.supported),
                stamp,
                stamp,
                title,
                occurred,
                top - offset,
            ),
        )
        account_id = int(cur.lastrowid or 0)
        conn.execute(
            "INSERT INTO account_answers (account_id, answers) VALUES (?, ?)",
            (account_id, _dump(new.answers)),
        )
        ids.append(account_id)
        log_event(conn, "account_created")
    for offset in range(len(news) - 1, -1, -1):
        new = news[offset]
        _index(conn, top - offset, new.form_id, new.form_version, new.answers)
    return ids


def update_account(
    conn: Connection,
    account_id: int,
    answers: dict[str, AnswerValue],
    status: Status | None = None,
    supported: bool | None = None,
) -> None:
    """Replace an account's answers (and optionally status); call inside a transaction."""
    row = conn.execute(
        "SELECT form_id, form_version, place FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    if row is None:
        raise KeyError(account_id)
    title, occurred = _summary(row[0], row[1], answers)
    # A save moves the account to the top of the list, and its words to its new place.
    place = next_place(conn)
    conn.execute(
        "UPDATE accounts SET updated = ?, title = ?, occurred = ?, place = ?,"
        " status = coalesce(?, status), supported = coalesce(?, supported) WHERE id = ?",
        (
            now(),
            title,
            occurred,
            place,
            None if status is None else Status(status).value,
            None if supported is None else int(supported),
            account_id,
        ),
    )
    conn.execute(
        "UPDATE account_answers SET answers = ? WHERE account_id = ?",
        (_dump(answers), account_id),
    )
    conn.execute("DELETE FROM accounts_fts WHERE rowid = ?", (row[2],))
    _index(conn, place, row[0], row[1], answers)
    log_event(conn, "account_updated")


def delete_account(conn: Connection, account_id: int) -> bool:
    """Remove an account and everything of it; secure_delete overwrites the freed pages."""
    conn.execute(
        "DELETE FROM accounts_fts WHERE rowid = (SELECT place FROM accounts WHERE id = ?)",
        (account_id,),
    )
    cur = conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
    if cur.rowcount:
        log_event(conn, "account_deleted")
    return bool(cur.rowcount)


def get_account(conn: Connection, account_id: int) -> Account | None:
    row = conn.execute(
        "SELECT a.id, form_id, form_version, x.answers, status, supported, created, updated, "
        f"{_CURRENT_CONSENT} FROM accounts a JOIN account_answers x ON x.account_id = a.id"
        " WHERE a.id = ?",
        (account_id,),
    ).fetchone()
    if row is None:
        return None
    return Account(
        id=row[0],
        form_id=row[1],
        form_version=row[2],
        answers=json.loads(row[3]),
        status=Status(row[4]),
        supported=bool(row[5]),
        created=row[6],
        updated=row[7],
        consent=Level(row[8] or "private"),
    )


def retitle_all(conn: Connection) -> None:
    """Work out every account's list title again from its answers (a migration, after the
    titles stopped quoting what happened)."""
    rows = conn.execute(
        "SELECT a.id, form_id, form_version, x.answers FROM accounts a"
        " JOIN account_answers x ON x.account_id = a.id"
    ).fetchall()
    for account_id, form_id, version, answers in rows:
        title, _when = _summary(form_id, version, json.loads(answers))
        conn.execute("UPDATE accounts SET title = ? WHERE id = ?", (title, account_id))


def _summary(form_id: str, version: int, answers: dict[str, AnswerValue]) -> tuple[str, str]:
    """The short title and rough date a list shows, kept beside the answers they come from."""
    try:
        title = short_title(load_form(form_id, version), answers)
    except UnknownForm:
        title = ""
    when = answers.get("when")
    return title, when if isinstance(when, str) else ""


def reindex_account(
    conn: Connection, rowid: int, form_id: str, version: int, answers_json: str
) -> None:
    """Index an account's stored answers again under `rowid` (for a migration that rebuilds
    the index: its place since m008, its id before)."""
    _index(conn, rowid, form_id, version, json.loads(answers_json))


def _index(
    conn: Connection, rowid: int, form_id: str, version: int, answers: dict[str, Any]
) -> None:
    try:
        body = searchable_text(load_form(form_id, version), answers)
    except UnknownForm:
        body = "\n".join(v for v in answers.values() if isinstance(v, str))
    if body:
        conn.execute("INSERT INTO accounts_fts (rowid, body) VALUES (?, ?)", (rowid, body))


def _dump(answers: dict[str, AnswerValue]) -> str:
    return json.dumps(answers, ensure_ascii=False, sort_keys=True)
