"""The recent check-ins list and its Undo: which row, the reason, the service call, what to say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from desktop_app.core.timezones import local_clock
from desktop_app.services.checkin.service import CheckinService
from desktop_app.services.events.service import SessionInfo
from desktop_app.ui.checkin.admission_runner import AdmissionRunner
from desktop_app.ui.checkin.recent_model import RecentModel
from desktop_app.ui.checkin.undo_dialog import UndoDialog

OpenDialog = Callable[[QDialog, Callable[[], None]], None]


class RecentController(QObject):
    """Fills the list for a session and undoes one of its rows.

    Signals:
        undone(int, object, str): person id, the `Seats` after the undo, and the sentence to show.
        failed(str): the undo was refused or failed; the sentence says why.
    """

    undone = Signal(int, object, str)
    failed = Signal(str)

    def __init__(
        self,
        checkin: CheckinService,
        runner: AdmissionRunner,
        model: RecentModel,
        view: QTableView,
        open_dialog: OpenDialog,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._checkin = checkin
        self._runner = runner
        self._open_dialog = open_dialog
        self._parent = parent
        self.model = model
        self.view = view

    def reload(self, session: SessionInfo | None) -> None:
        """Show the session's latest check-ins (none without a session)."""
        rows = self._checkin.recent(session.id) if session else []
        self.model.set_rows(rows, session.timezone if session else "Asia/Jakarta")

    def undo(self, session: SessionInfo) -> bool:
        """Ask the reason to undo the highlighted check-in (or the latest); False if there is none."""
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.undone:
            row = self.model.latest_active()
        if row is None:
            return False
        dialog = UndoDialog(row.name, local_clock(row.at, session.timezone), self._parent)

        def accepted() -> None:
            seats, text = self._runner.undo(session, row, dialog.reason())
            if seats is None:
                self.failed.emit(text)
            else:
                self.undone.emit(row.person_id, seats, text)

        self._open_dialog(dialog, accepted)
        return True
