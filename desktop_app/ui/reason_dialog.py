"""A question that needs a reason before it is done (undo a check-in, remove a record).

The reason is typed or chosen from the usual ones; OK stays disabled until there is one. The
callers give every word, already translated, so each dialog keeps its own translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.form_error_label import FormErrorLabel


@dataclass(frozen=True)
class ReasonTexts:
    """The words of one reason dialog, translated by the caller."""

    title: str
    heading: str
    explanation: str
    usual_reasons: Sequence[str]
    reason_label: str
    placeholder: str
    ok: str
    missing: str  # said when OK is pressed with no reason


class ReasonDialog(QDialog):
    """Heading, explanation, a reason combo (editable) and OK/Cancel."""

    def __init__(self, texts: ReasonTexts, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._missing = texts.missing
        self.setWindowTitle(texts.title)
        self.setMinimumWidth(width)
        self.heading_label = QLabel(texts.heading)
        self.heading_label.setObjectName("dialogHeading")
        self.heading_label.setWordWrap(True)
        self.explanation_label = QLabel(texts.explanation)
        self.explanation_label.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(["", *texts.usual_reasons])
        self.reason_combo.lineEdit().setPlaceholderText(texts.placeholder)
        reason_label = QLabel(texts.reason_label)
        reason_label.setBuddy(self.reason_combo)
        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(texts.ok)
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.explanation_label)
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
            self.error_label.show_error(self._missing, self.reason_combo)
            return
        self.accept()
