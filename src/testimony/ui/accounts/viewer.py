"""One attached file, shown from memory: photos with QImage, PDFs with QtPdf, text as text.

The bytes come from the vault (services.attachments.attachment_data) and go straight into
Qt: QImage.loadFromData and a QPdfDocument reading a QBuffer. Nothing is written to a temp
file, and no thumbnail or cache is kept; closing the page drops the bytes.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from testimony.core.documents import DocType
from testimony.services.attachments import Opened
from testimony.ui.evidence_pdf import kind_words, size_words
from testimony.ui.record.common import body, format_stamp, heading
from testimony.ui.record.pages import PageFrame

VIEW_HEIGHT = 520


class AttachmentViewer(PageFrame):
    def __init__(self, opened: Opened) -> None:
        super().__init__(with_break=False)
        a = opened.attachment
        self.setObjectName("attachmentViewer")
        self.setAccessibleName(self.tr("Your file: %1").replace("%1", a.name))
        self.content.addWidget(heading(a.name))
        about = self.tr("%1, %2. Added on %3.")
        about = about.replace("%1", kind_words(a.type.value)).replace("%2", size_words(a.bytes))
        self.content.addWidget(body(about.replace("%3", format_stamp(a.added))))
        self.shown: QWidget = self._show(opened)
        self.shown.setObjectName("shown")
        self.content.addWidget(self.shown)
        self.finish_actions(with_leave=False)

    def _show(self, opened: Opened) -> QWidget:
        kind = opened.attachment.type
        if kind.is_image:
            return self._image(opened)
        if kind is DocType.PDF:
            return self._pdf(opened)
        return self._text(opened)

    def _image(self, opened: Opened) -> QWidget:
        image = QImage()
        if not image.loadFromData(opened.data):
            return self._cannot_show()
        label = QLabel()
        label.setAccessibleName(self.tr("Photo: %1").replace("%1", opened.attachment.name))
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        pixmap = QPixmap.fromImage(image)
        # Small pictures are shown larger so they can be seen; large ones fit the page.
        width = min(900, max(pixmap.width(), 480))
        label.setPixmap(
            pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            if pixmap.width() != width
            else pixmap
        )
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.image = image
        return label

    def _pdf(self, opened: Opened) -> QWidget:
        # The document reads from this buffer for as long as it is shown, so both are kept.
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(opened.data))
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._pdf_buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() < 1:
            return self._cannot_show()
        view = QPdfView()
        view.setDocument(self.pdf)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setMinimumHeight(VIEW_HEIGHT)
        view.setAccessibleName(
            self.tr("PDF: %1, %n page(s)", "", self.pdf.pageCount()).replace(
                "%1", opened.attachment.name
            )
        )
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return view

    def _text(self, opened: Opened) -> QWidget:
        box = QPlainTextEdit()
        box.setReadOnly(True)
        box.setPlainText(opened.data.decode("utf-8-sig", errors="replace"))
        box.setMinimumHeight(VIEW_HEIGHT)
        box.setAccessibleName(self.tr("Text of %1").replace("%1", opened.attachment.name))
        box.setTabChangesFocus(True)
        return box

    def _cannot_show(self) -> QWidget:
        message = body(
            self.tr(
                "Testimony cannot show this file. It is still kept safely in your vault. "
                "It may be damaged."
            )
        )
        message.setObjectName("cannotShow")
        return message
