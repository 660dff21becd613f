"""Pengaturan → Jaringan: make this laptop the venue's server, join one, leave, or bring the data home.

What the box offers follows what the laptop is: on its own file, *Jadikan laptop ini server* (an
admin) and *Gabung ke server…*; a host shows its join code again and *Selesai, simpan ke laptop
ini*; a desk goes back to its own file. Each change of database starts Hadir again on the other
one (`restart.restart_hadir`, which tests replace).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.paths import AppPaths
from desktop_app.services.network.service import HostStarted, NetworkService
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui import dialogs_io
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.network import restart
from desktop_app.ui.network.host_dialog import HostDialog
from desktop_app.ui.network.join_dialog import JoinDialog
from desktop_app.ui.network.network_messages import network_error_text
from desktop_app.ui.worker import WorkerPool


class NetworkBox(QGroupBox):
    """The Network group of Settings; `active_dialog` is the host or join dialog on screen (tests)."""

    def __init__(
        self,
        paths: AppPaths,
        operator: OperatorInfo | None,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
        service: NetworkService | None = None,
    ) -> None:
        # Not self.tr: the QObject does not exist before this call (a segfault in the UI suite).
        super().__init__(QCoreApplication.translate("NetworkBox", "Network"), parent)
        self._service = service or NetworkService(paths)
        self._operator = operator
        self._pool = pool or WorkerPool()
        self.active_dialog: HostDialog | JoinDialog | None = None
        self.runner = JobRunner(self._pool, self, self.tr("Network"))
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("muted")
        self.host_button = QPushButton(self.tr("Make this laptop the server"))
        self.join_button = QPushButton(self.tr("Join a server…"))
        self.code_button = QPushButton(self.tr("Show the join code"))
        self.finish_button = QPushButton(self.tr("Done, save to this laptop"))
        self.leave_button = QPushButton(self.tr("Back to this laptop's own file"))
        admin = self._operator is not None and self._operator.is_admin
        for button in (self.host_button, self.finish_button):
            button.setEnabled(admin)
            if not admin:
                button.setToolTip(self.tr("Only an admin may do this."))
        row = QHBoxLayout()
        for button in (
            self.host_button,
            self.join_button,
            self.code_button,
            self.finish_button,
            self.leave_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.note_label)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.host_button.clicked.connect(self._on_host_clicked)
        self.code_button.clicked.connect(self._on_host_clicked)
        self.join_button.clicked.connect(self._on_join_clicked)
        self.leave_button.clicked.connect(self._on_leave_clicked)
        self.finish_button.clicked.connect(self._on_finish_clicked)

    def refresh(self) -> None:
        """Show what this laptop is now: its own file, the server, or a desk of another laptop's."""
        joined = self._service.joined()
        role = joined.role if joined else "file"
        if joined is None:
            self.state_label.setText(self.tr("This laptop works on its own file."))
            self.note_label.setText(
                self.tr(
                    "With two or three desks at the door, connect the laptops to one Wi-Fi or phone hotspot. "
                    "One becomes the server (its data comes along); the others join it with its code."
                )
            )
        elif role == "host":
            self.state_label.setText(
                self.tr("This laptop is the server ({name}).").format(name=joined.host_name)
            )
            self.note_label.setText(
                self.tr(
                    'After the event, "Done, save to this laptop" puts everything the desks recorded into '
                    "this laptop's own file and stops the server."
                )
            )
        else:
            self.state_label.setText(
                self.tr("This laptop uses the server of {name}.").format(name=joined.host_name)
            )
            self.note_label.setText(
                self.tr("Going back to the own file leaves the server's data on the server.")
            )
        self.host_button.setVisible(role == "file")
        self.join_button.setVisible(role == "file")
        self.code_button.setVisible(role == "host")
        self.finish_button.setVisible(role == "host")
        self.leave_button.setVisible(role == "desk")

    # -- host --------------------------------------------------------------------------------------

    def _on_host_clicked(self) -> None:
        first = self._service.joined() is None
        if first and not dialogs_io.ask_yes_no(
            self,
            self.tr("Make this laptop the server"),
            self.tr(
                "This laptop's data is copied into a server on this laptop, and the other desks join it. "
                "Hadir then starts again on the server. Go ahead?"
            ),
        ):
            return
        self._run(lambda _p: self._service.host_start(), self.tr("Starting the server…"), self._on_hosting)

    def _on_hosting(self, started: object) -> None:
        assert isinstance(started, HostStarted)
        dialog = HostDialog(started, self)
        self.active_dialog = dialog
        restart_after = started.copied_now  # the window still works on the file: start again on the server

        def done(_result: int) -> None:
            self.active_dialog = None
            dialog.deleteLater()
            if restart_after:
                restart.restart_hadir()

        dialog.finished.connect(done)
        dialog.open()

    def _on_finish_clicked(self) -> None:
        if not dialogs_io.ask_yes_no(
            self,
            self.tr("Done, save to this laptop"),
            self.tr(
                "Everything on the server is written into this laptop's own file (the file as it was is kept "
                "as a backup), the server stops and the other desks can no longer record. Go ahead?"
            ),
        ):
            return
        name = self._operator.name if self._operator else None
        self._run(
            lambda _p: self._service.finish(name),
            self.tr("Saving the server's data to this laptop…"),
            self._on_finished,
        )

    def _on_finished(self, _result: object) -> None:
        dialogs_io.show_info(
            self,
            self.tr("Saved to this laptop"),
            self.tr("Everything the desks recorded is in this laptop's own file. Hadir starts again on it."),
        )
        restart.restart_hadir()

    # -- join and leave ----------------------------------------------------------------------------

    def _on_join_clicked(self) -> None:
        dialog = JoinDialog(self._service.join, self._pool, self)
        self.active_dialog = dialog

        def done(result: int) -> None:
            self.active_dialog = None
            dialog.deleteLater()
            if result == JoinDialog.DialogCode.Accepted:
                dialogs_io.show_info(
                    self,
                    self.tr("Joined"),
                    self.tr("This laptop now uses the host's server. Hadir starts again on it."),
                )
                restart.restart_hadir()

        dialog.finished.connect(done)
        dialog.open()

    def _on_leave_clicked(self) -> None:
        if not dialogs_io.ask_yes_no(
            self,
            self.tr("Back to this laptop's own file"),
            self.tr("This laptop stops using the server and works on its own file again. Go ahead?"),
        ):
            return
        try:
            self._service.leave()
        except Exception as exc:
            dialogs_io.show_error(self, self.tr("Network"), network_error_text(exc))
            return
        restart.restart_hadir()

    # -- background --------------------------------------------------------------------------------

    def _run(self, job, label: str, on_done) -> None:  # type: ignore[no-untyped-def]
        def finished(result: object) -> None:
            self._disconnect()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._disconnect()
            dialogs_io.show_error(self, self.tr("Network"), network_error_text(exc))
            self.refresh()

        self.runner.finished.connect(finished)
        self.runner.failed.connect(failed)
        self.runner.start(job, label)

    def _disconnect(self) -> None:
        for signal in (self.runner.finished, self.runner.failed):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
