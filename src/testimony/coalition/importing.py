"""Importing many bundles and withdrawal notices into a workspace.

Runs on the workspace session's database thread (the connection belongs to it). For each
file, in order: size check on the sealed file, decrypt with the workspace's identity in
memory, size check on what came out, parse and check (validate.py), then apply it in ONE
transaction together with its log row. A file that fails any check is rejected whole: its
log row (outcome and reason, no content) is the only thing written. Decrypted content never
touches the disk: it lives in memory for the length of one file.

Between files the cancel flag is checked; files not reached are left untouched and reported
as not run. Files already applied stay applied (each was complete on its own).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from testimony.coalition.validate import ExportBundle, Limits, WithdrawalNotice, parse
from testimony.core.errors import BundleInvalid, SealedFileInvalid, WrongKind
from testimony.crypto.age import open_sealed
from testimony.crypto.digest import file_fingerprint
from testimony.crypto.tokens import secret_hash, secret_matches
from testimony.store import maintenance
from testimony.store import workspace_records as wr
from testimony.store.connection import Connection
from testimony.store.tx import transaction

Progress = Callable[[int, int], None]

IMPORTED = "imported"
REJECTED = "rejected"
NOT_RUN = "not_run"


@dataclass(frozen=True)
class FileResult:
    """What happened to one file. `name` is for showing on screen only; it is never stored
    (a file name can say who sent it)."""

    name: str
    status: str  # imported | rejected | not_run
    kind: str | None = None  # export | withdrawal
    reason: str | None = None  # why it was rejected: a stable code
    where: str | None = None
    added: int = 0
    duplicates: int = 0
    withdrawn_before: int = 0  # records in a bundle that had been withdrawn already
    withdrawn: int = 0
    not_matched: int = 0  # withdrawals whose secret did not match: nothing removed
    not_found: int = 0  # withdrawals for records not (yet) here: remembered
    fingerprint: str = ""


@dataclass(frozen=True)
class ImportSummary:
    files: tuple[FileResult, ...]
    cancelled: bool = False
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def rejected(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.status == REJECTED)


# Checkpoints during an import (docs/performance.md). A page that several bundles change (the
# tree's upper pages, the newest leaves) is written to the WAL by each bundle's commit but to
# the database only once per checkpoint, so checkpointing every 64 MiB instead of SQLite's
# every 4 MiB writes less. secure_delete stays on throughout: an insert moves cells between
# pages as the tree grows, and with it off the old copy of a record's text would be left in
# the free space of a page; withdrawing that record later would zero only its current
# place, leaving the old copy readable in the file. Zeroing costs CPU, not writes: the pages
# it touches are being written anyway.
IMPORT_WAL_BYTES = 64 * 1024 * 1024
# From this many files on, the index of export ids is dropped for the import and built once
# at the end: export ids are random, so every bundle's commit would otherwise write most of
# that index's pages again (about 4 MB a bundle at 100,000 records). Meanwhile the ids
# present are kept in a set here (a few MB), so duplicates are still found; a withdrawal
# notice, which must find records by id, builds the index again first.
BULK_FILES = 8


@dataclass
class _Known:
    """In an import of many files, the export ids present (None otherwise), and whether the
    index of them has been dropped (by the first bundle that adds records)."""

    ids: set[str] | None = None
    dropped: bool = False


def import_files(
    conn: Connection,
    paths: Sequence[Path],
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportSummary:
    """Import each file on its own; see the module's note for the guarantees."""
    limits = limits or Limits()
    ident = wr.read_identity(conn)
    if ident is None:
        raise WrongKind("workspace has no identity", expected="workspace")
    identity = ident[0]
    results: list[FileResult] = []
    cancelled = False
    known = _Known()
    if len(paths) >= BULK_FILES:
        known.ids = wr.all_export_ids(conn)
    try:
        for done, path in enumerate(paths):
            if cancel is not None and cancel.is_set():
                cancelled = True
                results += [FileResult(p.name, NOT_RUN) for p in paths[done:]]
                break
            results.append(result := _import_one(conn, Path(path), identity, limits, known))
            if result.withdrawn:
                # Withdrawn words must leave the WAL now, as a deleted account's do.
                maintenance.checkpoint(conn)
            else:
                maintenance.checkpoint_if_over(conn, IMPORT_WAL_BYTES)
            if progress is not None:
                progress(done + 1, len(paths))
    finally:
        _restore_index(conn, known)
        maintenance.checkpoint(conn)
    del identity
    return ImportSummary(tuple(results), cancelled, _totals(results))


def _restore_index(conn: Connection, known: _Known) -> None:
    if known.dropped or not wr.has_export_index(conn):
        with transaction(conn):
            wr.build_export_index(conn)
    known.ids, known.dropped = None, False


