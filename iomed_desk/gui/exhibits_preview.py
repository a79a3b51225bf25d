"""An exhibit shown from memory: a PDF with QtPdf from a QBuffer, an image, text; never a temp file.

Nothing here writes the exhibit anywhere or hands it to another program: the bytes read by the
app (on a worker) go into a QBuffer, which QPdfDocument reads as a QIODevice; an image is decoded
by QImage.fromData; DOCX and XLSX are shown as the text the app extracted at import. A PDF that
pdfium cannot read, or an image Qt cannot decode, shows "cannot be shown" instead of crashing.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.core.exhibits import MediaType


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExhibitPreview", text)


def load_pdf(document: QPdfDocument, buffer: QBuffer, data: bytes | QByteArray) -> bool:
    """Load `data` into `document` through `buffer` (in memory); True if pdfium could read it."""
    document.close()
    buffer.close()
    buffer.setData(data if isinstance(data, QByteArray) else QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0


class ExhibitPreview(QWidget):
    """One exhibit's preview; `show_message` for the states between (loading, cannot be shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exhibitPreview")
        self.buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(8)
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pdf_view.setAccessibleName(_tr("Exhibit preview"))
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea(self)
        self.image_area.setWidget(self.image)
        self.image_area.setWidgetResizable(True)
        self.image_area.setAccessibleName(_tr("Exhibit preview"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_tr("Exhibit text"))
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("secondary")
        self.stack = QStackedWidget(self)
        for widget in (self.message, self.pdf_view, self.image_area, self.text):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.kind = ""
        self.show_message(_tr("Choose an exhibit to see it here."))

    def show_message(self, text: str) -> None:
        self.wipe()
        self.message.setText(text)

    def show_pdf(self, data: bytes | QByteArray) -> bool:
        self.wipe()
        if not load_pdf(self.document, self.buffer, data):
            self.wipe()
            self.message.setText(_tr("This PDF cannot be shown (it is damaged or not a PDF Qt can read). "
                                     "Export it to open it elsewhere."))
            self.kind = "unreadable"
            return False
        self.kind = "pdf"
        self.stack.setCurrentWidget(self.pdf_view)
        return True

    def show_image(self, data: bytes) -> bool:
        self.wipe()
        image = QImage.fromData(data)
        if image.isNull():
            self.message.setText(_tr("This image cannot be shown. Export it to open it elsewhere."))
            self.kind = "unreadable"
            return False
        self.image.setPixmap(QPixmap.fromImage(image))
        self.kind = "image"
        self.stack.setCurrentWidget(self.image_area)
        return True

    def show_text(self, text: str, note: str = "") -> None:
        self.wipe()
        self.text.setPlainText((note + "\n\n" if note else "") + text)
        self.kind = "text"
        self.stack.setCurrentWidget(self.text)

    def show_exhibit(self, media_type: MediaType, data: bytes | None, text: str) -> None:
        """The exhibit's bytes (PDF, images, plain text) or, for DOCX/XLSX, the text extracted at import."""
        if media_type is MediaType.PDF and data is not None:
            self.show_pdf(data)
        elif media_type in (MediaType.PNG, MediaType.JPEG) and data is not None:
            self.show_image(data)
        elif media_type is MediaType.TEXT and data is not None:
            self.show_text(data.decode("utf-8", errors="replace"))
        elif media_type.is_ooxml:
            if text.strip():
                self.show_text(text, _tr("%1 shown as its text (layout, tables and images are not shown; export "
                                         "it to open the file).").replace("%1", media_type.short))
            else:
                self.show_message(_tr("No text to show for this %1; export it to open it.").replace(
                    "%1", media_type.short))
        else:
            self.show_message(_tr("No preview for this file; export it to open it."))

    def wipe(self) -> None:
        """Drop every byte and pixel of the exhibit shown (on lock, on another choice)."""
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())
        self.image.clear()
        self.text.clear()
        self.message.setText("")
        self.kind = ""
        self.stack.setCurrentWidget(self.message)
