"""Making coalition workspaces and valid (or deliberately broken) bundles for tests,
independent of the export pipeline: dicts shaped by the schema, sealed with crypto/age."""

from __future__ import annotations

import json
import random
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from testimony.coalition.workspace import init_identity
from testimony.crypto.age import seal
from testimony.crypto.tokens import secret_hash
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.store.tx import transaction
from testimony.store.workspace_schema import WORKSPACE
from tests.helpers import PASSPHRASE

SERVICES = ["ae", "ambulance", "police", "crisis_team", "crisis_line", "nhs111", "gp"]
AREAS = ["london", "wales", "north_west", "yorkshire", "scotland"]
THREATS = ["prosecution", "arrest", "order", "fine", "none"]


@dataclass
class Exported:
    """One record as the person's side would keep it: its id and withdrawal secret."""

    export_id: str
    secret: str
    record: dict[str, Any]


def make_workspace(folder: Path, passphrase: str = PASSPHRASE) -> tuple[Session, str]:
    """A new workspace, unlocked; returns the session and the public recipient."""
    create_vault(folder, passphrase, plan=WORKSPACE)
    session = Session(vault_paths(folder), plan=WORKSPACE)
    session.unlock(passphrase).result()

    def init(conn):
        with transaction(conn):
            return init_identity(conn)

    return session, session.call(init).recipient


def record(
    rng: random.Random | None = None,
    *,
    consent: str = "count",
    text: str | None = None,
    reviewed: bool = True,
    **answers: Any,
) -> Exported:
    rng = rng or random.Random()
    secret = secrets.token_hex(32)
    base: dict[str, Any] = {
        "services": sorted(rng.sample(SERVICES, rng.randint(1, 3)), key=SERVICES.index),
        "when": f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}",
        "area": rng.choice(AREAS),
        "police_involved": rng.choice(["yes", "no", "not_sure"]),
        "care_refused": rng.choice(["refused", "limited", "no", "not_sure"]),
        "label_or_plan": rng.choice(["told", "found_out", "no", "not_sure"]),
        "shared_with_police": rng.choice(["yes", "think_so", "no", "not_sure"]),
        "threats": [rng.choice(THREATS)],
        "impact": rng.randint(1, 5),
    }
    base.update(answers)
    rec: dict[str, Any] = {
        "export_id": secrets.token_hex(16),
        "withdrawal_hash": secret_hash(secret),
        "consent": consent,
        "form": "crisis-account",
        "form_version": 1,
        "answers": base,
        "quote": consent == "quote",
    }
    if consent != "count":
        rec["texts"] = {"what_happened": text or "They said I was a [PERSON 1] problem."}
        rec["reviewed"] = reviewed
    return Exported(rec["export_id"], secret, rec)


def bundle(records: list[Exported], exported: str = "2024-05", version: int = 2) -> dict[str, Any]:
    """A testimony-export/2 bundle, or /1 (which has no `reviewed`)."""
    recs = [r.record for r in records]
    if version == 1:
        recs = [{k: v for k, v in r.items() if k != "reviewed"} for r in recs]
    return {
        "format": f"testimony-export/{version}",
        "exported": exported,
        "forms": [{"id": "crisis-account", "version": 1}],
        "records": recs,
    }


def notice(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "format": "testimony-withdrawal/1",
        "withdrawals": [{"export_id": e, "secret": s} for e, s in pairs],
    }


def sealed(doc: Any, recipient: str) -> bytes:
    raw = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    return seal(raw, [recipient])


def write(path: Path, doc: Any, recipient: str) -> Path:
    path.write_bytes(sealed(doc, recipient))
    return path


def many(n: int, seed: int = 1, **kwargs: Any) -> list[Exported]:
    rng = random.Random(seed)
    return [record(rng, **kwargs) for _ in range(n)]
