"""The status bar's line on every desk: own file, or whose server and how many desks use it.

The status is read off the GUI thread every few seconds. When the server does not answer the
line says so in a sentence at once and keeps asking by itself; the desk's own connections are
replaced on their next use, so work goes on when the server is back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.paths import AppPaths
from desktop_app.services.network.service import NetworkService, NetworkStatus
from desktop_app.ui.network import restart
from desktop_app.ui.worker import Worker, WorkerPool

POLL_MS = 5000


class NetworkStatusLabel(QLabel):
    """`refresh()` asks again now; a timer asks every POLL_MS while a server is in use."""

    def __init__(
        self,
        paths: AppPaths,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
        status: Callable[[], NetworkStatus] | None = None,
    ) -> None:
        super().__init__(parent)
        self._status = status or NetworkService(paths).status
        self._pool = pool or WorkerPool()
        self._asking = False
        self.last: NetworkStatus | None = None
        self.setObjectName("networkStatus")
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        if paths.db_url:  # on its own file the line never changes: no polling
            self.setText(self.tr("Connecting to the server…"))
            self.timer.start()
            self.refresh()
        else:
            self.show_status(NetworkStatus("file", False, 0))

    def refresh(self) -> None:
        """Ask the server how it is, off the GUI thread (once at a time)."""
        if self._asking:
            return
        self._asking = True
        worker = Worker(lambda _progress: self._status())
        worker.signals.finished.connect(self._on_status)
        worker.signals.failed.connect(lambda _exc: self._on_status(None))
        self._pool.start(worker)

    def _on_status(self, status: object) -> None:
        self._asking = False
        if isinstance(status, NetworkStatus):
            self.show_status(status)
            if status.moved:  # the host has another address now: open the server there
                self.timer.stop()
                restart.restart_hadir()

    def show_status(self, status: NetworkStatus) -> None:
        """Put `status` into words."""
        self.last = status
        name = status.host_name or ""
        if status.mode == "file":
            text = self.tr("This laptop's own file")
        elif status.moved:
            text = self.tr("The server of {name} has another address now; Hadir starts again on it.").format(
                name=name
            )
        elif not status.running:
            text = self.tr("The server of {name} cannot be reached. Hadir keeps trying by itself.").format(
                name=name
            )
        elif status.mode == "host":
            text = self.tr("This laptop is the server · other desks connected: {count}").format(
                count=status.desks
            )
        else:
            text = self.tr("On the server of {name} · other desks connected: {count}").format(
                name=name, count=status.desks
            )
        self.setProperty("unreachable", status.mode != "file" and not status.running)
        self.setStyleSheet("color: #b00020; font-weight: bold;" if self.property("unreachable") else "")
        self.setText(text)
