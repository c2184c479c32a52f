"""docs/architecture.md, promise 2: nothing a person writes reaches the disk unencrypted."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from testimony.services import accounts
from testimony.services.session import Session
from testimony.services.vault import create_vault
from tests.helpers import PASSPHRASE


def encodings(canary: str) -> list[bytes]:
    return [canary.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")]


def scan(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits += [f"{path} holds {n!r}" for n in needles if n in data]
    return hits


def test_canary_reaches_no_file_through_the_cli(tmp_path):
    canary = f"CANARY{secrets.token_hex(6)}Ünï"
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / "c"),
        "XDG_CACHE_HOME": str(home / "k"),
        "XDG_DATA_HOME": str(home / "d"),
    }
    exe = str(Path(sys.executable).with_name("testimony"))
    vault = tmp_path / "v.testimony"

    def run(*args: str, stdin: str) -> None:
        proc = subprocess.run(
            [exe, *args], input=stdin, env=env, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr

    run("vault", "create", str(vault), stdin=PASSPHRASE + "\n")
    body = json.dumps(
        [
            {
                "answers": {"what_happened": f"{canary} at the station", "anything_else": canary},
                "consent": "words",
            }
            for _ in range(5)
        ]
    )
    run("account", "add", str(vault), "--json", "-", stdin=f"{PASSPHRASE}\n{body}")
    run("account", "list", str(vault), "--search", canary[:12], stdin=PASSPHRASE + "\n")
    run(
        "vault",
        "backup",
        str(vault),
        "--out",
        str(tmp_path / "backup.tbk"),
        stdin=PASSPHRASE + "\n",
    )
    run("vault", "passwd", str(vault), stdin=f"{PASSPHRASE}\n{PASSPHRASE}!\n")

    assert scan(tmp_path, encodings(canary)) == []
    assert scan(tmp_path, encodings(PASSPHRASE)) == []
    assert sorted(p.name for p in vault.iterdir()) == ["header.json", "vault.db"]


def test_canary_absent_while_the_vault_is_open(tmp_path):
    """While open, recent writes sit in the write-ahead log: it must be encrypted too."""
    canary = f"CANARY{secrets.token_hex(6)}"
    created = create_vault(tmp_path / "open.testimony", PASSPHRASE)
    with Session(created.paths) as session:
        session.unlock(PASSPHRASE).result()
        for _ in range(3):
            aid = session.call_write(accounts.create_draft)
            session.call_write(accounts.save_answers, aid, {"what_happened": canary * 50})
        assert (created.paths.folder / "vault.db-wal").exists()
        assert scan(created.paths.folder, encodings(canary)) == []
    assert scan(created.paths.folder, encodings(canary)) == []


def decrypted_pages(db: Path, key: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """Every page of a SQLCipher 4 file decrypted with the raw key, free pages included.

    SQLCipher 4 with a raw key: AES-256-CBC per page, the IV in the page's reserved tail,
    the first 16 bytes of page 1 the salt. Written here, in the test, so the check does not
    trust the library it is checking.
    """
    raw = db.read_bytes()
    out = bytearray()
    for start in range(0, len(raw), page_size):
        page = raw[start : start + page_size]
        body_start = 16 if start == 0 else 0
        body, iv = page[body_start : page_size - reserve], page[page_size - reserve :][:16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)


def _write_then_delete(session: Session, canary: str, secure: bool) -> None:
    def work(conn) -> None:
        conn.execute(f"PRAGMA secure_delete = {'ON' if secure else 'OFF'}")
        conn.execute("BEGIN")
        aid = accounts.create_draft(conn)
        accounts.save_answers(conn, aid, {"what_happened": canary * 100})
        keep = accounts.create_draft(conn)
        accounts.save_answers(conn, keep, {"what_happened": "stays " * 20})
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        accounts.delete_account(conn, aid)

    session.call(work)


def test_deleted_text_is_gone_from_the_pages_even_with_the_key(tmp_path):
    for secure in (False, True):
        canary = f"GONE{secrets.token_hex(6)}"
        created = create_vault(tmp_path / f"d{secure}.testimony", PASSPHRASE)
        with Session(created.paths) as session:
            session.unlock(PASSPHRASE).result()
            key = session.key_for_backup().bytes()
            _write_then_delete(session, canary, secure)
        pages = decrypted_pages(created.paths.database, key)
        assert b"stays" in pages, "decryption must work, or the check below proves nothing"
        if secure:
            assert canary.encode() not in pages
        else:
            # The control: without secure_delete the words would still be in a free page.
            assert canary.encode() in pages
