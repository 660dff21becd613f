"""Opening and printing a finished PDF with the system's tools, in one module tests replace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_path(path: Path) -> bool:
    """Open a file (in the PDF viewer) or a folder (in the file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_pdf(path: Path) -> bool:
    """Print a PDF through the system's PDF viewer; False if nothing could be opened.

    The viewer's own print dialog (printer, copies, duplex) is the most reliable way to print
    hundreds of pages: Windows gets the viewer's "print" verb, elsewhere the PDF opens in the
    viewer to print from there.
    """
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
            return True
        except OSError:
            pass
    return open_path(path)
