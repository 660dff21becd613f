"""Settings › Security and privacy: the idle lock and how long health answers are kept (admins)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop_app.core.errors import HadirError
from desktop_app.services.container import Services
from desktop_app.services.operators.security import IDLE_RANGE
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.signin import signin_messages


class SecurityBox(QGroupBox):
    """Two numbers and a Save button; read-only for a desk operator."""

    def __init__(
        self, services: Services, operator: OperatorInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Security and privacy"))
        self._services = services
        self._operator = operator
        self.is_admin = bool(operator and operator.is_admin)
        self._build_ui()
        self.save_button.clicked.connect(self.save)
        self.idle_spin.valueChanged.connect(self._on_edited)
        self.retention_spin.valueChanged.connect(self._on_edited)
        self.load()

    def _build_ui(self) -> None:
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(*IDLE_RANGE)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(1, 3650)
        self.retention_spin.setSuffix(self.tr(" days"))
        for spin in (self.idle_spin, self.retention_spin):
            spin.setMinimumWidth(120)
            spin.setMaximumWidth(160)
        self.save_button = QPushButton(self.tr("Save"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        self.error_label = FormErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock the window after"), self.idle_spin)
        form.addRow(self.tr("Keep health answers for"), self.retention_spin)
        note = QLabel(
            self.tr(
                "Without keyboard or mouse for this long, the window locks and asks for the PIN. "
                "Temperatures and symptom answers older than the retention period are cleared."
            )
            if self.is_admin
            else self.tr("Only an admin changes these settings.")
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.error_label)
        form.addRow(row)
        for widget in (self.idle_spin, self.retention_spin, self.save_button):
            widget.setEnabled(self.is_admin)

    def load(self) -> None:
        """Show the stored values."""
        self.idle_spin.setValue(self._services.security.idle_minutes())
        self.retention_spin.setValue(self._services.privacy.retention_days())
        self.saved_label.clear()

    def _on_edited(self) -> None:
        self.saved_label.clear()

    def save(self) -> None:
        """Store both values (each change audited); a refusal is said under the form."""
        self.error_label.clear_error()
        by = self._operator.id if self._operator else None
        try:
            if self.idle_spin.value() != self._services.security.idle_minutes():
                self._services.security.set_idle_minutes(self.idle_spin.value(), by)
            if self.retention_spin.value() != self._services.privacy.retention_days():
                self._services.privacy.set_retention_days(self.retention_spin.value(), by)
        except HadirError as exc:
            self.error_label.show_error(signin_messages.signin_error(exc))
            return
        self.saved_label.setText(self.tr("Saved."))
