"""The first schema: accounts and everything that hangs off them."""

from __future__ import annotations

from testimony.store.connection import Connection

STATEMENTS = (
    # One small row per account: what a list shows, many rows to a page, so listing and
    # sorting search hits never reads the answers themselves.
    """CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        form_id TEXT NOT NULL,
        form_version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
        supported INTEGER NOT NULL DEFAULT 0 CHECK (supported IN (0, 1)),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        occurred TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX accounts_updated ON accounts(updated, id)",
    # The answers, as JSON checked against the form before it gets here.
    """CREATE TABLE account_answers (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        answers TEXT NOT NULL
    )""",
    # Contentless: the index holds terms, not a second copy of the text, and
    # contentless_delete lets a row be removed when its account is.
    """CREATE VIRTUAL TABLE accounts_fts USING fts5(
        body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2',
        prefix='2 3'
    )""",
    # Rewrite index pages on delete so removed terms do not linger in free space.
    "INSERT INTO accounts_fts (accounts_fts, rank) VALUES ('secure-delete', 1)",
    # Consent is append-only: the current level is the newest row for the account.
    """CREATE TABLE consent (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('private', 'count', 'words', 'quote')),
        wording_id TEXT NOT NULL,
        wording_hash TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('alone', 'supported', 'imported')),
        given_at TEXT NOT NULL
    )""",
    "CREATE INDEX consent_account ON consent(account_id, id)",
    """CREATE TRIGGER consent_append_only BEFORE UPDATE ON consent
       BEGIN SELECT RAISE(ABORT, 'consent history is append-only'); END""",
    """CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        question_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('audio', 'document', 'photo')),
        mime TEXT NOT NULL,
        created TEXT NOT NULL,
        complete INTEGER NOT NULL DEFAULT 0
    )""",
    # Recordings arrive in chunks of a few seconds, so a crash loses seconds, not minutes.
    """CREATE TABLE attachment_chunks (
        attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id, seq)
    ) WITHOUT ROWID""",
    # The person's decisions on each detected span, valid only for the exact text reviewed.
    """CREATE TABLE redaction_reviews (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        decisions TEXT NOT NULL,
        confirmed_at TEXT,
        PRIMARY KEY (account_id, question_id)
    )""",
    """CREATE TABLE recipients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        public_key TEXT NOT NULL UNIQUE,
        added TEXT NOT NULL
    )""",
    # What left, when, to whom, and the secrets needed to withdraw it later.
    """CREATE TABLE export_receipts (
        id INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        recipients TEXT NOT NULL,
        file_name TEXT NOT NULL
    )""",
    """CREATE TABLE export_items (
        receipt_id INTEGER NOT NULL REFERENCES export_receipts(id) ON DELETE CASCADE,
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        export_id TEXT NOT NULL UNIQUE,
        withdrawal_secret TEXT NOT NULL,
        level TEXT NOT NULL,
        withdrawn_at TEXT
    )""",
    # What happened to the vault, never what was written: kinds only, no content.
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL
    )""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
