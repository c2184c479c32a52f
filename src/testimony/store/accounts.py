"""Accounts and their full-text index, kept in step in the same transaction."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from testimony.core.consent import Level
from testimony.core.errors import UnknownForm
from testimony.core.forms import AnswerValue, load_form, searchable_text, short_title
from testimony.core.types import Account, AccountRow, NewAccount, Status
from testimony.store.connection import Connection
from testimony.store.events import log_event
from testimony.store.tx import now

_CURRENT_CONSENT = (
    "(SELECT level FROM consent c WHERE c.account_id = a.id ORDER BY c.id DESC LIMIT 1)"
)


def insert_account(conn: Connection, new: NewAccount) -> int:
    """Add an account; call inside a transaction. Returns its id."""
    stamp = now()
    title, occurred = _summary(new.form_id, new.form_version, new.answers)
    cur = conn.execute(
        "INSERT INTO accounts (form_id, form_version, status, supported, created, updated,"
        " title, occurred) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.form_id,
            new.form_version,
            Status(new.status).value,
            int(new.supported),
            stamp,
            stamp,
            title,
            occurred,
        ),
    )
    account_id = int(cur.lastrowid or 0)
    conn.execute(
        "INSERT INTO account_answers (account_id, answers) VALUES (?, ?)",
        (account_id, _dump(new.answers)),
    )
    _index(conn, account_id, new.form_id, new.form_version, new.answers)
    log_event(conn, "account_created")
    return account_id


def update_account(
    conn: Connection,
    account_id: int,
    answers: dict[str, AnswerValue],
    status: Status | None = None,
    supported: bool | None = None,
) -> None:
    """Replace an account's answers (and optionally status); call inside a transaction."""
    row = conn.execute(
        "SELECT form_id, form_version FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    if row is None:
        raise KeyError(account_id)
    title, occurred = _summary(row[0], row[1], answers)
    conn.execute(
        "UPDATE accounts SET updated = ?, title = ?, occurred = ?,"
        " status = coalesce(?, status), supported = coalesce(?, supported) WHERE id = ?",
        (
            now(),
            title,
            occurred,
            None if status is None else Status(status).value,
            None if supported is None else int(supported),
            account_id,
        ),
    )
    conn.execute(
        "UPDATE account_answers SET answers = ? WHERE account_id = ?",
        (_dump(answers), account_id),
    )
    conn.execute("DELETE FROM accounts_fts WHERE rowid = ?", (account_id,))
    _index(conn, account_id, row[0], row[1], answers)
    log_event(conn, "account_updated")


def delete_account(conn: Connection, account_id: int) -> bool:
    """Remove an account and everything of it; secure_delete overwrites the freed pages."""
    conn.execute("DELETE FROM accounts_fts WHERE rowid = ?", (account_id,))
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


def account_ids(conn: Connection, search: str | None = None) -> list[int]:
    """Ids newest first; with `search`, only accounts whose text matches every word."""
    if not search or not search.strip():
        rows = conn.execute("SELECT id FROM accounts ORDER BY updated DESC, id DESC")
        return [r[0] for r in rows]
    query = fts_query(search)
    if not query:
        return []
    rows = conn.execute(
        "SELECT a.id FROM accounts a WHERE a.id IN"
        " (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?)"
        " ORDER BY a.updated DESC, a.id DESC",
        (query,),
    )
    return [r[0] for r in rows]


def account_rows(conn: Connection, ids: Sequence[int]) -> list[AccountRow]:
    """The list rows for these ids, in the order given."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"{_ROW_SELECT} WHERE id IN ({marks})", list(ids))
    by_id = {r.id: r for r in map(_row, rows)}
    return [by_id[i] for i in ids if i in by_id]


def search_count(conn: Connection, search: str | None = None) -> int:
    """How many accounts a search matches (all of them without one), counted in SQLite."""
    if not search or not search.strip():
        return count_accounts(conn)
    query = fts_query(search)
    if not query:
        return 0
    # Every account's index row is written and removed with it, in the same transaction,
    # so counting index matches counts accounts without touching the accounts table.
    row = conn.execute("SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH ?", (query,))
    return int(row.fetchone()[0])


def search_page(
    conn: Connection,
    search: str | None = None,
    after: tuple[str, int] | None = None,
    limit: int = 100,
) -> list[AccountRow]:
    """One page of list rows, newest first, matching `search` when given.

    Paged by key (the `updated` and `id` of the last row already shown), not by offset: a
    page costs the same however far down the list it is, and an account saved meanwhile
    cannot make a row appear twice. SQLite walks the `accounts_updated` index and stops
    after `limit` rows, so no list of every match is built in Python.
    """
    where: list[str] = []
    params: list[object] = []
    if search and search.strip():
        query = fts_query(search)
        if not query:
            return []
        where.append("id IN (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?)")
        params.append(query)
    if after is not None:
        where.append("(updated, id) < (?, ?)")
        params += [after[0], after[1]]
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    # INDEXED BY: left to itself the planner looks up every match by id and sorts them all,
    # 30 ms for a one-letter search at 10,000 accounts against 3-6 ms walking the index
    # newest first and stopping at `limit` (docs/performance.md).
    rows = conn.execute(
        f"{_ROW_SELECT} INDEXED BY accounts_updated{clause} ORDER BY updated DESC, id DESC LIMIT ?",
        [*params, limit],
    )
    return [_row(r) for r in rows]


_ROW_SELECT = (
    "SELECT id, created, updated, status, supported, title, occurred, "
    f"{_CURRENT_CONSENT} FROM accounts a"
)


def _row(r: tuple[Any, ...]) -> AccountRow:
    return AccountRow(
        id=r[0],
        created=r[1],
        updated=r[2],
        status=Status(r[3]),
        supported=bool(r[4]),
        title=r[5],
        when=r[6],
        consent=Level(r[7] or "private"),
    )


def count_accounts(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM accounts").fetchone()[0])


def fts_query(text: str) -> str:
    """Turn what someone typed into a safe FTS5 query in which every part must match.

    Words in double quotes are a phrase (those words, next to each other, in that order);
    every other word is a prefix, so results come while a word is still being typed. A
    phrase not yet closed is a phrase whose last word is a prefix. Only runs of letters and
    digits are kept and each is put in quotes by us, so AND/OR/NEAR, column filters,
    brackets, stars and stray quotes are never read as FTS syntax.
    """
    parts: list[str] = []
    pieces = text.split('"')
    for index, piece in enumerate(pieces):
        words = _WORD.findall(piece)
        if not words:
            continue
        inside = index % 2 == 1
        if inside:
            closed = index < len(pieces) - 1
            parts.append('"' + " ".join(words) + '"' + ("" if closed else "*"))
        else:
            parts += ['"' + w + '"*' for w in words]
    return " ".join(parts[:16])


_WORD = re.compile(r"\w+", flags=re.UNICODE)


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
    conn: Connection, account_id: int, form_id: str, version: int, answers_json: str
) -> None:
    """Index an account's stored answers again (for a migration that rebuilds the index)."""
    _index(conn, account_id, form_id, version, json.loads(answers_json))


def _index(
    conn: Connection, account_id: int, form_id: str, version: int, answers: dict[str, Any]
) -> None:
    try:
        body = searchable_text(load_form(form_id, version), answers)
    except UnknownForm:
        body = "\n".join(v for v in answers.values() if isinstance(v, str))
    if body:
        conn.execute("INSERT INTO accounts_fts (rowid, body) VALUES (?, ?)", (account_id, body))


def _dump(answers: dict[str, AnswerValue]) -> str:
    return json.dumps(answers, ensure_ascii=False, sort_keys=True)
