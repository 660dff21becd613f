"""Correcting one person: every field of the record, the full NIK (only here), and their batches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError, InvalidField, InvalidNik, InvalidPhone
from desktop_app.core.nik import parse_nik
from desktop_app.core.timezones import to_local
from desktop_app.services.registry.people import PeopleService
from desktop_app.services.registry.service import RegistryService
from desktop_app.services.registry.types import PersonDraft, PersonRecord
from desktop_app.ui import formatting
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.checkin.organization_picker import OrganizationPicker
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.people.people_labels import PeopleLabels


class PersonDialog(QDialog):
    """Edits a `PersonRecord` through `RegistryService.update_person`; stays open on a wrong field.

    After Save, `saved` holds the record as stored.
    """

    def __init__(
        self,
        registry: RegistryService,
        people: PeopleService,
        record: PersonRecord,
        kecamatans: Sequence[str],
        operator_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._record = record
        self._operator_id = operator_id
        self.saved: PersonRecord | None = None
        self.setWindowTitle(self.tr("Edit participant"))
        self.setMinimumWidth(560)

        self.name_edit = QLineEdit(record.name)
        self.nik_edit = QLineEdit(record.nik or "")
        self.nik_edit.setPlaceholderText(self.tr("16 digits"))
        self.nik_edit.setMaxLength(40)
        self.nik_hint = QLabel()
        self.nik_hint.setObjectName("muted")
        self.nik_hint.setWordWrap(True)
        self.sex_combo = QComboBox()
        self.sex_combo.addItem("—", None)
        self.sex_combo.addItem(CheckinMessages.sex("L"), "L")
        self.sex_combo.addItem(CheckinMessages.sex("P"), "P")
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(record.sex), 0))
        self.phone_edit = QLineEdit(record.phone)
        self.phone_edit.setPlaceholderText("0812-3456-7890")
        self.organization = OrganizationPicker(people)
        self.organization.name_combo.setCurrentText(record.organization or "")
        self.position_edit = QLineEdit(record.position or "")
        self.address_edit = QLineEdit(record.address or "")
        self.desa_edit = QLineEdit(record.desa or "")
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setEditable(True)
        self.kecamatan_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kecamatan_combo.addItems(["", *kecamatans])
        self.kecamatan_combo.setCurrentText(record.kecamatan or "")
        self.kpj_edit = QLineEdit(record.kpj or "")
        self.kpj_edit.setPlaceholderText(self.tr("BPJS Ketenagakerjaan membership number"))
        self.history_list = QListWidget()
        self.history_list.setMaximumHeight(96)
        for line in self._history_lines():
            self.history_list.addItem(line)
        self.history_list.setVisible(self.history_list.count() > 0)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("N&IK"), self.nik_edit)
        form.addRow("", self.nik_hint)
        form.addRow(self.tr("&Sex"), self.sex_combo)
        form.addRow(self.tr("&Phone / WhatsApp"), self.phone_edit)
        form.addRow(self.tr("&Business / cooperative"), self.organization)
        form.addRow(self.tr("P&osition"), self.position_edit)
        form.addRow(self.tr("&Address"), self.address_edit)
        form.addRow(self.tr("&Desa / Kelurahan"), self.desa_edit)
        form.addRow(self.tr("&Kecamatan"), self.kecamatan_combo)
        form.addRow(self.tr("KP&J"), self.kpj_edit)
        self.consent_check = QCheckBox(self.tr("Agrees that their data is shared with BPJS Ketenagakerjaan"))
        self.consent_check.setChecked(record.consent_bpjs_at is not None)
        if record.consent_bpjs_at is not None:
            self.consent_check.setToolTip(
                self.tr("Recorded on {when}").format(
                    when=f"{to_local(record.consent_bpjs_at):%d-%m-%Y %H:%M}"
                )
            )
        form.addRow(self.tr("Consent"), self.consent_check)
        if self.history_list.count():
            form.addRow(self.tr("Batches"), self.history_list)
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.nik_edit.textChanged.connect(self._on_nik_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._on_nik_changed(self.nik_edit.text())

    def _history_lines(self) -> list[str]:
        lines = []
        for s in self._record.sessions:
            state = [self.tr("invited") if s.invited else self.tr("walk-in")]
            state.append(self.tr("attended") if s.attended else self.tr("did not attend"))
            if s.certificate:
                state.append(self.tr("certificate {number}").format(number=s.certificate))
            batch = self.tr("Batch {n}").format(n=s.batch)
            lines.append(f"{batch} · {formatting.day_date(s.date)} · {', '.join(state)}")
        return lines

    def _on_nik_changed(self, text: str) -> None:
        """A valid NIK decides sex and birth date; say so, and what the NIK says."""
        try:
            nik = parse_nik(text) if text.strip() else None
        except InvalidNik:
            nik = None
        if nik is not None:
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(nik.sex))
            born = formatting.day_date(nik.birth_date).split(", ", 1)[-1]
            self.nik_hint.setText(
                self.tr("{sex}, born {date}, {regency}. Sex and birth date follow from the NIK.").format(
                    sex=CheckinMessages.sex(nik.sex), date=born, regency=nik.regency_name
                )
            )
        else:
            self.nik_hint.setText(self.tr("The full NIK is shown only here; lists show it masked."))
        self.sex_combo.setEnabled(nik is None)

    def draft(self) -> PersonDraft:
        """What the form holds."""
        choice = self.organization.choice()
        return PersonDraft(
            name=self.name_edit.text(),
            nik=self.nik_edit.text(),
            phone=self.phone_edit.text(),
            sex=self.sex_combo.currentData(),
            address=self.address_edit.text(),
            desa=self.desa_edit.text(),
            kecamatan=self.kecamatan_combo.currentText(),
            organization_id=choice.id if choice else None,
            organization=choice.name if choice else None,
            organization_kind=choice.kind if choice else "umkm",
            position=self.position_edit.text(),
            kpj=self.kpj_edit.text(),
        )

    def save(self) -> None:
        """Validate and store; on a wrong field, say what to correct and keep the dialog open."""
        self.error_label.clear_error()
        try:
            self.saved = self._registry.update_person(self._record.id, self.draft(), self._operator_id)
            if self.consent_check.isChecked() != (self._record.consent_bpjs_at is not None):
                self.saved = self._registry.set_bpjs_consent(
                    self._record.id, self.consent_check.isChecked(), self._operator_id
                )
        except HadirError as exc:
            self.error_label.show_error(PeopleLabels.error(exc), self._field_of(exc))
            return
        self.accept()

    def _field_of(self, exc: HadirError) -> QWidget | None:
        if isinstance(exc, InvalidNik):
            return self.nik_edit
        if isinstance(exc, InvalidPhone):
            return self.phone_edit
        if isinstance(exc, InvalidField):
            return {"name": self.name_edit, "nik": self.nik_edit, "sex": self.sex_combo}.get(exc.field)
        return None
