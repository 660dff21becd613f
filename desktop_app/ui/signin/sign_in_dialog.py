"""The dialog before the main window: choose your name, type your PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.operators.service import OperatorInfo, OperatorService
from desktop_app.ui.icons import app_icon
from desktop_app.ui.signin.sign_in_form import SignInForm


class SignInDialog(QDialog):
    """Accepted once an operator signed in (`operator`); rejected when the user quits."""

    def __init__(
        self, operators: OperatorService, last_name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operator: OperatorInfo | None = None
        self.setWindowTitle(self.tr("Sign in to Hadir"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(40, 40))
        title = QLabel(self.tr("Sign in"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("Choose your name and type your PIN."))
        subtitle.setObjectName("muted")
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.form = SignInForm(operators, last_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("Quit"))
        quit_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

        self.form.signed_in.connect(self._on_signed_in)
        self.buttons.rejected.connect(self.reject)
        self.form.focus_first_field()

    def _on_signed_in(self, operator: OperatorInfo) -> None:
        self.operator = operator
        self.accept()
