"""What kind of file a person is adding to an account, judged by its bytes, not its name.

Only four kinds are taken: PNG and JPEG pictures, PDF documents and plain text. A name is a
claim anyone can change, so the content decides; the name only decides which clear words a
refusal gets (a ".jpg" that is not a picture is "not an image", not "unsupported"). The
checks are structural (signature, end marker, the PDF cross-reference pointer): enough to
refuse a file that is cut short or is something else wearing a photo's name. The viewer
(ui/accounts/viewer.py) still refuses, in words, a file that passes here but will not draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from testimony.core.errors import (
    AttachmentTooLarge,
    DamagedImage,
    DamagedPdf,
    NotAnImage,
    UnsupportedFile,
)

MAX_BYTES = 50 * 1024 * 1024  # the limit: "up to 50 MB each"

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_PDF = b"%PDF-"
_IMAGE_NAMES = (".png", ".jpg", ".jpeg", ".jpe", ".jfif")
# A PDF's trailer ("startxref", the offset, "%%EOF") sits in its last kilobyte; writers may
# add a little junk after it, which readers accept.
_PDF_TAIL = 2048


class DocType(StrEnum):
    PNG = "image/png"
    JPEG = "image/jpeg"
    PDF = "application/pdf"
    TEXT = "text/plain"

    @property
    def kind(self) -> str:
        """The attachments table's kind: a photo or a document."""
        return "photo" if self in (DocType.PNG, DocType.JPEG) else "document"

    @property
    def is_image(self) -> bool:
        return self.kind == "photo"


@dataclass(frozen=True)
class Checked:
    name: str
    type: DocType
    data: bytes


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise AttachmentTooLarge("larger than the limit", limit=MAX_BYTES, size=size)


def sniff(name: str, data: bytes) -> Checked:
    """The file's type from its bytes, or the clear reason it cannot be taken."""
    check_size(len(data))
    lower = name.lower()
    if data.startswith(_PNG):
        _check_png(data)
        return Checked(name, DocType.PNG, data)
    if data.startswith(_JPEG):
        _check_jpeg(data)
        return Checked(name, DocType.JPEG, data)
    if lower.endswith(_IMAGE_NAMES):
        raise NotAnImage("named like a picture, but is not one")
    if data.lstrip(b"\x00\t\n\r\f ")[:5] == _PDF or lower.endswith(".pdf"):
        _check_pdf(data)
        return Checked(name, DocType.PDF, data)
    if _is_text(data):
        return Checked(name, DocType.TEXT, data)
    raise UnsupportedFile("not a picture, a PDF or plain text")


def _check_png(data: bytes) -> None:
    # The header chunk comes first and the end chunk last; a file cut short has no end.
    if data[12:16] != b"IHDR" or b"IEND" not in data[-32:]:
        raise DamagedImage("PNG cut short or broken")


def _check_jpeg(data: bytes) -> None:
    # End of image (FFD9), allowing a little padding some cameras add after it.
    if b"\xff\xd9" not in data[-64:]:
        raise DamagedImage("JPEG cut short or broken")


def _check_pdf(data: bytes) -> None:
    start = data.find(_PDF, 0, 1024)
    tail = data[-_PDF_TAIL:]
    if start < 0 or b"%%EOF" not in tail or b"startxref" not in tail:
        raise DamagedPdf("PDF header or trailer missing")
    pointer = tail[tail.rfind(b"startxref") + len(b"startxref") :].split()
    if not pointer or not pointer[0].isdigit() or int(pointer[0]) >= len(data):
        raise DamagedPdf("PDF cross-reference pointer broken")


def _is_text(data: bytes) -> bool:
    if not data.strip():
        return False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    # Control characters other than layout ones mean a binary file that happens to decode.
    return not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)
