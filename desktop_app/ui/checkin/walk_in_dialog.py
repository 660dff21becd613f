"""Someone arrives without an invitation: find them in the registry, or enter them as a new person."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates
from desktop_app.core.errors import InvalidNik, InvalidPhone
from desktop_app.core.nik import Nik, parse_nik
from desktop_app.core.phone import normalize_phone
from desktop_app.services.container import Services
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.checkin.duplicate_list import DuplicateList
from desktop_app.ui.checkin.organization_picker import OrganizationPicker
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.i18n import current_language

NO_DATE = QDate(1900, 1, 1)
_PHONE_LIKE = re.compile(r"^[+\d][\d\s().\-]{6,}$")


class WalkInDialog(QDialog):
    """The new person's NIK, name, phone, organisation and position; or the existing person picked instead.

    After `Accepted`, either `chosen_person_id` (someone already in the registry) or `draft` is set.
    """

    def __init__(
        self, services: Services, prefill: str = "", full: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.chosen_person_id: int | None = None
        self.draft: WalkInDraft | None = None
        self._nik: Nik | None = None
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.setMinimumWidth(560)
        self._build_ui(full)
        self._connect_signals()
        self._prefill(prefill)

    def _build_ui(self, full: bool) -> None:
        intro = QLabel(
            self.tr(
                "For someone not invited to this session. Type the NIK first: Hadir fills in what it tells."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.full_label = QLabel(
            self.tr("The session is full: admitting a walk-in now needs an admin override with a reason.")
        )
        self.full_label.setWordWrap(True)
        self.full_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.full_label.setVisible(full)

        self.nik_edit = QLineEdit()
        self.nik_edit.setPlaceholderText(self.tr("16 digits, e.g. 3311…"))
        self.nik_edit.setMaxLength(24)
        self.nik_info_label = QLabel()
        self.nik_info_label.setObjectName("muted")
        self.nik_info_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.sex_combo = QComboBox()
        self.sex_combo.addItem("—", None)
        self.sex_combo.addItem(CheckinMessages.sex("L"), "L")
        self.sex_combo.addItem(CheckinMessages.sex("P"), "P")
        self.birth_edit = QDateEdit()
        self.birth_edit.setDisplayFormat("dd-MM-yyyy")
        self.birth_edit.setMinimumDate(NO_DATE)
        self.birth_edit.setMaximumDate(QDate.currentDate())
        self.birth_edit.setSpecialValueText("—")
        self.birth_edit.setDate(NO_DATE)
        sex_row = QHBoxLayout()
        sex_row.addWidget(self.sex_combo)
        sex_row.addSpacing(12)
        sex_row.addWidget(QLabel(self.tr("Born")))
        sex_row.addWidget(self.birth_edit)
        sex_row.addStretch(1)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("0812-3456-7890")
        self.organization = OrganizationPicker(self._services.people)
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("e.g. owner, chair, treasurer"))
        self.duplicates = DuplicateList()
        self.error_label = FormErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&NIK"), self.nik_edit)
        form.addRow("", self.nik_info_label)
        form.addRow(self.tr("N&ame"), self.name_edit)
        form.addRow(self.tr("Sex"), sex_row)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        form.addRow(self.tr("&Organisation"), self.organization)
        form.addRow(self.tr("P&osition"), self.position_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue to screening"))
        self.ok_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.full_label)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.nik_edit.textChanged.connect(self._on_nik_changed)
        self.phone_edit.textChanged.connect(self._update_duplicates)
        self.duplicates.chosen.connect(self._on_existing_chosen)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def _prefill(self, text: str) -> None:
        text = text.strip()
        digits = re.sub(r"[\s.\-]", "", text)
        if digits.isdigit() and len(digits) == 16:
            self.nik_edit.setText(text)
            self.name_edit.setFocus()
        elif _PHONE_LIKE.match(text):
            self.phone_edit.setText(text)
            self.nik_edit.setFocus()
        else:
            if text and not text.upper().startswith("HDR"):
                self.name_edit.setText(text)
            self.nik_edit.setFocus()

    # -- live help ----------------------------------------------------------------------------------

    def _on_nik_changed(self, text: str) -> None:
        self._nik = None
        digits = re.sub(r"\D", "", text)
        try:
            self._nik = parse_nik(text) if len(digits) >= 16 else None
        except InvalidNik as exc:
            self.nik_info_label.setText(CheckinMessages.nik_problem(exc.problem))
            self.nik_info_label.setStyleSheet("color: #b3261e;")
        if self._nik is not None:
            nik = self._nik
            born = QDate(nik.birth_date.year, nik.birth_date.month, nik.birth_date.day)
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(nik.sex))
            self.birth_edit.setDate(born)
            region = self._services.district.kecamatan_of_nik(nik.value) or nik.regency_name
            self.nik_info_label.setText(
                self.tr("{sex}, born {date} · {region}").format(
                    sex=CheckinMessages.sex(nik.sex),
                    date=dates.format_date(nik.birth_date, current_language()),
                    region=region,
                )
            )
            self.nik_info_label.setStyleSheet("color: #1b7f45;")
        elif len(digits) < 16:
            self.nik_info_label.setText("")
        self.sex_combo.setEnabled(self._nik is None)
        self.birth_edit.setEnabled(self._nik is None)
        self._update_duplicates()

    def _update_duplicates(self) -> None:
        nik = self._nik.value if self._nik else None
        phone = self.phone_edit.text().strip() or None
        self.duplicates.set_candidates(
            self._services.people.find_duplicates(nik, phone) if nik or phone else []
        )

    # -- result -------------------------------------------------------------------------------------

    def _on_existing_chosen(self, person_id: int) -> None:
        self.chosen_person_id = person_id
        self.draft = None
        self.accept()

    def _on_accept(self) -> None:
        self.error_label.clear_error()
        name = " ".join(self.name_edit.text().split())
        nik_text = self.nik_edit.text().strip()
        phone_text = self.phone_edit.text().strip()
        if nik_text:
            try:
                parse_nik(nik_text)
            except InvalidNik as exc:
                self.error_label.show_error(CheckinMessages.nik_problem(exc.problem), self.nik_edit)
                return
        if not name:
            self.error_label.show_error(self.tr("Please enter the name."), self.name_edit)
            return
        if phone_text:
            try:
                normalize_phone(phone_text)
            except InvalidPhone as exc:
                self.error_label.show_error(CheckinMessages.phone_problem(exc.problem), self.phone_edit)
                return
        if self.duplicates.has_same_nik():
            self.error_label.show_error(
                self.tr("This NIK is already registered: choose the existing person below."),
                self.duplicates.view,
            )
            return
        birth = self.birth_edit.date()
        org = self.organization.choice()
        self.draft = WalkInDraft(
            name=name,
            nik=nik_text or None,
            phone=phone_text or None,
            sex=self.sex_combo.currentData(),
            birth_date=None if birth == NO_DATE else date(birth.year(), birth.month(), birth.day()),
            organization=org.name if org else None,
            organization_id=org.id if org else None,
            organization_kind=org.kind if org else "umkm",
            position=" ".join(self.position_edit.text().split()) or None,
        )
        self.chosen_person_id = None
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter in a field goes to the default button's checks, never straight past them.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.duplicates.view.hasFocus():
            self.duplicates.choose_current()
            return
        super().keyPressEvent(event)
