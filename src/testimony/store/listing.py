"""The list of accounts and search over it, answered a page at a time (issue 16).

Every account has a `place`: a number that falls with every save (-1, -2, …), so the most
recently saved account has the lowest. It is also the rowid of the account's words in the
full-text index. The list is newest first, which is `place` ascending, and FTS5 hands out
its matches in ascending rowid order by itself: a search reads matches from the newest
down and stops after one page, however many accounts match. A one-letter prefix that
matches every account costs about as much as a rare word.

Why falling, not rising: FTS5 reads its lists forwards far faster than backwards (a
prefix that matches many words took 17 ms backwards against 2 ms forwards at 10,000
accounts). The price is paid when many accounts are added in one transaction: FTS5 writes
out its in-memory terms whenever a rowid is lower than the last, about twice the index
work of an import (docs/performance.md).

Counting is capped for the same reason: `search_count(..., at_most=1000)` stops reading
after 1,001 matches, and the list says "more than 1,000" until the person has scrolled to
the end, where the exact number is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from testimony.core.consent import Level
from testimony.core.types import AccountRow, Status
from testimony.store.connection import Connection

_CURRENT_CONSENT = (
    "(SELECT level FROM consent c WHERE c.account_id = a.id ORDER BY c.id DESC LIMIT 1)"
)
_COLUMNS = (
    f"a.id, a.created, a.updated, a.status, a.supported, a.title, a.occurred, "
    f"{_CURRENT_CONSENT}, a.place"
)
# The newest matches first, at most one page of them, after the last place already shown.
# FTS5 serves ORDER BY rowid with a LIMIT by walking its lists and stopping.
_HITS = (
    "SELECT rowid AS place FROM accounts_fts WHERE accounts_fts MATCH ? AND rowid > ?"
    " ORDER BY rowid LIMIT ?"
)
_TOP = -(1 << 62)  # before every place: "from the top of the list"


def next_place(conn: Connection) -> int:
    """The place for an account saved now: before every other (the accounts_place index)."""
    return int(conn.execute("SELECT coalesce(min(place), 0) - 1 FROM accounts").fetchone()[0])


def count_accounts(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM accounts").fetchone()[0])


def search_count(conn: Connection, search: str | None = None, at_most: int | None = None) -> int:
    """How many accounts a search matches (all of them without one), counted in SQLite.

    With `at_most`, counting stops one past it: a result of at_most + 1 means "more than
    at_most". Every account's index row is written and removed with it, in the same
    transaction, so counting index matches counts accounts.
    """
    if not search or not search.strip():
        return count_accounts(conn)
    query = fts_query(search)
    if not query:
        return 0
    limit = -1 if at_most is None else at_most + 1
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM accounts_fts WHERE accounts_fts MATCH ? LIMIT ?)",
        (query, limit),
    )
    return int(row.fetchone()[0])


def search_page(
    conn: Connection,
    search: str | None = None,
    after: int | None = None,
    limit: int = 100,
) -> list[AccountRow]:
    """One page of list rows, newest first, matching `search` when given.

    Paged by key (the `place` of the last row already shown), not by offset: a page costs
    the same however far down the list it is, and an account saved meanwhile moves above
    the pages already shown, so it cannot appear twice.
    """
    start = _TOP if after is None else after
    if not search or not search.strip():
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM accounts a WHERE a.place > ? ORDER BY a.place LIMIT ?",
            (start, limit),
        )
        return [_row(r) for r in rows]
    query = fts_query(search)
    if not query:
        return []
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM ({_HITS}) AS hit JOIN accounts a ON a.place = hit.place"
        " ORDER BY a.place",
        (query, start, limit),
    )
    return [_row(r) for r in rows]


def first_page(
    conn: Connection, search: str | None, limit: int, at_most: int
) -> tuple[int, list[AccountRow]]:
    """The count (as search_count with `at_most`) and the first page, from one read of the
    index: the places of up to at_most + 1 matches, newest first, of which the first
    `limit` are the page. Without a search, the exact count and the first page."""
    if not search or not search.strip():
        return count_accounts(conn), search_page(conn, None, None, limit)
    query = fts_query(search)
    if not query:
        return 0, []
    places = [r[0] for r in conn.execute(_HITS, (query, _TOP, at_most + 1))]
    return len(places), _rows_at(conn, places[:limit])


def _rows_at(conn: Connection, places: Sequence[int]) -> list[AccountRow]:
    if not places:
        return []
    marks = ",".join("?" * len(places))
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM accounts a WHERE a.place IN ({marks}) ORDER BY a.place",
        list(places),
    )
    return [_row(r) for r in rows]


def account_ids(conn: Connection, search: str | None = None) -> list[int]:
    """Every id, newest first; with `search`, only accounts whose text matches every word.

    For the command line and exports, which want all of them; the list pages instead.
    """
    if not search or not search.strip():
        return [r[0] for r in conn.execute("SELECT id FROM accounts ORDER BY place")]
    query = fts_query(search)
    if not query:
        return []
    rows = conn.execute(
        f"SELECT a.id FROM ({_HITS}) AS hit JOIN accounts a ON a.place = hit.place"
        " ORDER BY a.place",
        (query, _TOP, -1),
    )
    return [r[0] for r in rows]


def account_rows(conn: Connection, ids: Sequence[int]) -> list[AccountRow]:
    """The list rows for these ids, in the order given."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT {_COLUMNS} FROM accounts a WHERE a.id IN ({marks})", list(ids))
    by_id = {r.id: r for r in map(_row, rows)}
    return [by_id[i] for i in ids if i in by_id]


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
        place=r[8],
    )


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
