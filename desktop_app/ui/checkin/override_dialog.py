"""An admin admits one more person than the session's capacity: only with a reason, which is recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.errors import InvalidField
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.form_error_label import FormErrorLabel


class OverrideDialog(QDialog):
    """Asks why the capacity is overridden; OK stays disabled until there is a reason."""

    def __init__(self, name: str, attended: int, capacity: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the capacity"))
        self.setMinimumWidth(460)
        self.heading_label = QLabel(self.tr("Admit {name} although the session is full?").format(name=name))
        self.heading_label.setObjectName("dialogHeading")
        self.heading_label.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "{attended} of {capacity} seats are taken. The health protocol sets this limit; an admin "
                "may admit one more person for a good reason. Your name and the reason go to the audit log."
            ).format(attended=attended, capacity=capacity)
        )
        explanation.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. speaker from BPJS Ketenagakerjaan; a chair was added")
        )
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_edit)
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Admit with override"))
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def reason(self) -> str:
        """The reason typed, trimmed."""
        return self.reason_edit.text().strip()

    def _on_accept(self) -> None:
        if not self.reason():
            self.error_label.show_error(
                CheckinMessages.field_error(InvalidField("override_reason", "required")), self.reason_edit
            )
            return
        self.accept()
