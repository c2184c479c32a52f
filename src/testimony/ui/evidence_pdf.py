"""The person's own papers drawn with Qt: a readable copy of an account, and a letter.

Both are built as one QTextDocument, in memory. A PDF is printed into a QBuffer and only
written to disk when the person (or the command line) names a file, through a services
function that writes it in one step. Everything the person wrote is escaped before it goes
into the document's HTML, so nothing they typed can change how it looks or load anything.
The command line loads this module only for `account copy` and `letter`.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from testimony.core.consent import wording
from testimony.services.evidence import ReadableCopy, save_new_file
from testimony.ui.language import current_language
from testimony.ui.record.common import format_stamp
from testimony.ui.record.questions import describe_answer

_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; color: #0b0c0c; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; margin-top: 16px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
p.answer { margin-left: 12px; }
td { padding: 2px 8px 2px 0; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("EvidencePdf", text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _words(text: str) -> str:
    """What the person wrote, escaped, with their line breaks kept."""
    return "<br>".join(_e(line) for line in text.splitlines())


def ensure_app() -> QApplication:
    """Text layout needs a QApplication; the command line has none, and maybe no screen."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


# -- the readable copy -----------------------------------------------------------------------


def copy_html(copy: ReadableCopy, made: date | None = None) -> str:
    a = copy.account
    day = (made or date.today()).strftime("%d %B %Y").lstrip("0")
    parts = [f"<h1>{_e(_t('My account'))}</h1>"]
    warning = _t(
        "This copy is not encrypted. Anyone who has it can read it. "
        "Give it only to people you trust, such as a solicitor or an advocate."
    )
    # A one-cell table: Qt's rich text draws borders on tables, not on paragraphs.
    parts.append(
        "<table border='1' cellpadding='6' cellspacing='0' width='100%'>"
        f"<tr><td><b>{_e(warning)}</b></td></tr></table><p></p>"
    )
    facts = [
        (_t("Made from Testimony on"), day),
        (_t("Started"), format_stamp(a.created)),
        (_t("Last changed"), format_stamp(a.updated)),
        (_t("Finished"), _t("Yes") if a.status.value == "complete" else _t("Not yet")),
    ]
    if a.supported:
        facts.append((_t("Recorded with support"), _t("Yes")))
    level = wording(language=current_language()).for_level(a.consent)
    facts.append((_t("Who can see it in Testimony"), level.title))
    rows = "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in facts)
    parts.append(f"<table>{rows}</table>")
    parts.append(f"<h2>{_e(_t('My answers'))}</h2>")
    if copy.form is None:
        parts.append(f"<p>{_e(_t('This version of Testimony cannot show these answers.'))}</p>")
    else:
        for q in copy.form.questions:
            answer = describe_answer(q, a.answers.get(q.id))
            shown = _words(answer) if answer is not None else f"<i>{_e(_t('Not answered'))}</i>"
            parts.append(f"<h3>{_e(q.title)}</h3><p class='answer'>{shown}</p>")
    parts.append(_recordings(copy))
    parts.append(_attachments(copy))
    return "\n".join(parts)


def _recordings(copy: ReadableCopy) -> str:
    out = [f"<h2>{_e(_t('Spoken answers'))}</h2>"]
    if not copy.recordings:
        out.append(f"<p>{_e(_t('There are no spoken answers in this account.'))}</p>")
        return "".join(out)
    titles = {q.id: q.title for q in copy.form.questions} if copy.form else {}
    out.append(
        f"<p>{_e(_t('The recordings stay in Testimony. This copy has their summaries.'))}</p>"
    )
    for r in copy.recordings:
        minutes, seconds = divmod(round(r.seconds), 60)
        length = f"{minutes}:{seconds:02d}"
        head = f"{titles.get(r.question_id, r.question_id)} ({length})"
        summary = _words(r.summary) if r.summary.strip() else f"<i>{_e(_t('No summary'))}</i>"
        out.append(f"<h3>{_e(head)}</h3><p class='answer'>{summary}</p>")
    return "".join(out)


def _attachments(copy: ReadableCopy) -> str:
    out = [f"<h2>{_e(_t('Files added to this account'))}</h2>"]
    if not copy.attachments:
        out.append(f"<p>{_e(_t('No files have been added to this account.'))}</p>")
        return "".join(out)
    out.append(f"<p>{_e(_t('The files themselves stay in Testimony. Here is the list.'))}</p>")
    rows = "".join(
        f"<tr><td>{_e(f.name)}</td><td>{_e(kind_words(f.type.value))}</td>"
        f"<td>{_e(size_words(f.bytes))}</td><td>{_e(format_stamp(f.added))}</td></tr>"
        for f in copy.attachments
    )
    return "".join(out) + f"<table width='100%'>{rows}</table>"


def kind_words(mime: str) -> str:
    return {
        "image/png": _t("Photo (PNG)"),
        "image/jpeg": _t("Photo (JPEG)"),
        "application/pdf": _t("PDF document"),
        "text/plain": _t("Text file"),
    }.get(mime, mime)


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")
    return _t("%1 KB").replace("%1", str(max(1, round(size / 1024))))


# -- a letter ---------------------------------------------------------------------------------


def letter_html(text: str, headings: Iterable[str] = ()) -> str:
    """A letter the person has read and edited: plain text, paragraph by paragraph. A
    paragraph that is still exactly one of the template's headings is printed in bold."""
    bold = {h.strip() for h in headings}
    out = []
    for p in text.replace("\r\n", "\n").split("\n\n"):
        p = p.strip("\n")
        if not p.strip():
            continue
        if p.strip() in bold:
            out.append(f"<p><b>{_e(p.strip())}</b></p>")
        else:
            out.append(f"<p>{_words(p)}</p>")
    return "\n".join(out)


# -- drawing ----------------------------------------------------------------------------------


def document(body_html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(_STYLE)
    doc.setHtml(body_html)
    return doc


def pdf_bytes(doc: QTextDocument, title: str) -> bytes:
    """Print `doc` to a PDF in memory: nothing reaches the disk here."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Testimony")
    writer.setResolution(144)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_to(doc, writer)
    del writer
    buffer.close()
    return bytes(data.data())


def print_to(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    # No page size of our own: Qt then lays the text out on the device's page at its real
    # resolution, so 11 pt prints as 11 pt on a printer and in a PDF alike.
    doc.setPageSize(QSizeF())
    doc.print_(device)


def copy_pdf(copy: ReadableCopy) -> bytes:
    ensure_app()
    return pdf_bytes(document(copy_html(copy)), _t("My account"))


def letter_pdf(text: str, headings: Iterable[str] = ()) -> bytes:
    ensure_app()
    return pdf_bytes(document(letter_html(text, headings)), _t("Letter"))


def write_copy_pdf(copy: ReadableCopy, target: Path) -> None:
    save_new_file(target, copy_pdf(copy))


def write_letter_pdf(text: str, target: Path, headings: Iterable[str] = ()) -> None:
    save_new_file(target, letter_pdf(text, headings))
