"""Opening a finished file with the system's application, in one module tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_path(path: Path) -> bool:
    """Open a file (the PDF viewer, the spreadsheet) or a folder (the file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
