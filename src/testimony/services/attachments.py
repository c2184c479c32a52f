"""Photos, scans and documents a person adds to an account.

A file is read once into memory, checked by its bytes (core/documents.py), and written into
the encrypted vault in one transaction with the others chosen at the same time: all of them
are saved, or none. Nothing is copied anywhere else on disk, and the original is left where
it was; removing it is the person's choice (remove_original), with honest words in the UI
about what deleting a file does not do. Shown again from memory only (attachment_data).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from testimony.core.documents import MAX_BYTES, Checked, DocType, check_size, sniff
from testimony.core.errors import AttachmentRefused, InputError, UnknownAccount, UnknownAttachment
from testimony.store import accounts as accounts_store
from testimony.store import attachments as store
from testimony.store.connection import Connection
from testimony.store.tx import erase


@dataclass(frozen=True)
class Attachment:
    id: int
    account_id: int
    name: str
    type: DocType
    bytes: int
    added: str

    @property
    def is_image(self) -> bool:
        return self.type.is_image

    def as_json(self) -> dict[str, str | int]:
        return {"name": self.name, "type": self.type.value, "bytes": self.bytes}


@dataclass(frozen=True)
class Opened:
    """An attachment's bytes, for showing from memory."""

    attachment: Attachment
    data: bytes


def read_file(path: Path) -> Checked:
    """Read and check one file. Refuses, with a core.errors code, before reading a file
    that is too large, and whatever is not a picture, a PDF or plain text."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("there is no file there", name=path.name) from None
    if not path.is_file():
        raise InputError("that is a folder, not a file", name=path.name)
    try:
        check_size(size)
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # the file may have grown since stat
        return sniff(path.name, data)
    except AttachmentRefused as exc:
        exc.details["name"] = path.name  # which of several files, for the message
        raise


def read_files(paths: Sequence[Path]) -> list[Checked]:
    """Every file checked before any is saved, so one bad file changes nothing."""
    return [read_file(p) for p in paths]


def attach(conn: Connection, account_id: int, files: Sequence[Checked]) -> list[Attachment]:
    """Save checked files to an account; call inside one transaction (submit_write)."""
    if accounts_store.get_account(conn, account_id) is None:
        raise UnknownAccount("no such account", account_id=account_id)
    ids = [
        store.insert_document(conn, account_id, f.name, f.type.kind, f.type.value, f.data)
        for f in files
    ]
    return [_attachment(r) for i in ids if (r := store.document_row(conn, i)) is not None]


def attach_paths(conn: Connection, account_id: int, paths: Sequence[Path]) -> list[Attachment]:
    """Read, check and save files in one go, on the database thread (the window's way in);
    call inside one transaction, so all are saved or none."""
    return attach(conn, account_id, read_files(paths))


def list_attachments(conn: Connection, account_id: int) -> tuple[Attachment, ...]:
    return tuple(_attachment(r) for r in store.documents_for(conn, account_id))


def attachment_data(conn: Connection, attachment_id: int) -> Opened:
    row = store.document_row(conn, attachment_id)
    if row is None:
        raise UnknownAttachment("no such attachment")
    return Opened(_attachment(row), store.document_data(conn, attachment_id))


def delete_attachment(conn: Connection, attachment_id: int) -> bool:
    """Delete one attachment and overwrite where it was, as deleting an account does
    (services/accounts.py): secure_delete zeroes the freed pages and the checkpoint moves
    them into the database file and empties the log. Call outside a transaction."""
    found = erase(conn, store.delete_document, conn, attachment_id)
    return found


def remove_original(path: Path) -> None:
    """Delete the file the person attached, when they ask. This removes the name from its
    folder; on an SSD, in a backup or a cloud copy the bytes may well remain, and the UI
    says so before asking."""
    os.remove(path)


def _attachment(row: store.DocumentRow) -> Attachment:
    return Attachment(row.id, row.account_id, row.name, DocType(row.mime), row.bytes, row.added)
