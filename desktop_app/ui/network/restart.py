"""Starting Hadir again on the other database after hosting, joining or leaving (tests replace it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from desktop_app.ui.network import close_guard


def restart_hadir() -> None:
    """Start a new Hadir window with the same arguments and close this one."""
    close_guard.restarting = True  # a host's server stays up for the new window
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, ["-m", "desktop_app", *sys.argv[1:]])
    QApplication.closeAllWindows()
    QApplication.quit()
