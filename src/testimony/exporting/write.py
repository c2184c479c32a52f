"""Sealing and writing an export or withdrawal notice, and keeping the receipt.

The receipt and the file succeed together: the receipt is written in a transaction that
commits only after the sealed file has been renamed into place, so a person never holds a
receipt for a file that was not written, nor a file they cannot withdraw.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from testimony.core.errors import Cancelled, ExportRefused, UnknownExport
from testimony.core.review import ReviewState
from testimony.crypto.age import parse_recipient, seal
from testimony.exporting.bundle import Sent, build_export, build_withdrawal
from testimony.exporting.enforce import check_plan
from testimony.exporting.plan import ExportPlan
from testimony.store import files
from testimony.store.connection import Connection
from testimony.store.sharing import add_receipt, items_by_export_id, mark_withdrawn
from testimony.store.tx import transaction

Progress = Callable[[str], None]
CancelCheck = Callable[[], bool]
T = TypeVar("T")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sent: tuple[Sent, ...]
    receipt_id: int


def write_export(
    conn: Connection,
    plan: ExportPlan,
    recipients: Sequence[tuple[str, str]],
    out: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Seal what `plan` allows to `recipients` ((name, age1…) pairs) and write it to `out`.

    The plan is not trusted: before the receipt is committed, each account is read again
    and the export refused if the plan carries more than its consent and reviews allow.
    """
    step = progress or (lambda _: None)
    stop = cancelled or (lambda: False)
    _require_reviews(plan)
    keys = [parse_recipient(key) for _, key in recipients]
    out = Path(out).expanduser().absolute()
    if out.exists():
        raise ExportRefused("file exists")
    step("bundle")
    plaintext, sent = build_export(list(plan.accounts))
    _check(stop)
    step("seal")
    sealed = seal(plaintext, keys)
    del plaintext
    _check(stop)
    step("write")
    named = [(name, key) for (name, _), key in zip(recipients, keys, strict=True)]
    items = [(s.account_id, s.export_id, s.secret, s.level) for s in sent]

    def record() -> int:
        # In the receipt's transaction: consent and reviews as they are now, not as planned.
        check_plan(conn, plan)
        return add_receipt(conn, named, out.name, items)

    receipt_id = _commit_with_file(conn, out, sealed, record)
    step("done")
    return ExportResult(out, tuple(sent), receipt_id)


def write_withdrawal(
    conn: Connection, export_ids: Sequence[str], recipients: Sequence[str], out: Path
) -> list[str]:
    """Write a sealed notice for these exported records; returns the ids it covers."""
    wanted = list(dict.fromkeys(export_ids))
    items = items_by_export_id(conn, wanted)
    unknown = [e for e in wanted if e not in items]
    if unknown:
        raise UnknownExport("unknown export id", export_id=unknown[0])
    keys = [parse_recipient(r) for r in recipients]
    out = Path(out).expanduser().absolute()
    if out.exists():
        raise ExportRefused("file exists")
    sealed = seal(build_withdrawal([(e, items[e].withdrawal_secret) for e in wanted]), keys)
    _commit_with_file(conn, out, sealed, lambda: mark_withdrawn(conn, wanted))
    return wanted


def _commit_with_file(conn: Connection, out: Path, data: bytes, record: Callable[[], T]) -> T:
    """Record in the vault and write the file as one step: if either fails, neither stays.

    The file goes to a temporary name beside the target and is renamed into place, so a
    reader never sees half of it; the vault's transaction commits only after that.
    """
    if not out.parent.is_dir():
        raise ExportRefused("folder missing")
    written = False
    try:
        with transaction(conn):
            result = record()
            files.atomic_write(out, data)
            written = True
    except BaseException:
        if written:
            with contextlib.suppress(FileNotFoundError):
                out.unlink()
        raise
    return result


def _require_reviews(plan: ExportPlan) -> None:
    """No words leave without a current review the person confirmed, whoever calls."""
    for account in plan.accounts:
        for piece in account.texts:
            if piece.redacted is not None and piece.state is not ReviewState.CONFIRMED:
                raise ExportRefused("review missing", account=account.account_id)


def _check(cancelled: CancelCheck) -> None:
    if cancelled():
        raise Cancelled("export cancelled")
