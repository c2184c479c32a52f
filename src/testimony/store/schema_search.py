"""Search that answers while a word is still being typed (issue 16).

The first schema indexed prefixes of two and three characters only, so one typed letter
made SQLite read every term in the index. This migration rebuilds the index with
prefix='1 2 3'. The index is contentless (it keeps terms, never the text), so it cannot
rebuild itself: each account's words are indexed again from its answers, inside the
migration's one transaction. Automatic segment merging is turned off (see
store/maintenance.py). The old index's pages are freed with secure_delete on, so
they are zeroed, not left holding words.
"""

from __future__ import annotations

from testimony.store.accounts import reindex_account
from testimony.store.connection import Connection

CREATE = """CREATE VIRTUAL TABLE accounts_fts USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2',
    prefix='1 2 3'
)"""


def apply(conn: Connection) -> None:
    conn.execute("DROP TABLE accounts_fts")
    conn.execute(CREATE)
    # Rewrite index pages on delete so removed terms do not linger in free space.
    conn.execute("INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('secure-delete', 1)")
    # Segments are merged by store.maintenance when the vault is idle, not inside a save.
    # FTS5's crisis merge (16 segments on a level) still bounds the index if that never runs.
    conn.execute("INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('automerge', 0)")
    rows = conn.execute(
        "SELECT a.id, a.form_id, a.form_version, x.answers FROM accounts a"
        " JOIN account_answers x ON x.account_id = a.id"
    ).fetchall()
    for account_id, form_id, version, answers in rows:
        reindex_account(conn, account_id, form_id, version, answers)


def apply_list_order(conn: Connection) -> None:
    """m008: every account gets its `place` in the list (store/listing.py), and its words
    are indexed again under it, so FTS5's own rowid order is the list's order.

    Places follow the order the list had (last saved, then id): -1 for the oldest, one
    lower for each newer. The index on `updated` only served that order and goes; the one
    on `place` serves it now. The words go in with rising rowids, which FTS5 writes in one
    run (falling ones would make it write out its terms after every account).
    """
    conn.execute("ALTER TABLE accounts ADD COLUMN place INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE accounts SET place = -r.n FROM"
        " (SELECT id, row_number() OVER (ORDER BY updated, id) AS n FROM accounts) AS r"
        " WHERE accounts.id = r.id"
    )
    conn.execute("CREATE UNIQUE INDEX accounts_place ON accounts(place)")
    conn.execute("DROP INDEX accounts_updated")
    conn.execute("DROP TABLE accounts_fts")
    conn.execute(CREATE)
    conn.execute("INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('secure-delete', 1)")
    conn.execute("INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('automerge', 0)")
    rows = conn.execute(
        "SELECT a.place, a.form_id, a.form_version, x.answers FROM accounts a"
        " JOIN account_answers x ON x.account_id = a.id ORDER BY a.place"
    ).fetchall()
    for place, form_id, version, answers in rows:
        reindex_account(conn, place, form_id, version, answers)
    # The save tail (docs/performance.md, "Saves without a tail"): with automerge off, FTS5
    # still merged inside a save's commit whenever 16 segments piled up on a level (a
    # "crisis merge", 10-100 ms). Maintenance now merges any level with two or more, so
    # saves only merge themselves if it has not run for 64 of them. Set after indexing,
    # which is best merged as it goes.
    conn.execute("INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('crisismerge', 64)")
    conn.execute("INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('usermerge', 2)")
