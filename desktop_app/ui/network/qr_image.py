"""A QR code as a QPixmap for the screen (the join code a desk scans)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from desktop_app.exports.qr.matrix import QUIET_ZONE, qr_rows


def qr_pixmap(text: str, side: int = 220) -> QPixmap:
    """`text` as a black-on-white QR code about `side` pixels wide, sharp (whole pixels a module)."""
    rows = qr_rows(text)
    modules = len(rows) + 2 * QUIET_ZONE
    scale = max(1, side // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale, Qt.GlobalColor.black
                )
    painter.end()
    return QPixmap.fromImage(image)
