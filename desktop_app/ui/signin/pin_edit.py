"""A PIN field: digits only, at most 8, shown as dots."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.core.pin import PIN_MAX


class PinEdit(QLineEdit):
    """Accepts only digits; the echo hides them; the input method offers a number pad."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(PIN_MAX)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX}}}"), self))
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.setPlaceholderText("••••")
        self.setMinimumWidth(160)

    def pin(self) -> str:
        """What was typed."""
        return self.text()
