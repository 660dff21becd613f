"""Two sections of *Pengaturan dokumen*: transport money (treasurer, usual amount) and the BPJS follow-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exports.letterhead import Signatory, format_nip, nip_digits
from desktop_app.services.bpjs.bpjs_settings import (
    REGISTRATION_FIELDS,
    followup_settings,
    set_registration_headers,
    set_wa_template,
    set_windows,
)
from desktop_app.services.paper.transport import MAX_AMOUNT, TransportService
from desktop_app.services.settings import SettingsService
from desktop_app.ui.document_settings.report_invitation_sections import hint, text_box


def _field_name(code: str) -> str:
    """The registration field's name in the window's language (the header itself is the branch's)."""
    names = {
        "nik": QCoreApplication.translate("FollowupSection", "NIK"),
        "name": QCoreApplication.translate("FollowupSection", "Full name"),
        "birth_place": QCoreApplication.translate("FollowupSection", "Place of birth"),
        "birth_date": QCoreApplication.translate("FollowupSection", "Date of birth"),
        "sex": QCoreApplication.translate("FollowupSection", "Sex"),
        "address": QCoreApplication.translate("FollowupSection", "Address"),
        "kelurahan": QCoreApplication.translate("FollowupSection", "Kelurahan/desa"),
        "kecamatan": QCoreApplication.translate("FollowupSection", "Kecamatan"),
        "phone": QCoreApplication.translate("FollowupSection", "Phone"),
        "email": QCoreApplication.translate("FollowupSection", "Email"),
        "occupation": QCoreApplication.translate("FollowupSection", "Occupation"),
    }
    return names.get(code, code)


class TransportSection(QWidget):
    """Who signs "Lunas dibayar" on the transport receipt, and the usual amount per attendee."""

    def __init__(self, transport: TransportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._transport = transport
        self.name, self.title, self.rank, self.nip = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.nip.setPlaceholderText("19750812 200003 2 004")
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setSingleStep(10_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("Rp ")
        self.amount.setSpecialValueText(self.tr("not paid"))
        treasurer = QGroupBox(self.tr("Treasurer (Bendahara Pengeluaran)"))
        form = QFormLayout(treasurer)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow(self.tr("NIP"), self.nip)
        money = QFormLayout()
        money.addRow(self.tr("Usual amount per attendee"), self.amount)
        money.addRow(
            "",
            hint(
                self.tr(
                    "Used for every batch without its own amount; the receipt button still lets an admin "
                    "change a batch's amount."
                )
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(treasurer)
        layout.addLayout(money)
        layout.addStretch(1)

    def fill(self) -> None:
        """Show what is stored."""
        person = self._transport.treasurer()
        self.name.setText(person.name)
        self.title.setText(person.title)
        self.rank.setText(person.rank)
        self.nip.setText(format_nip(person.nip))
        self.amount.setValue(self._transport.default_amount() or 0)

    def value(self) -> Signatory:
        """The treasurer the fields describe (the NIP as its digits when it has 18)."""
        nip = self.nip.text().strip()
        digits = nip_digits(nip)
        return Signatory(
            self.name.text().strip(),
            self.title.text().strip(),
            self.rank.text().strip(),
            digits if len(digits) == 18 else nip,
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """What to correct before anything is saved."""
        if self.nip.text().strip() and len(nip_digits(self.nip.text())) != 18:
            return self.tr("The NIP has 18 digits, e.g. 19660420 199203 1 008."), self.nip
        return None

    def save(self, operator_id: int | None) -> None:
        """Store what changed."""
        stored = self._transport.treasurer()
        if self.value() != Signatory(
            stored.name, stored.title, stored.rank, nip_digits(stored.nip) or stored.nip
        ):
            self._transport.set_treasurer(self.value(), operator_id)
        amount = self.amount.value() or None
        if amount != self._transport.default_amount():
            self._transport.set_default_amount(amount, operator_id)


class FollowupSection(QWidget):
    """The conversion windows, the WhatsApp message, and the registration sheet's column headers."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.short_days, self.long_days = QSpinBox(), QSpinBox()
        for box in (self.short_days, self.long_days):
            box.setRange(1, 730)
            box.setSuffix(self.tr(" days"))
        windows = QHBoxLayout()
        windows.addWidget(self.short_days)
        windows.addWidget(QLabel(self.tr("and")))
        windows.addWidget(self.long_days)
        windows.addStretch(1)
        self.wa_template = text_box(4)
        self.headers: dict[str, QLineEdit] = {}
        header_box = QGroupBox(self.tr("Registration sheet: column headers"))
        header_form = QFormLayout(header_box)
        for code, _default in REGISTRATION_FIELDS:
            edit = QLineEdit()
            self.headers[code] = edit
            header_form.addRow(_field_name(code), edit)
        form = QFormLayout()
        form.addRow(self.tr("Registered within"), windows)
        form.addRow(self.tr("WhatsApp message"), self.wa_template)
        form.addRow(
            "", hint(self.tr("{nama}, {lembaga}, {kegiatan} and {tanggal} are filled in for each person."))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(header_box)
        layout.addStretch(1)

    def fill(self) -> None:
        """Show what is stored (the defaults where nothing is)."""
        now = followup_settings(self._settings)
        self.short_days.setValue(now.short_days)
        self.long_days.setValue(now.long_days)
        self.wa_template.setPlainText(now.wa_template)
        for code, text in now.registration_headers:
            self.headers[code].setText(text)

    def problem(self) -> tuple[str, QWidget] | None:
        """What to correct before anything is saved."""
        if self.short_days.value() > self.long_days.value():
            return self.tr("The first window cannot be longer than the second."), self.short_days
        if not self.wa_template.toPlainText().strip():
            return self.tr("Write the WhatsApp message (it may use {nama} and {kegiatan})."), self.wa_template
        return None

    def save(self, operator_id: int | None) -> None:
        """Store what changed."""
        now = followup_settings(self._settings)
        short, long_ = self.short_days.value(), self.long_days.value()
        if (short, long_) != (now.short_days, now.long_days):
            set_windows(self._settings, short, long_, operator_id)
        template = self.wa_template.toPlainText().strip()
        if template != now.wa_template:
            set_wa_template(self._settings, template, operator_id)
        headers = {code: edit.text().strip() for code, edit in self.headers.items()}
        defaults = dict(REGISTRATION_FIELDS)
        if headers != {code: text for code, text in now.registration_headers}:
            # An emptied header goes back to the default; only the branch's own words are stored.
            own = {code: text for code, text in headers.items() if text and text != defaults[code]}
            set_registration_headers(self._settings, own, operator_id)
