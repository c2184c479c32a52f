"""What the recording screens need beyond services.accounts: one account with its consent
history in a single read, and the "recorded with support" flag changed on its own.

Every function takes the connection first and runs on the session's database thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from testimony.core.consent import ConsentRecord
from testimony.core.types import Account
from testimony.store import accounts as store
from testimony.store.connection import Connection
from testimony.store.consent import consent_history


@dataclass(frozen=True)
class AccountDetail:
    account: Account
    history: tuple[ConsentRecord, ...]


def account_detail(conn: Connection, account_id: int) -> AccountDetail:
    """The account and its consent history, read together so they agree."""
    account = store.get_account(conn, account_id)
    if account is None:
        raise KeyError(account_id)
    return AccountDetail(account, tuple(consent_history(conn, account_id)))


def set_supported(conn: Connection, account_id: int, supported: bool) -> None:
    """Note whether someone is helping, naming nobody. Call inside a transaction.

    The answers are re-read here, on the database thread, so a save queued just before this
    is kept rather than overwritten with an older copy.
    """
    account = store.get_account(conn, account_id)
    if account is None:
        raise KeyError(account_id)
    if account.supported != supported:
        store.update_account(conn, account_id, account.answers, None, supported)
