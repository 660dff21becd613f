"""Correcting one organisation: name, type, where it is, its size and NIB."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError, InvalidField
from desktop_app.services.registry.service import RegistryService
from desktop_app.services.registry.types import OrganizationDraft, OrganizationRow
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.people.people_labels import PeopleLabels


class OrganizationDialog(QDialog):
    """Edits an `OrganizationRow` through `RegistryService.update_organization`.

    After Save, `saved` holds the organisation as stored.
    """

    def __init__(
        self,
        registry: RegistryService,
        record: OrganizationRow,
        kecamatans: Sequence[str],
        operator_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._record = record
        self._operator_id = operator_id
        self.saved: OrganizationRow | None = None
        self.setWindowTitle(self.tr("Edit business or cooperative"))
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit(record.name)
        self.kind_combo = QComboBox()
        for code in ("umkm", "koperasi", "lainnya"):
            self.kind_combo.addItem(PeopleLabels.kind(code), code)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(record.kind), 0))
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setEditable(True)
        self.kecamatan_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kecamatan_combo.addItems(["", *kecamatans])
        self.kecamatan_combo.setCurrentText(record.kecamatan or "")
        self.desa_edit = QLineEdit(record.desa or "")
        self.address_edit = QLineEdit(record.address or "")
        self.workers_edit = QLineEdit("" if record.workers is None else str(record.workers))
        self.workers_edit.setValidator(QIntValidator(0, 1_000_000, self))
        self.nib_edit = QLineEdit(record.nib or "")
        self.nib_edit.setPlaceholderText(self.tr("Nomor Induk Berusaha, 13 digits"))
        people = QLabel(
            self.tr("{people} people in the registry, {attended} of them attended a batch.").format(
                people=record.people, attended=record.attended
            )
        )
        people.setObjectName("muted")

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Type"), self.kind_combo)
        form.addRow(self.tr("&Kecamatan"), self.kecamatan_combo)
        form.addRow(self.tr("&Desa / Kelurahan"), self.desa_edit)
        form.addRow(self.tr("&Address"), self.address_edit)
        form.addRow(self.tr("&Workers"), self.workers_edit)
        form.addRow(self.tr("NI&B"), self.nib_edit)
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(people)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def draft(self) -> OrganizationDraft:
        """What the form holds."""
        workers = self.workers_edit.text().strip()
        return OrganizationDraft(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            kecamatan=self.kecamatan_combo.currentText(),
            desa=self.desa_edit.text(),
            address=self.address_edit.text(),
            workers=int(workers) if workers.isdigit() else None,
            nib=self.nib_edit.text(),
        )

    def save(self) -> None:
        """Validate and store; on a wrong field, say what to correct and keep the dialog open."""
        self.error_label.clear_error()
        try:
            self.saved = self._registry.update_organization(self._record.id, self.draft(), self._operator_id)
        except HadirError as exc:
            field = exc.field if isinstance(exc, InvalidField) else ""
            widgets = {"name": self.name_edit, "nib": self.nib_edit, "workers": self.workers_edit}
            self.error_label.show_error(PeopleLabels.error(exc), widgets.get(field))
            return
        self.accept()
