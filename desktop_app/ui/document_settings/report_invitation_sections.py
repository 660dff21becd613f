"""Two sections of *Pengaturan dokumen*: the laporan kegiatan's basis and speakers, the invitation cards."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.services.activity_report.service import ActivityReportService
from desktop_app.services.activity_report.settings import ReportSettings
from desktop_app.services.paper.details import InvitationDetails
from desktop_app.services.paper.service import PaperService


def lines_of(edit: QPlainTextEdit) -> tuple[str, ...]:
    """The non-empty lines of a text box, trimmed."""
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def text_box(lines: int, placeholder: str = "") -> QPlainTextEdit:
    """A plain text box `lines` lines high."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def hint(text: str) -> QLabel:
    """A muted sentence under a field."""
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class ReportSection(QWidget):
    """*Dasar* (one decree or programme a line), *Tujuan*, and the speakers (one a line)."""

    def __init__(self, reports: ActivityReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self.basis = text_box(4, self.tr("One decree or programme per line"))
        self.purpose = text_box(4)
        self.speakers = text_box(
            3,
            "Ir. Sri Lestari — Kepala Bidang Kepesertaan BPJS Ketenagakerjaan",  # an example, not words
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Basis (dasar)"), self.basis)
        form.addRow(self.tr("Purpose (tujuan)"), self.purpose)
        form.addRow(self.tr("Speakers (one per line)"), self.speakers)
        form.addRow("", hint(self.tr("Printed in every laporan kegiatan, after the title.")))

    def fill(self) -> None:
        """Show what is stored."""
        value = self._reports.report_settings()
        self.basis.setPlainText("\n".join(value.basis))
        self.purpose.setPlainText(value.purpose)
        self.speakers.setPlainText("\n".join(value.speakers))

    def value(self) -> ReportSettings:
        """What the boxes say."""
        return ReportSettings(
            lines_of(self.basis), self.purpose.toPlainText().strip(), lines_of(self.speakers)
        )

    def save(self, operator_id: int | None) -> None:
        """Store it if it changed (every change is audited)."""
        if self.value() != self._reports.report_settings():
            self._reports.set_report_settings(self.value(), operator_id)


class InvitationSection(QWidget):
    """What every invitation card adds: the venue's address, a contact person, the health-protocol line."""

    def __init__(self, paper: PaperService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paper = paper
        self.venue_address = QLineEdit()
        self.venue_address.setPlaceholderText("Jl. Jend. Sudirman No. 199, Sukoharjo")
        self.contact = QLineEdit()
        self.contact.setPlaceholderText("Sri Lestari, 0812-2600-1234")
        self.health_line = text_box(3)
        form = QFormLayout(self)
        form.addRow(self.tr("Venue address"), self.venue_address)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Health-protocol line"), self.health_line)
        form.addRow("", hint(self.tr("Printed on every invitation card; an empty field is left out.")))

    def fill(self) -> None:
        """Show what is stored."""
        value = self._paper.invitation_details()
        self.venue_address.setText(value.venue_address)
        self.contact.setText(value.contact)
        self.health_line.setPlainText(value.health_line)

    def value(self) -> InvitationDetails:
        """What the fields say."""
        return InvitationDetails(
            self.venue_address.text().strip(),
            self.contact.text().strip(),
            " ".join(lines_of(self.health_line)),
        )

    def save(self, operator_id: int | None) -> None:
        """Store it if it changed."""
        if self.value() != self._paper.invitation_details():
            self._paper.set_invitation_details(self.value(), operator_id)
