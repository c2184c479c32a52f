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
