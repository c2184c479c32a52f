"""Adding the document's language (/Lang) to a PDF, which Qt's writer does not set.

Screen readers read a PDF in the voice of its /Lang. The change is a standard incremental
update (ISO 32000-1 §7.5.6): the catalog is written again with /Lang, followed by a new
cross-reference section that points back at the old one, so nothing already in the file
moves. Pure bytes in, bytes out.
"""

from __future__ import annotations

import re

_OBJ = re.compile(rb"(\d+) 0 obj\s*<<")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def with_language(pdf: bytes, language: str) -> bytes:
    """`pdf` with its catalog naming `language` (a BCP 47 tag such as en-GB)."""
    if not _LANG.match(language):
        raise ValueError("not a language tag")
    found = _catalog(pdf)
    last_xref = _STARTXREF.search(pdf)
    trailers = list(_TRAILER.finditer(pdf))
    if found is None or last_xref is None or not trailers:
        raise ValueError("not a PDF this can update")
    number, body = found
    body = re.sub(rb"/Lang\s*\([^)]*\)", b"", body)
    trailer = trailers[-1].group(1)
    size = re.search(rb"/Size\s+(\d+)", trailer)
    if size is None:
        raise ValueError("not a PDF this can update")
    keep = b"".join(
        m.group(0) + b"\n" for m in re.finditer(rb"/(?:Info|ID)\s*(?:\d+ 0 R|\[[^\]]*\])", trailer)
    )
    start = len(pdf) + 1
    obj = (
        b"\n" + number + b" 0 obj\n<<" + body + b"/Lang (" + language.encode() + b")\n>>\nendobj\n"
    )
    xref_at = len(pdf) + len(obj)
    update = (
        obj
        + b"xref\n"
        + number + b" 1\n"
        + b"%010d 00000 n \n" % start
        + b"trailer\n<<\n/Size " + size.group(1) + b"\n/Root " + number + b" 0 R\n" + keep
        + b"/Prev " + last_xref.group(1) + b"\n>>\nstartxref\n"
        + str(xref_at).encode() + b"\n%%EOF\n"
    )  # fmt: skip
    return pdf + update


def _catalog(pdf: bytes) -> tuple[bytes, bytes] | None:
    """(object number, dictionary body) of the last catalog object."""
    at = pdf.rfind(b"/Type /Catalog")
    if at < 0:
        return None
    opening = None
    for m in _OBJ.finditer(pdf, 0, at):
        opening = m
    if opening is None:
        return None
    end = pdf.find(b"endobj", at)
    close = pdf.rfind(b">>", at, end)
    if end < 0 or close < 0:
        return None
    return opening.group(1), pdf[opening.end() : close]
