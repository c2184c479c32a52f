"""docs/architecture.md, promise 6 (and issue 5): identifying details never leave, and
nothing plain is written.

Details planted in accounts — names, phone, NHS number, postcode, an exact date, the vault's
path, the user name and the computer's name — must appear nowhere in the decrypted bundle or
in its file name; and the export writes no plaintext to the target, temp or vault folders.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

from testimony.core.consent import Level, Method
from testimony.crypto.age import open_sealed
from testimony.exporting.plan import save_known
from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault
from tests.export_helpers import coalition
from tests.helpers import PASSPHRASE
from tests.security.test_no_plaintext import encodings, scan


def test_planted_details_never_leave_and_nothing_plain_is_written(tmp_path):
    home, tmp, target = tmp_path / "home", tmp_path / "tmp", tmp_path / "outbox"
    for d in (home, tmp, target):
        d.mkdir()
    created = create_vault(tmp_path / "Zephyrine-notes.testimony", PASSPHRASE)
    vault = created.paths.folder
    host, user = platform.node(), getpass.getuser()
    canaries = {
        "own name": "Zephyrine Quillfeather",
        "named person": "Oswin Threlkeld",
        "phone": "07700 900461",
        "nhs": "943 476 5919",
        "postcode": "LS6 2QB",
        "exact date": "2024-03-14",
        "prose date": "14th March 2024",
        "vault path": str(vault),
        "host": host,
        "user": user,
    }
    text = (
        f"I am Zephyrine Quillfeather (Zeph to friends). On 14th March 2024 PC Threlkeld came. "
        f"Oswin Threlkeld told the ward my number, 07700 900461, and my NHS number "
        f"943 476 5919. I live near LS6 2QB. I wrote this on {host} as {user}, "
        f"and I keep it in {vault}."
    )
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        s.call_write(
            save_known,
            {
                "own_names": ["Zephyrine Quillfeather"],
                "nicknames": ["Zeph"],
                "people": ["Oswin Threlkeld"],
                "postcode": "LS6 2QB",
            },
        )
        for level in (Level.WORDS, Level.QUOTE, Level.COUNT, Level.PRIVATE):
            aid = s.call_write(accounts.create_draft)
            s.call_write(
                accounts.save_answers,
                aid,
                {
                    "services": ["police", "ae"],
                    "when": "2024-03-14",
                    "what_happened": text,
                    "how_affected": f"Zeph's life changed. Call {canaries['phone']}.",
                    "short_name": "Zephyrine Quillfeather at LS6 2QB",
                },
            )
            s.call_write(accounts.set_consent, aid, level, Method.ALONE)

    coal = coalition(tmp_path)
    out = target / "export.age"
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp)}
    proc = subprocess.run(
        [
            str(Path(sys.executable).with_name("testimony")),
            "export",
            str(vault),
            "--recipient",
            coal.identity.recipient,
            "--out",
            str(out),
            "--yes",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr

    bundle_text = open_sealed(out.read_bytes(), coal.identity.identity).decode("utf-8")
    bundle = json.loads(bundle_text)
    assert len(bundle["records"]) == 3
    lowered = bundle_text.lower()
    for what, canary in canaries.items():
        # Whole words: a two-letter host name may well sit inside a random hex id.
        pattern = re.compile(r"(?<![0-9a-z])" + re.escape(canary.lower()) + r"(?![0-9a-z])")
        assert not pattern.search(lowered), f"{what} left in the bundle"
        assert not pattern.search(out.name.lower())
    for piece in ("zephyrine", "quillfeather", "zeph", "threlkeld", "900461", "5919", "2qb"):
        assert piece not in lowered, piece
    # The campaign's words stay.
    assert "[POLICE OFFICER]" in bundle_text and "ward" in bundle_text

    plain_needles = [
        b
        for c in ("Zephyrine Quillfeather", "Oswin Threlkeld", "943 476 5919")
        for b in encodings(c)
    ]
    assert scan(target, plain_needles) == []
    assert scan(tmp, plain_needles) == []
    assert scan(home, plain_needles) == []
    assert scan(vault, plain_needles) == []
    assert sorted(p.name for p in target.iterdir()) == ["export.age"]
