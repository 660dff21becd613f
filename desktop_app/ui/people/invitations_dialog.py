"""Choosing the batch whose invitation cards to print."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.services.events.service import EventService
from desktop_app.ui.checkin.session_chooser import SessionChooser


class InvitationsDialog(QDialog):
    """Event and batch, how many invitees, and OK. `session_id()` after OK."""

    def __init__(self, events: EventService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self.setWindowTitle(self.tr("Invitation cards"))
        self.setMinimumWidth(620)
        explanation = QLabel(
            self.tr(
                "One card per invited person, eight to an A4 page with cut lines, each with the QR code "
                "the check-in desk scans."
            )
        )
        explanation.setWordWrap(True)
        self.chooser = SessionChooser(events)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save PDF…"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.chooser)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.chooser.session_chosen.connect(self._on_session_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.chooser.reload()

    def session_id(self) -> int | None:
        """The chosen batch."""
        return self.chooser.current_session_id()

    def _on_session_chosen(self, session_id: int) -> None:
        info = self.chooser.current_session() if session_id else None
        if info is None:
            self.count_label.setText(self.tr("No batch to choose: create an event and its batches first."))
        elif info.invited == 0:
            self.count_label.setText(self.tr("Nobody is invited to this batch yet: import a list first."))
        else:
            self.count_label.setText(self.tr("{n} invitation cards.").format(n=info.invited))
        self.ok_button.setEnabled(bool(info and info.invited))
