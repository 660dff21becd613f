"""The desk's questions in dialogs (walk-in form, override reason), opened without blocking.

Dialogs open window-modal with `open()`, never `exec()`: the desk's event loop keeps running, and
tests type into `active` exactly as an operator would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.capacity import Seats
from desktop_app.services.checkin.types import ElsewhereInvitation
from desktop_app.services.container import Services
from desktop_app.ui.checkin.desk_warnings import ElsewhereDialog
from desktop_app.ui.checkin.override_dialog import OverrideDialog
from desktop_app.ui.checkin.walk_in_dialog import WalkInDialog


class DeskDialogs(QObject):
    """Opens one dialog at a time over the desk and reports what was decided.

    Signals:
        existing_chosen(int): the walk-in form found the person in the registry.
        walk_in_drafted(WalkInDraft): a new person to register on admission.
        override_given(str): the admin's reason to admit beyond the capacity.
        elsewhere_accepted(int): admit this person here although invited to another batch.
        closed(bool): a dialog closed (True if accepted).
    """

    existing_chosen = Signal(int)
    walk_in_drafted = Signal(object)
    override_given = Signal(str)
    elsewhere_accepted = Signal(int)
    closed = Signal(bool)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.active: QDialog | None = None

    def open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        """Show `dialog` window-modal; run `on_accepted` after OK."""
        self.active = dialog

        def done(result: int) -> None:
            self.active = None
            dialog.deleteLater()
            self._parent.window().activateWindow()  # back to the desk, whatever the window manager does
            accepted = result == QDialog.DialogCode.Accepted
            if accepted:
                on_accepted()
            self.closed.emit(accepted)

        dialog.finished.connect(done)
        dialog.open()

    def walk_in(self, prefill: str, full: bool) -> None:
        """The walk-in form, with what was typed in the search box already in place."""
        dialog = WalkInDialog(self._services, prefill, full, self._parent)

        def accepted() -> None:
            if dialog.chosen_person_id is not None:
                self.existing_chosen.emit(dialog.chosen_person_id)
            elif dialog.draft is not None:
                self.walk_in_drafted.emit(dialog.draft)

        self.open(dialog, accepted)

    def override(self, name: str, seats: Seats) -> None:
        """Ask why `name` is admitted although all `seats` are taken."""
        dialog = OverrideDialog(name, seats.attended, seats.capacity, self._parent)
        self.open(dialog, lambda: self.override_given.emit(dialog.reason()))

    def elsewhere(self, person_id: int, name: str, invitation: ElsewhereInvitation) -> None:
        """Ask whether `name`, invited to another batch, is admitted here anyway."""
        dialog = ElsewhereDialog(name, invitation, self._parent)
        self.open(dialog, lambda: self.elsewhere_accepted.emit(person_id))
