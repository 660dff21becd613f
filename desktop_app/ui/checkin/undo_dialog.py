"""Taking back a check-in made by mistake: the row stays, marked undone with who and why."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.errors import InvalidField
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.form_error_label import FormErrorLabel


class UndoDialog(QDialog):
    """Asks the reason (typed, or one of the usual ones); OK stays disabled until there is one."""

    def __init__(self, name: str, clock: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo check-in"))
        self.setMinimumWidth(440)
        self.heading_label = QLabel(
            self.tr("Undo the check-in of {name} ({time})?").format(name=name, time=clock)
        )
        self.heading_label.setObjectName("dialogHeading")
        self.heading_label.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "The seat becomes free again. The check-in stays in the history, struck through, with the reason."
            )
        )
        explanation.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(
            [
                "",
                self.tr("Wrong person selected"),
                self.tr("Checked in twice by mistake"),
                self.tr("Left before the session started"),
            ]
        )
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("Type or choose a reason"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_combo)
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Undo check-in"))
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(explanation)
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
                CheckinMessages.field_error(InvalidField("undo_reason", "required")), self.reason_combo
            )
            return
        self.accept()
