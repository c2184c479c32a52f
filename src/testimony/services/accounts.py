"""Accounts as the rest of the app sees them: checked against their form, saved with their
consent, listed and searched. Every function takes the connection first and runs on the
session's database thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from testimony.core.consent import Level, Method, parse_level
from testimony.core.errors import InputError
from testimony.core.forms import AnswerValue, load_form, validate_answers
from testimony.core.types import Account, AccountRow, NewAccount, Status
from testimony.store import accounts as store
from testimony.store.connection import Connection
from testimony.store.consent import consent_history, current_level, record_consent
from testimony.store.tx import erase

DEFAULT_FORM = "crisis-account"
_KEYS = {"form", "form_version", "answers", "consent", "supported", "status"}


@dataclass(frozen=True)
class Incoming:
    """An account read from JSON, checked and ready to save."""

    account: NewAccount
    consent: Level


def parse_incoming(obj: Any, index: int = 0) -> Incoming:
    """Check one object of the `account add --json` shape (docs/architecture.md, "Command line")."""
    where = f"account {index + 1}"
    if not isinstance(obj, dict):
        raise InputError(f"{where} is not a JSON object")
    unknown = sorted(set(obj) - _KEYS)
    if unknown:
        raise InputError(f"{where} has unknown field '{unknown[0]}'")
    form_id = obj.get("form", DEFAULT_FORM)
    version = obj.get("form_version")
    if not isinstance(form_id, str) or (version is not None and type(version) is not int):
        raise InputError(f"{where}: 'form' must be text and 'form_version' a whole number")
    form = load_form(form_id, version)
    answers = validate_answers(form, obj.get("answers", {}))
    try:
        level = parse_level(obj.get("consent", "private"))
        status = Status(obj.get("status", "complete"))
    except ValueError:
        raise InputError(
            f"{where}: 'consent' must be private, count, words or quote, "
            "and 'status' draft or complete"
        ) from None
    supported = obj.get("supported", False)
    if not isinstance(supported, bool):
        raise InputError(f"{where}: 'supported' must be true or false")
    return Incoming(NewAccount(form.id, form.version, answers, status, supported), level)


def add_incoming(conn: Connection, items: list[Incoming], method: Method) -> list[int]:
    """Save checked accounts; call inside one transaction so a list is all or nothing."""
    ids = store.insert_accounts(conn, [item.account for item in items])
    for account_id, item in zip(ids, items, strict=True):
        record_consent(conn, account_id, item.consent, method)
    return ids


def create_draft(conn: Connection, supported: bool = False, form_id: str = DEFAULT_FORM) -> int:
    """A new, empty draft on the newest version of the form; private until chosen."""
    form = load_form(form_id)
    return store.insert_account(
        conn, NewAccount(form.id, form.version, {}, Status.DRAFT, supported)
    )


def save_answers(
    conn: Connection,
    account_id: int,
    answers: dict[str, AnswerValue],
    status: Status | None = None,
) -> None:
    """Check answers against the account's own form version, then replace them."""
    account = store.get_account(conn, account_id)
    if account is None:
        raise KeyError(account_id)
    form = load_form(account.form_id, account.form_version)
    store.update_account(conn, account_id, validate_answers(form, answers), status)


def delete_account(conn: Connection, account_id: int) -> bool:
    """Delete an account and make sure its text is gone from the files, not just hidden.

    secure_delete zeroes the freed pages; the checkpoint then moves those zeroed pages from
    the write-ahead log into the database and empties the log, so no older copy remains.
    Call outside a transaction (it commits its own).
    """
    found = erase(conn, store.delete_account, conn, account_id)
    return found


# Past this many matches a search says "more than 1,000" rather than counting every one:
# a one-letter search matches nearly every account, and counting them all would cost as
# much as reading them (docs/performance.md).
COUNT_LIMIT = 1000


@dataclass(frozen=True)
class MatchCount:
    """How many accounts a search matches: exactly `n`, or, when `more`, more than `n`."""

    n: int
    more: bool = False


@dataclass(frozen=True)
class FirstPage:
    """What the list shows first for a search: how many match, and the newest rows."""

    count: MatchCount
    rows: tuple[AccountRow, ...]


def count_matching(conn: Connection, search: str = "", at_most: int | None = None) -> MatchCount:
    """How many accounts the list shows for this search (every account without one, always
    exactly); a search stops counting past `at_most` (COUNT_LIMIT when None)."""
    if not search.strip():
        return MatchCount(store.count_accounts(conn))
    cap = COUNT_LIMIT if at_most is None else at_most
    return _said(store.search_count(conn, search, cap), cap)


def first_page(
    conn: Connection, search: str = "", limit: int = 100, at_most: int | None = None
) -> FirstPage:
    """The count and the first `limit` rows for a search, from one read of the index: what
    typing into the list asks for. Later pages come from list_page."""
    cap = COUNT_LIMIT if at_most is None else at_most
    found, rows = store.first_page(conn, search, limit, cap)
    count = _said(found, cap) if search.strip() else MatchCount(found)
    return FirstPage(count, tuple(rows))


def _said(found: int, at_most: int) -> MatchCount:
    return MatchCount(at_most, more=True) if found > at_most else MatchCount(found)


def list_page(
    conn: Connection, search: str = "", after: AccountRow | None = None, limit: int = 100
) -> tuple[AccountRow, ...]:
    """The next `limit` rows of the list, newest first, after the row `after` (from the top
    when None). Quoted words are a phrase; other words match as prefixes."""
    key = None if after is None else after.place
    return tuple(store.search_page(conn, search, key, limit))


def set_consent(
    conn: Connection, account_id: int, level: Level, method: Method, language: str = "en"
) -> None:
    """Record a consent choice, made after reading the wording in `language`."""
    if store.get_account(conn, account_id) is None:
        raise KeyError(account_id)
    if consent_history(conn, account_id) and current_level(conn, account_id) is level:
        return  # choosing the same level again is not a new decision
    record_consent(conn, account_id, level, method, language=language)


def as_json(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "form": account.form_id,
        "form_version": account.form_version,
        "answers": account.answers,
        "consent": account.consent.value,
        "supported": account.supported,
        "status": account.status.value,
        "created": account.created,
        "updated": account.updated,
    }


# -- the list, for the accounts page (which may not reach store/ itself) ---------------------


def account_ids(conn: Connection, search: str | None = None) -> list[int]:
    """Ids newest first; with `search`, only accounts whose text matches every word."""
    return store.account_ids(conn, search)


def account_rows(conn: Connection, ids: Sequence[int]) -> list[AccountRow]:
    """The list rows for these ids, in the order given (for lazy fetching by a view)."""
    return store.account_rows(conn, ids)
