"""Removing a record from the registry: what goes with it, and a reason for the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.errors import InvalidField
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.people.people_labels import PeopleLabels


class DeleteDialog(QDialog):
    """Asks why (typed, or one of the usual reasons); the button stays disabled until there is one."""

    def __init__(self, heading: str, consequences: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove from the registry"))
        self.setMinimumWidth(480)
        self.heading_label = QLabel(heading)
        self.heading_label.setObjectName("dialogHeading")
        self.heading_label.setWordWrap(True)
        self.consequences_label = QLabel(consequences)
        self.consequences_label.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(
            [
                "",
                self.tr("Entered twice by mistake"),
                self.tr("The person asked to be removed"),
                self.tr("Test or sample entry"),
            ]
        )
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("Type or choose a reason"))
        reason_label = QLabel(self.tr("&Reason (kept in the audit log)"))
        reason_label.setBuddy(self.reason_combo)
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Remove"))
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.consequences_label)
        layout.addSpacing(6)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_combo)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.reason_combo.currentTextChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_combo.setFocus()

    def reason(self) -> str:
        """The reason typed or chosen, trimmed."""
        return self.reason_combo.currentText().strip()

    def _on_accept(self) -> None:
        if not self.reason():
            self.error_label.show_error(
                PeopleLabels.field_error(InvalidField("reason", "required")), self.reason_combo
            )
            return
        self.accept()
