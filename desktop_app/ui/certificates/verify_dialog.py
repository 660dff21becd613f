"""Periksa sertifikat: scan a certificate's QR code (a USB scanner types it and presses Enter) or type it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import format_date
from desktop_app.services.certificates.service import CertificateService
from desktop_app.services.certificates.types import Verification
from desktop_app.ui.i18n import current_language

VALID_STYLE = (
    "background: #1f7a3a; color: white; border-radius: 8px; padding: 14px; font-size: 22pt; font-weight: 700;"
)
INVALID_STYLE = (
    "background: #b3261e; color: white; border-radius: 8px; padding: 14px; font-size: 22pt; font-weight: 700;"
)
IDLE_STYLE = "background: #eef3f2; color: #41524f; border-radius: 8px; padding: 14px; font-size: 13pt;"


class VerifyDialog(QDialog):
    """Checks one code after another: the field is selected again after each, ready for the next scan."""

    def __init__(self, certificates: CertificateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._certificates = certificates
        self.last: Verification | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Scan the QR code on the certificate, or type what it holds and press Enter."))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("HADIR1:001/SOS-BPJSTK/II/2021:…")
        self.code_edit.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("primary")
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        self.verdict_label = QLabel(self.tr("Waiting for a scan…"))
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label.setStyleSheet(IDLE_STYLE)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.details_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.code_edit.setFocus()

    def _connect_signals(self) -> None:
        self.code_edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)

    def check(self) -> None:
        """Check what is in the field and show the verdict."""
        text = self.code_edit.text().strip()
        if not text:
            return
        self.show_verdict(self._certificates.verify(text))
        self.code_edit.selectAll()  # the next scan replaces this one
        self.code_edit.setFocus()

    def _reason_text(self, reason: str | None) -> str:
        return {
            "malformed": self.tr("This is not the QR code of a Hadir certificate."),
            "forged": self.tr(
                "The code does not match its signature: the certificate is forged or was altered."
            ),
            "unknown": self.tr("No certificate with this number was issued from this database."),
            "revoked": self.tr("This certificate was issued, but the check-in was taken back since."),
        }.get(reason or "", self.tr("The certificate could not be confirmed."))

    def show_verdict(self, answer: Verification) -> None:
        """Big and coloured: green for genuine, red for anything else, with the details below."""
        self.last = answer
        if answer.valid:
            self.verdict_label.setText(self.tr("✔ GENUINE"))
            self.verdict_label.setStyleSheet(VALID_STYLE)
            lines = [
                self.tr("Number: {number}").format(number=answer.number),
                self.tr("Name: {name}").format(name=answer.name),
            ]
            if answer.organization:
                lines.append(self.tr("Organisation: {name}").format(name=answer.organization))
            day = format_date(answer.date, current_language()) if answer.date else ""
            lines.append(self.tr("Event: {event}").format(event=answer.event))
            lines.append(
                self.tr("Batch {batch}, {date}, {venue}").format(
                    batch=answer.batch, date=day, venue=answer.venue
                )
            )
            self.details_label.setText("\n".join(lines))
        else:
            self.verdict_label.setText(self.tr("✘ NOT VALID"))
            self.verdict_label.setStyleSheet(INVALID_STYLE)
            text = self._reason_text(answer.reason)
            if answer.number and answer.name:
                text += "\n" + self.tr("Number: {number}").format(number=answer.number)
                text += "\n" + self.tr("Name: {name}").format(name=answer.name)
            self.details_label.setText(text)
