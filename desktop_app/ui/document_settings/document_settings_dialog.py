"""*Pengaturan dokumen*: what the office writes once for its paper, in one dialog with a tab per document.

Laporan kegiatan (basis, purpose, speakers), invitations (venue address, contact person, health
line), transport money (treasurer, usual amount) and the BPJS follow-up (windows, WhatsApp
message, registration headers). Every change is a business setting: admins only (the services
refuse anyone else; the dialog shows the values read-only to them) and audited.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError
from desktop_app.services.container import Services
from desktop_app.ui.document_settings.report_invitation_sections import InvitationSection, ReportSection
from desktop_app.ui.document_settings.transport_followup_sections import FollowupSection, TransportSection
from desktop_app.ui.error_messages import error_text
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.screen_fit import first_size, free_area


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class DocumentSettingsDialog(QDialog):
    """Edits the four sections; Save stores what changed, or keeps the dialog open with a sentence."""

    def __init__(self, services: Services, operator_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self.setWindowTitle(self.tr("Document settings"))
        self._build_ui()
        for section in self.sections:
            section.fill()
        if not self.is_admin:
            self._read_only()

    @property
    def is_admin(self) -> bool:
        """Whether the signed-in operator may change business settings."""
        if self._operator_id is None:
            return False
        try:
            return self._services.operators.get(self._operator_id).is_admin
        except HadirError:
            return False

    def _build_ui(self) -> None:
        s = self._services
        self.report = ReportSection(s.activity_reports)
        self.invitation = InvitationSection(s.paper)
        self.transport = TransportSection(s.transport)
        self.followup = FollowupSection(s.settings)
        self.sections = (self.report, self.invitation, self.transport, self.followup)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self.report), self.tr("Activity report"))
        self.tabs.addTab(_scrolled(self.invitation), self.tr("Invitations"))
        self.tabs.addTab(_scrolled(self.transport), self.tr("Transport money"))
        self.tabs.addTab(_scrolled(self.followup), self.tr("BPJS follow-up"))
        self.admin_note = QLabel(
            self.tr("Only an admin may change these settings; they are shown read-only.")
        )
        self.admin_note.setObjectName("muted")
        self.admin_note.setWordWrap(True)
        self.admin_note.hide()
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.admin_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(first_size(QSize(760, 620), free_area(self)))

    def _read_only(self) -> None:
        self.admin_note.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        for section in self.sections:
            for edit in section.findChildren(QLineEdit) + section.findChildren(QPlainTextEdit):
                edit.setReadOnly(True)
            for box in section.findChildren(QAbstractSpinBox):
                box.setReadOnly(True)

    def save(self) -> None:
        """Check every section, then store what changed; on a refusal say what to correct."""
        for index, section in enumerate(self.sections):
            problem = getattr(section, "problem", lambda: None)()
            if problem is not None:
                self.tabs.setCurrentIndex(index)
                self.error_label.show_error(*problem)
                return
        try:
            for section in self.sections:
                section.save(self._operator_id)
        except HadirError as exc:
            self.error_label.show_error(error_text(exc))
            return
        self.accept()
