"""Warnings the desk must not let pass silently: an invitation for another batch, a session not today.

An invitee of another batch is admitted here only after the operator confirms it in
`ElsewhereDialog` (the admission is then a walk-in, the other batch named in the audit log).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.dates import DAY_NAMES
from desktop_app.core.session_day import days_from_today
from desktop_app.services.checkin.types import ElsewhereInvitation
from desktop_app.services.events.service import SessionInfo
from desktop_app.ui import formatting
from desktop_app.ui.i18n import current_language


def invitation_elsewhere(invitation: ElsewhereInvitation) -> str:
    """`Undangan untuk Angkatan 11, Senin 08.30`."""
    day = DAY_NAMES[current_language()][invitation.date.weekday()]
    clock = invitation.start_time.strftime("%H.%M" if current_language() == "id" else "%H:%M")
    return QCoreApplication.translate("DeskWarnings", "Invitation for Batch {batch}, {day} {time}").format(
        batch=invitation.batch, day=day, time=clock
    )


def invited_elsewhere_banner(name: str, invitation: ElsewhereInvitation) -> str:
    """The loud banner when the person on the card belongs to another batch."""
    return QCoreApplication.translate(
        "DeskWarnings", "{name}: {invitation} — not this batch. Admit here only after confirming."
    ).format(name=name, invitation=invitation_elsewhere(invitation))


def not_today(session: SessionInfo | None) -> str:
    """A sentence when the chosen session is not today on its own clock, else ""."""
    if session is None or days_from_today(session.date, session.timezone) == 0:
        return ""
    return QCoreApplication.translate("DeskWarnings", "This batch is on {date}, not today.").format(
        date=formatting.day_date(session.date)
    )


class ElsewhereDialog(QDialog):
    """Asks whether an invitee of another batch is admitted here anyway (as a walk-in)."""

    def __init__(self, name: str, invitation: ElsewhereInvitation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invited to another batch"))
        self.setMinimumWidth(460)
        self.heading_label = QLabel(invitation_elsewhere(invitation))
        self.heading_label.setObjectName("dialogHeading")
        self.heading_label.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "{name} is invited to Batch {batch}, not to this one. Admitted here, they take a seat "
                "meant for this batch's own invitees. Admit here as a walk-in? Your name goes to the "
                "audit log."
            ).format(name=name, batch=invitation.batch)
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Admit here as walk-in"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Do not admit"))
        self.ok_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(explanation)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cancel_button.setDefault(True)  # Enter pressed out of habit does not admit
        self.cancel_button.setFocus()
