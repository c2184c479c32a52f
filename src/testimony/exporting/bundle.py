"""The testimony-export/2 and testimony-withdrawal/1 documents, checked against their
published schemas before anything is sealed.

Version 2 adds `reviewed` to every record that carries words: true only when the person
read and confirmed the redactions of every text in it, false when any was accepted unread
(the command line's --yes). See docs/coalition.md, "Reviewed or not"."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

import jsonschema

from testimony.core.errors import BundleInvalid, ExportRefused
from testimony.core.resources import read_text
from testimony.crypto.tokens import new_export_id, new_withdrawal_secret, secret_hash
from testimony.exporting.shareable import Shareable

EXPORT_FORMAT = "testimony-export/2"
EXPORT_SCHEMA = "testimony-export-2"
WITHDRAWAL_FORMAT = "testimony-withdrawal/1"


@dataclass(frozen=True)
class Sent:
    """What the person keeps of one exported record: how to withdraw it."""

    account_id: int
    export_id: str
    secret: str
    level: str


@cache
def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(read_text("schemas", f"{name}.schema.json"))
    return loaded


def validate(document: dict[str, Any], name: str) -> None:
    try:
        jsonschema.Draft202012Validator(schema(name)).validate(document)
    except jsonschema.ValidationError as exc:
        raise BundleInvalid("does not match the schema", where=list(exc.absolute_path)) from None


def export_month(now: datetime | None = None) -> str:
    """The only time an export carries: the month it was made."""
    return (now or datetime.now(UTC)).strftime("%Y-%m")


def build_export(accounts: list[Shareable], month: str | None = None) -> tuple[bytes, list[Sent]]:
    leaving = [a for a in accounts if a.has_content]
    if not leaving:
        raise ExportRefused("nothing to export")
    records, sent = [], []
    for a in leaving:
        export_id, secret = new_export_id(), new_withdrawal_secret()
        record: dict[str, Any] = {
            "export_id": export_id,
            "withdrawal_hash": secret_hash(secret),
            "consent": a.level.value,
            "form": a.form_id,
            "form_version": a.form_version,
            "answers": a.answers,
            "quote": a.quote,
        }
        if a.texts_leaving:
            record["texts"] = a.texts_leaving
            record["reviewed"] = a.reviewed
        if a.documents:
            record["documents"] = a.documents  # how many; the files never leave
        records.append(record)
        sent.append(Sent(a.account_id, export_id, secret, a.level.value))
    # Shuffled with the system's randomness, so order says nothing about when each was
    # written or which vault it came from.
    random.SystemRandom().shuffle(records)
    document = {
        "format": EXPORT_FORMAT,
        "exported": month or export_month(),
        "forms": [
            {"id": f, "version": v}
            for f, v in sorted({(a.form_id, a.form_version) for a in leaving})
        ],
        "records": records,
    }
    validate(document, EXPORT_SCHEMA)
    return _encode(document), sent


def build_withdrawal(pairs: list[tuple[str, str]]) -> bytes:
    """A notice presenting (export id, secret) pairs."""
    document = {
        "format": WITHDRAWAL_FORMAT,
        "withdrawals": [{"export_id": e, "secret": s} for e, s in pairs],
    }
    validate(document, "testimony-withdrawal-1")
    return _encode(document)


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
