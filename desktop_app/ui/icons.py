"""Icons from `resources/icons` (SVG, drawn for Hadir)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop_app.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` as an icon (empty if the file is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    """The application's icon: a white check mark on a teal rounded square."""
    image = QIcon(str(resources_dir() / "icons" / "hadir.svg"))
    png = resources_dir() / "icons" / "hadir-256.png"
    if png.exists():
        image.addFile(str(png))
    return image
