"""Reading a PDF back as text with QtPdf, the way the app shows PDFs: from memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument


def pdf_text(data: bytes) -> str:
    from testimony.ui.evidence_pdf import ensure_app

    ensure_app()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    assert doc.status() == QPdfDocument.Status.Ready, doc.error()
    text = "\n".join(doc.getAllText(page).text() for page in range(doc.pageCount()))
    # Qt's PDF engine joins ligatures and wraps lines; compare on single spaces.
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())
