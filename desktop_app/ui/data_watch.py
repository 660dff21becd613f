"""Noticing that another desk or process changed the data, so a page on show never goes stale.

Every change Hadir makes is written to the audit log in the same transaction, so the newest audit
entry's id is a version number of the whole database, on SQLite and PostgreSQL alike. A page polls
it while it is on show (one indexed `max(id)`, well under a millisecond) and reloads when it moved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.services.audit_log.service import AuditLogService

log = logging.getLogger(__name__)

POLL_MS = 3_000


class DataWatch(QObject):
    """Emits `changed()` when the data moved since the page last looked (only while `page` is visible)."""

    changed = Signal()

    def __init__(self, audit_log: AuditLogService, page: QWidget, interval_ms: int = POLL_MS) -> None:
        super().__init__(page)
        self._audit_log = audit_log
        self._page = page
        self._seen = self._latest()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _latest(self) -> int:
        try:
            return self._audit_log.latest_id()
        except Exception:  # a lost connection: the page keeps what it shows; the next tick tries again
            log.warning("could not read the data version", exc_info=True)
            return -1

    def mark_seen(self) -> None:
        """The page just read everything (or made the change itself)."""
        self._seen = self._latest()

    def check(self) -> bool:
        """Emit `changed` (and return True) if the data moved while the page is on show."""
        if not self._page.isVisible():
            return False
        latest = self._latest()
        if latest == self._seen or latest < 0:
            return False
        self._seen = latest
        self.changed.emit()
        return True