def _totals(results: list[FileResult]) -> dict[str, int]:
    keys = ("added", "duplicates", "withdrawn_before", "withdrawn", "not_matched", "not_found")
    totals = {k: sum(getattr(r, k) for r in results) for k in keys}
    totals["imported"] = sum(r.status == IMPORTED for r in results)
    totals["rejected"] = sum(r.status == REJECTED for r in results)
    return totals


def _import_one(
    conn: Connection, path: Path, identity: str, limits: Limits, known: _Known
) -> FileResult:
    sealed, fingerprint, problem = _read_sealed(path, limits)
    if problem is not None:
        return _reject(conn, path, fingerprint, problem, None, None)
    try:
        content = parse(open_sealed(sealed, identity), limits)
    except SealedFileInvalid:
        return _reject(conn, path, fingerprint, "does_not_open", None, None)
    except BundleInvalid as exc:
        reason = str(exc.details.get("reason", "bundle_invalid"))
        where = exc.details.get("where")
        return _reject(conn, path, fingerprint, reason, str(where) if where else None, None)
    del sealed
    if not isinstance(content, ExportBundle):
        _restore_index(conn, known)  # a notice finds records by their export id
    with transaction(conn):
        if isinstance(content, ExportBundle):
            result = _apply_export(conn, path.name, content, known)
        else:
            result = _apply_notice(conn, path.name, content)
        result = replace(result, fingerprint=fingerprint)
        wr.log_import(conn, _log_entry(result))
    return result


def _read_sealed(path: Path, limits: Limits) -> tuple[bytes, str, str | None]:
    """(bytes, fingerprint, None) or (b"", fingerprint or "", reason)."""
    try:
        size = os.stat(path).st_size
        if size > limits.sealed_bytes:
            return b"", "", "too_large"
        with open(path, "rb") as fh:
            data = fh.read(limits.sealed_bytes + 1)  # the file may have grown since stat
    except IsADirectoryError:
        return b"", "", "not_a_file"
    except OSError:
        return b"", "", "unreadable"
    if len(data) > limits.sealed_bytes:
        return b"", "", "too_large"
    return data, file_fingerprint(data), None


def _reject(
    conn: Connection,
    path: Path,
    fingerprint: str,
    reason: str,
    where: str | None,
    kind: str | None,
) -> FileResult:
    result = FileResult(
        path.name, REJECTED, kind=kind, reason=reason, where=where, fingerprint=fingerprint
    )
    with transaction(conn):
        wr.log_import(conn, _log_entry(result))
    return result


def _apply_export(conn: Connection, name: str, bundle: ExportBundle, known: _Known) -> FileResult:
    ids = [r.export_id for r in bundle.records]
    present = wr.existing_ids(conn, ids) if known.ids is None else known.ids.intersection(ids)
    gone = wr.withdrawn_pairs(conn, ids)
    fresh, withdrawn_before = [], 0
    for rec in bundle.records:
        if rec.export_id in present:
            continue
        if (rec.export_id, rec.withdrawal_hash) in gone:
            withdrawn_before += 1  # its person withdrew it: it must not come back
            continue
        fresh.append(rec)
    if known.ids is not None and fresh and not known.dropped:
        wr.drop_export_index(conn)  # in this bundle's transaction: with it, or not at all
        known.dropped = True
    added = wr.insert_records(conn, fresh)
    if known.ids is not None:
        # Only once the transaction has committed would these be present; a failure
        # inside it ends the whole import (the exception leaves import_files).
        known.ids.update(r.export_id for r in fresh)
    return FileResult(
        name,
        IMPORTED,
        kind="export",
        added=added,
        duplicates=len(present),
        withdrawn_before=withdrawn_before,
    )


def _apply_notice(conn: Connection, name: str, notice: WithdrawalNotice) -> FileResult:
    withdrawn = not_matched = not_found = already = 0
    for export_id, secret in notice.withdrawals:
        stored = wr.record_hash(conn, export_id)
        if stored is None:
            proved = secret_hash(secret)
            if wr.is_withdrawn(conn, export_id, proved):
                already += 1
            else:
                # Not here (yet): remember it, so the record is refused if it arrives later
                # carrying the hash this secret proves.
                wr.remember_withdrawal(conn, export_id, proved)
                not_found += 1
        elif secret_matches(secret, stored):
            wr.delete_record(conn, export_id)
            wr.remember_withdrawal(conn, export_id, stored)
            withdrawn += 1
        else:
            not_matched += 1  # only the person who holds the secret can withdraw a record
    return FileResult(
        name,
        IMPORTED,
        kind="withdrawal",
        withdrawn=withdrawn,
        not_matched=not_matched,
        not_found=not_found,
        withdrawn_before=already,
    )


def _log_entry(r: FileResult) -> wr.LogEntry:
    return wr.LogEntry(
        fingerprint=r.fingerprint,
        kind=r.kind,
        outcome=r.status,
        reason=r.reason,
        added=r.added,
        duplicates=r.duplicates,
        withdrawn_before=r.withdrawn_before,
        withdrawn=r.withdrawn,
        not_matched=r.not_matched,
        not_found=r.not_found,
    )
