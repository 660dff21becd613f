"""Closing the window on a host: warn when desks still use its server, then stop it cleanly."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.paths import AppPaths
from desktop_app.services.network import settings_file
from desktop_app.ui import dialogs_io

log = logging.getLogger(__name__)
# Set while Hadir starts itself again (restart.py): the server keeps running for the new window.
restarting = False


def may_close(window: QWidget, paths: AppPaths) -> bool:
    """True when the window may close; on a host its server is stopped first (after asking, if desks use it)."""
    joined = settings_file.load(paths.data_dir)
    if restarting or joined is None or joined.role != "host":
        return True
    if any(
        w is not window and type(w) is type(window) and w.isVisible() for w in QApplication.topLevelWidgets()
    ):
        return True  # replaced by a fresh window (another language, another operator): Hadir goes on
    from desktop_app.services.network.service import NetworkService

    service = NetworkService(paths)
    status = service.status()
    if status.running and status.desks > 0:
        question = QCoreApplication.translate(
            "CloseGuard",
            "{count} other desk(s) still use this laptop's server. Closing Hadir stops the server, and they "
            "cannot record until it runs again. Close anyway?",
        ).format(count=status.desks)
        title = QCoreApplication.translate("CloseGuard", "Desks are connected")
        if not dialogs_io.ask_yes_no(window, title, question):
            return False
    try:
        service.host_stop()
    except Exception:  # the window closes anyway; the server stops with the laptop
        log.warning("the server did not stop cleanly", exc_info=True)
    return True
