"""resources/icons/hadir-256.png, rendered from hadir.svg."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from screens.kit import ROOT, Kit

SIZE = 256


def take(kit: Kit) -> None:
    svg = ROOT / "resources" / "icons" / "hadir.svg"
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    png = svg.with_name(f"hadir-{SIZE}.png")
    if not image.save(str(png)):
        raise OSError(f"cannot write {png}")
    kit.wrote(png)
