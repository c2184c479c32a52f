"""Attachments (issue 15): added in one transaction, read back from memory, deleted for good,
refused with clear words, and never leaving in an export except as a count."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from testimony.core.documents import MAX_BYTES, DocType, sniff
from testimony.core.errors import (
    AttachmentTooLarge,
    DamagedImage,
    DamagedPdf,
    NotAnImage,
    UnknownAccount,
    UnsupportedFile,
)
from testimony.core.letters import Sender
from testimony.services import accounts
from testimony.services.attachments import (
    attach,
    attachment_data,
    delete_attachment,
    list_attachments,
    read_file,
    read_files,
    remove_original,
)
from testimony.services.evidence import keep_sender
from testimony.services.session import Session
from testimony.services.vault import create_vault
from tests.evidence.files import pdf, png
from tests.helpers import PASSPHRASE, account


@pytest.fixture
def session(tmp_path):
    created = create_vault(tmp_path / "a.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        yield s


def _account(session: Session) -> int:
    return session.call_write(accounts.create_draft)


def test_attach_then_read_back_the_same_bytes(session, tmp_path):
    aid = _account(session)
    photo, doc, note = tmp_path / "scan.png", tmp_path / "letter.pdf", tmp_path / "notes.txt"
    photo.write_bytes(png())
    doc.write_bytes(pdf("discharge letter"))
    note.write_text("what the nurse said\n", encoding="utf-8")
    added = session.call_write(attach, aid, read_files([photo, doc, note]))
    assert [(a.name, a.type) for a in added] == [
        ("scan.png", DocType.PNG),
        ("letter.pdf", DocType.PDF),
        ("notes.txt", DocType.TEXT),
    ]
    listed = session.call(list_attachments, aid)
    assert listed == tuple(added)
    for a, path in zip(listed, (photo, doc, note), strict=True):
        opened = session.call(attachment_data, a.id)
        assert opened.data == path.read_bytes()
        assert a.bytes == len(opened.data)
    # The originals are left where they were.
    assert photo.exists() and doc.exists() and note.exists()


def test_a_large_file_is_kept_in_chunks_and_comes_back_whole(session, tmp_path):
    aid = _account(session)
    body = b"line of a long statement\n" * 200_000  # about 5 MB of text, several chunks
    big = tmp_path / "statement.txt"
    big.write_bytes(body)
    (added,) = session.call_write(attach, aid, read_files([big]))
    chunks = session.call(
        lambda c: c.execute(
            "SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?", (added.id,)
        ).fetchone()[0]
    )
    assert chunks == 5
    assert session.call(attachment_data, added.id).data == body


def test_one_bad_file_means_none_are_added(session, tmp_path):
    aid = _account(session)
    good, bad = tmp_path / "ok.png", tmp_path / "broken.pdf"
    good.write_bytes(png())
    bad.write_bytes(pdf()[:-40])  # cut short: no trailer
    with pytest.raises(DamagedPdf) as err:
        session.call_write(attach, aid, read_files([good, bad]))
    assert err.value.details["name"] == "broken.pdf"
    assert session.call(list_attachments, aid) == ()


def test_attaching_to_a_missing_account_saves_nothing(session, tmp_path):
    note = tmp_path / "n.txt"
    note.write_text("x", encoding="utf-8")
    with pytest.raises(UnknownAccount):
        session.call_write(attach, 999, read_files([note]))
    assert session.call(lambda c: c.execute("SELECT count(*) FROM attachments").fetchone()[0]) == 0


def test_deleting_removes_the_file_and_its_chunks(session, tmp_path):
    aid = _account(session)
    note = tmp_path / "n.txt"
    note.write_text("delete me", encoding="utf-8")
    keep = tmp_path / "k.txt"
    keep.write_text("keep me", encoding="utf-8")
    gone, kept = session.call_write(attach, aid, read_files([note, keep]))
    assert session.call(delete_attachment, gone.id) is True
    assert session.call(list_attachments, aid) == (kept,)
    assert session.call(delete_attachment, gone.id) is False
    left = session.call(
        lambda c: c.execute(
            "SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?", (gone.id,)
        ).fetchone()[0]
    )
    assert left == 0
    # Deleting the account takes its attachments with it.
    session.call(accounts.delete_account, aid)
    assert session.call(list_attachments, aid) == ()


def test_remove_original_deletes_only_when_asked(tmp_path):
    original = tmp_path / "photo.png"
    original.write_bytes(png())
    read_file(original)
    assert original.exists()
    remove_original(original)
    assert not original.exists()


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("photo.jpg", b"this is text, not a photo", NotAnImage),
        ("photo.png", pdf(), NotAnImage),
        ("scan.png", png()[:-12], DamagedImage),
        ("scan.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 300, DamagedImage),
        ("letter.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", DamagedPdf),
        ("letter.pdf", b"not a pdf at all", DamagedPdf),
        ("letter.pdf", pdf().replace(b"startxref\n", b"startxref\n99999999"), DamagedPdf),
        ("music.mp3", b"ID3\x03\x00\x00\x00\x00\x0f\x76" + bytes(range(256)), UnsupportedFile),
        ("empty.txt", b"", UnsupportedFile),
        ("latin.txt", "caf\u00e9".encode("latin-1"), UnsupportedFile),
    ],
)
def test_bad_files_are_refused_with_a_reason(name, data, error):
    with pytest.raises(error):
        sniff(name, data)


def test_content_decides_not_the_name():
    assert sniff("letter.txt", pdf()).type is DocType.PDF
    assert sniff("scan", png()).type is DocType.PNG
    assert sniff("notes.md", "My notes \u2014 in UTF-8\n".encode()).type is DocType.TEXT
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 100 + b"\xff\xd9"
    assert sniff("IMG_0001.JPG", jpeg).type is DocType.JPEG


def test_too_large_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "huge.pdf"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no 50 MB written to the test disk
    with pytest.raises(AttachmentTooLarge) as err:
        read_file(big)
    assert err.value.details["name"] == "huge.pdf"
    exactly = tmp_path / "limit.txt"
    exactly.write_bytes(b"a" * 10)
    assert read_file(exactly).data == b"a" * 10


def test_cli_attach_list_and_clear_words(cli, vault_dir, tmp_path):
    body = json.dumps([account(what_happened="the ward"), account(what_happened="the station")])
    assert (
        cli(["account", "add", vault_dir, "--json", "-"], stdin=f"{PASSPHRASE}\n{body}").code == 0
    )
    photo, note = tmp_path / "p.png", tmp_path / "n.txt"
    photo.write_bytes(png())
    note.write_text("notes", encoding="utf-8")
    done = cli(["attach", vault_dir, "1", photo, note], stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "still where they were" in done.out and "SSD" in done.out
    listed = json.loads(cli(["account", "list", vault_dir, "--json"], stdin=PASSPHRASE + "\n").out)
    by_id = {a["id"]: a for a in listed}
    assert by_id[1]["attachments"] == [
        {"name": "p.png", "type": "image/png", "bytes": len(png())},
        {"name": "n.txt", "type": "text/plain", "bytes": 5},
    ]
    assert by_id[2]["attachments"] == []

    fake = tmp_path / "holiday.jpg"
    fake.write_text("not a photo", encoding="utf-8")
    refused = cli(["attach", vault_dir, "1", fake], stdin=PASSPHRASE + "\n")
    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "not a PNG or JPEG" in refused.err
    assert "holiday.jpg" in refused.err and "Traceback" not in refused.err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf()[:100])
    assert "PDF is damaged" in cli(["attach", vault_dir, "1", broken], stdin=PASSPHRASE + "\n").err
    missing = cli(["attach", vault_dir, "7", note], stdin=PASSPHRASE + "\n")
    assert missing.code == 1 and "no account with that id" in missing.err


def test_canary_in_an_attachment_is_only_inside_the_vault(cli, vault_dir, tmp_path):
    """A canary in an attached file: nowhere on disk but its own original, never in the
    vault's files in the clear, never in an export, which carries only how many there are.
    After the attachment is deleted it is gone from the decrypted pages too."""
    from testimony.crypto.age import open_sealed
    from tests.export_helpers import add_accounts, at_level, coalition
    from tests.security.test_no_plaintext import decrypted_pages, encodings, scan

    canary = f"ATTACHCANARY{secrets.token_hex(6)}"
    sender = f"SENDERCANARY{secrets.token_hex(6)}"
    add_accounts(cli, vault_dir, [at_level("words", "the ward at night")])
    originals = tmp_path / "originals"
    originals.mkdir()
    note = originals / "care-plan.txt"
    note.write_text(f"{canary} is written in my care plan\n" * 50, encoding="utf-8")
    photo = originals / "plan.png"
    photo.write_bytes(png())
    assert cli(["attach", vault_dir, "1", note, photo], stdin=PASSPHRASE + "\n").code == 0
    # A name and address kept for letters stay in the vault too.
    with Session(_paths(vault_dir)) as s:
        s.unlock(PASSPHRASE).result()
        s.call_write(keep_sender, Sender(f"{sender} Person", f"{sender} Road"))

    coal = coalition(tmp_path)
    out = tmp_path / "bundle.age"
    sent = cli(
        ["export", vault_dir, "--recipient", coal.identity.recipient, "--out", out, "--yes"],
        stdin=PASSPHRASE + "\n",
    )
    assert sent.code == 0, sent.err
    bundle = open_sealed(out.read_bytes(), coal.identity.identity)
    document = json.loads(bundle)
    (record,) = document["records"]
    # Format 2 carries both: how many documents (evidence) and whether the person read the
    # redactions (issue 14; --yes means nobody did).
    assert document["format"] == "testimony-export/2"
    assert record["documents"] == 2 and record["reviewed"] is False
    assert canary.encode() not in bundle and b"care-plan" not in bundle
    assert sender.encode() not in bundle

    note.unlink()  # the one place it is allowed to be, besides inside the vault
    assert scan(tmp_path, encodings(canary)) == []
    assert scan(tmp_path, encodings(sender)) == []

    created_key = _key(vault_dir)
    pages = decrypted_pages(vault_dir / "vault.db", created_key)
    assert canary.encode() in pages, "decryption must work, or the check below proves nothing"
    with Session(_paths(vault_dir)) as s:
        s.unlock(PASSPHRASE).result()
        (doc, _) = s.call(list_attachments, 1)
        assert s.call(delete_attachment, doc.id)
    assert canary.encode() not in decrypted_pages(vault_dir / "vault.db", created_key)


def _paths(folder: Path):
    from testimony.services.vault import vault_paths

    return vault_paths(folder)


def _key(folder: Path) -> bytes:
    with Session(_paths(folder)) as s:
        s.unlock(PASSPHRASE).result()
        return s.key_for_backup().bytes()


def test_export_preview_says_the_count_leaves(cli, vault_dir, tmp_path):
    from tests.export_helpers import add_accounts, at_level, coalition

    add_accounts(cli, vault_dir, [at_level("count", "")])
    note = tmp_path / "n.txt"
    note.write_text("notes", encoding="utf-8")
    assert cli(["attach", vault_dir, "1", note, note], stdin=PASSPHRASE + "\n").code == 0
    coal = coalition(tmp_path)
    shown = cli(
        [
            "export",
            vault_dir,
            "--recipient",
            coal.identity.recipient,
            "--out",
            tmp_path / "b.age",
            "--yes",
        ],
        stdin=PASSPHRASE + "\n",
    )
    assert shown.code == 0, shown.err
    assert "How many files are kept with it: 2 (the files never leave)" in shown.out


def test_without_secure_delete_the_deleted_file_would_still_be_there(tmp_path):
    """The control for the check above: the same deletion with secure_delete switched off
    leaves the words in free pages, so the decrypting check can see a failure."""
    from tests.security.test_no_plaintext import decrypted_pages

    canary = f"CONTROLCANARY{secrets.token_hex(6)}"
    created = create_vault(tmp_path / "c.testimony", PASSPHRASE)
    note = tmp_path / "n.txt"
    note.write_text(f"{canary}\n" * 200, encoding="utf-8")
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        key = s.key_for_backup().bytes()
        aid = s.call_write(accounts.create_draft)
        (doc,) = s.call_write(attach, aid, read_files([note]))
        s.call(lambda c: c.execute("PRAGMA secure_delete = OFF"))
        assert s.call(delete_attachment, doc.id)
    assert canary.encode() in decrypted_pages(created.paths.database, key)
