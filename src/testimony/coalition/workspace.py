"""A coalition workspace: an encrypted folder (the vault machinery, another schema) holding
the coalition's age identity, made once at creation.

Creating the folder is the vault machinery's job (services.vault.create_vault with the
WORKSPACE plan), done by the command line or the app, which then call `init_identity` on
the new workspace's database thread.

Only the public recipient (age1…) ever leaves it: shown, copied, or written to a file to
publish. The secret identity is read inside the database thread when a bundle is opened and
is never written anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from testimony.core.errors import WrongKind
from testimony.core.suppression import DEFAULT_THRESHOLD
from testimony.crypto.age import fingerprint, new_identity
from testimony.store import files
from testimony.store.connection import Connection
from testimony.store.settings import get_setting, set_setting
from testimony.store.workspace_records import read_recipient, store_identity
from testimony.store.workspace_schema import WORKSPACE

__all__ = [
    "WORKSPACE",
    "Recipient",
    "init_identity",
    "name",
    "recipient",
    "set_name",
    "set_threshold",
    "threshold",
    "write_recipient_file",
]

THRESHOLD_KEY = "suppression_threshold"
NAME_KEY = "coalition_name"
MAX_NAME = 120
MIN_THRESHOLD = 5  # below this a count is too easy to point at a person


@dataclass(frozen=True)
class Recipient:
    recipient: str  # age1…, to publish
    fingerprint: str  # the short code the recording side shows beside the key


def init_identity(conn: Connection) -> Recipient:
    """Make the coalition's age identity and keep it in this (new, encrypted) workspace.

    Run once, right after the workspace is created, inside the caller's transaction.
    """
    if read_recipient(conn) is not None:
        raise WrongKind("workspace already has an identity", expected="new workspace")
    ident = new_identity()
    store_identity(conn, ident.identity, ident.recipient)
    return Recipient(ident.recipient, fingerprint(ident.recipient))


def recipient(conn: Connection) -> Recipient:
    value = read_recipient(conn)
    if value is None:
        raise WrongKind("workspace has no identity", expected="workspace")
    return Recipient(value, fingerprint(value))


def write_recipient_file(target: Path, rec: Recipient) -> None:
    """The public key as a small text file to publish; age reads the last line as a
    recipient (`age -R FILE`), and people read the comment lines."""
    text = (
        "# Testimony coalition public key. Share it freely.\n"
        f"# Fingerprint: {rec.fingerprint}\n"
        f"{rec.recipient}\n"
    )
    files.atomic_write(target, text.encode("ascii"))


def threshold(conn: Connection) -> int:
    value = get_setting(conn, THRESHOLD_KEY, DEFAULT_THRESHOLD)
    return value if isinstance(value, int) and value >= MIN_THRESHOLD else DEFAULT_THRESHOLD


def set_threshold(conn: Connection, value: int) -> None:
    if not isinstance(value, int) or value < MIN_THRESHOLD:
        raise ValueError(f"threshold must be at least {MIN_THRESHOLD}")
    set_setting(conn, THRESHOLD_KEY, value)


def name(conn: Connection) -> str:
    """The coalition's name, as its reports are signed (the PDF's author); "" if unset."""
    value = get_setting(conn, NAME_KEY, "")
    return value if isinstance(value, str) else ""


def set_name(conn: Connection, value: str) -> None:
    cleaned = " ".join(str(value).split())
    if len(cleaned) > MAX_NAME:
        raise ValueError(f"a name can be at most {MAX_NAME} characters")
    set_setting(conn, NAME_KEY, cleaned)
