"""The live preview of page 1: the same drawing items the PDF writer uses, painted with QPainter.

QtPdf (which could render the PDF itself) is left out of the bundle to keep it small, so the
preview paints the layout's items directly: same positions, same DejaVu fonts, same QR code.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.exports.certificates.items import Diamond, Frame, Picture, QrCode, Rule, Text
from desktop_app.exports.qr.matrix import dark_runs, qr_rows
from desktop_app.paths import resources_dir
from desktop_app.services.certificates.types import CertificatePreview

# reportlab's registered names (exports.fonts) -> the DejaVu file Qt loads for it.
_FONT_FILES = {
    "Hadir-Sans": "DejaVuSans.ttf",
    "Hadir-Sans-Bold": "DejaVuSans-Bold.ttf",
    "Hadir-Sans-Italic": "DejaVuSans-Oblique.ttf",
    "Hadir-Serif": "DejaVuSerif.ttf",
    "Hadir-Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Hadir-Serif-Italic": "DejaVuSerif-Italic.ttf",
    "Hadir-Condensed": "DejaVuSansCondensed.ttf",
    "Hadir-Condensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}
_loaded: dict[str, QFont] = {}


def _font(name: str, size: float, dpi: float) -> QFont:
    base = _loaded.get(name)
    if base is None:
        font_id = QFontDatabase.addApplicationFont(
            str(resources_dir() / "fonts" / _FONT_FILES.get(name, "DejaVuSans.ttf"))
        )
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        base = QFont(families[0] if families else "DejaVu Sans")
        base.setBold(name.endswith("-Bold"))
        base.setItalic(name.endswith("-Italic"))
        _loaded[name] = base
    font = QFont(base)
    font.setPointSizeF(size * 72.0 / dpi)  # `size` is in page points, the painter's unit
    font.setKerning(False)  # reportlab does not kern: keep the widths the layout measured
    return font


def paint_preview(painter: QPainter, preview: CertificatePreview, target: QRectF) -> None:
    """Paint the page into `target` (aspect ratio kept, centred), on white, with a hairline edge."""
    scale = min(target.width() / preview.width, target.height() / preview.height)
    width, height = preview.width * scale, preview.height * scale
    left = target.left() + (target.width() - width) / 2
    top = target.top() + (target.height() - height) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(left + 3, top + 3, width, height), QColor(0, 0, 0, 40))
    painter.fillRect(QRectF(left, top, width, height), Qt.GlobalColor.white)
    painter.translate(left, top)
    painter.scale(scale, scale)
    dpi = painter.device().logicalDpiY() or 96
    h = preview.height
    for item in preview.items:
        if isinstance(item, Picture):
            image = QImage.fromData(item.data)
            painter.drawImage(QRectF(item.x, h - item.y - item.h, item.w, item.h), image)
        elif isinstance(item, Frame):
            painter.setPen(QPen(QColor(item.color), item.width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(item.x, h - item.y - item.h, item.w, item.h))
        elif isinstance(item, Rule):
            painter.setPen(QPen(QColor(item.color), item.width))
            painter.drawLine(QPointF(item.x1, h - item.y1), QPointF(item.x2, h - item.y2))
        elif isinstance(item, Diamond):
            path = QPainterPath(QPointF(item.cx, h - item.cy - item.r))
            for dx, dy in ((item.r, 0), (0, item.r), (-item.r, 0)):
                path.lineTo(QPointF(item.cx + dx, h - item.cy + dy))
            path.closeSubpath()
            painter.fillPath(path, QColor(item.color))
        elif isinstance(item, Text):
            font = _font(item.font, item.size, dpi)
            if item.char_space:
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, item.char_space)
            painter.setFont(font)
            painter.setPen(QColor(item.color))
            painter.drawText(QPointF(item.x, h - item.y), item.text)
        elif isinstance(item, QrCode):
            rows = qr_rows(item.text)
            module = item.size / len(rows)
            path = QPainterPath()
            top_y = h - item.y - item.size
            for row, col, length in dark_runs(rows):
                path.addRect(QRectF(item.x + col * module, top_y + row * module, length * module, module))
            painter.fillPath(path, QColor(item.color))
    painter.restore()


def preview_image(preview: CertificatePreview, width: int) -> QImage:
    """The page as an image `width` pixels wide (for tests and thumbnails)."""
    height = round(width * preview.height / preview.width)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_preview(painter, preview, QRectF(0, 0, width, height))
    painter.end()
    return image


class CertificatePreviewWidget(QWidget):
    """Shows a `CertificatePreview` scaled to the widget; `set_preview(None)` shows an empty page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: CertificatePreview | None = None
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_preview(self, preview: CertificatePreview | None) -> None:
        """Show this page (None: keep the frame empty)."""
        self.preview = preview
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 460)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e9eeed"))
        if self.preview is not None:
            paint_preview(painter, self.preview, QRectF(self.rect()).adjusted(12, 12, -15, -15))
        painter.end()
