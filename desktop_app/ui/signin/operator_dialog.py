"""One form for a name, a role and a PIN typed twice: the first admin, a new operator, a new PIN."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

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
from desktop_app.services.operators.service import NAME_MAX
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.icons import app_icon
from desktop_app.ui.signin import signin_messages
from desktop_app.ui.signin.pin_edit import PinEdit

# submit(name, role, pin) stores the operator or raises what is wrong; its result is kept.
Submit = Callable[[str, str, str], object]


class OperatorDialogMode(Enum):
    """What the form is for."""

    FIRST_ADMIN = "first_admin"
    ADD = "add"
    RESET_PIN = "reset_pin"


class OperatorDialog(QDialog):
    """Name (and role) and the PIN twice; stays open with a sentence until the service accepts."""

    def __init__(
        self, mode: OperatorDialogMode, submit: Submit, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._submit = submit
        self.result_value: object = None
        self._build_ui(name)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self, name: str) -> None:
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)
        titles = {
            OperatorDialogMode.FIRST_ADMIN: self.tr("Welcome to Hadir"),
            OperatorDialogMode.ADD: self.tr("Add operator"),
            OperatorDialogMode.RESET_PIN: self.tr("New PIN for {name}").format(name=name),
        }
        intros = {
            OperatorDialogMode.FIRST_ADMIN: self.tr(
                "First, create the admin: the person who adds the desk operators, may override the "
                "capacity and changes the settings. Everyone signs in with a PIN of 4 to 8 digits."
            ),
            OperatorDialogMode.ADD: self.tr(
                "A desk operator checks people in; an admin may also override the capacity, restore "
                "backups and change the settings. Tell them their PIN in person."
            ),
            OperatorDialogMode.RESET_PIN: self.tr(
                "The old PIN stops working at once, and a lock after wrong PINs ends."
            ),
        }
        self.setWindowTitle(titles[self._mode])
        heading = QLabel(titles[self._mode])
        heading.setObjectName("sectionTitle")
        intro = QLabel(intros[self._mode])
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(NAME_MAX)
        self.role_combo = QComboBox()
        for role in ("desk", "admin"):
            self.role_combo.addItem(signin_messages.role_name(role), role)
        self.pin_edit = PinEdit()
        self.repeat_edit = PinEdit()
        form = QFormLayout()
        if self._mode != OperatorDialogMode.RESET_PIN:
            form.addRow(self.tr("Name"), self.name_edit)
        if self._mode == OperatorDialogMode.ADD:
            form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("PIN (4–8 digits)"), self.pin_edit)
        form.addRow(self.tr("PIN again"), self.repeat_edit)

        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_texts = {
            OperatorDialogMode.FIRST_ADMIN: self.tr("Create admin"),
            OperatorDialogMode.ADD: self.tr("Add"),
            OperatorDialogMode.RESET_PIN: self.tr("Save PIN"),
        }
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_texts[self._mode])
        self.ok_button.setObjectName("primary")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit") if self._mode == OperatorDialogMode.FIRST_ADMIN else self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        first = self.pin_edit if self._mode == OperatorDialogMode.RESET_PIN else self.name_edit
        first.setFocus()

    def role(self) -> str:
        """The chosen role (`admin` for the first admin)."""
        if self._mode == OperatorDialogMode.FIRST_ADMIN:
            return "admin"
        return str(self.role_combo.currentData())

    def save(self) -> None:
        """Check the two PINs agree, then submit; on a refusal say what to correct and stay open."""
        self.error_label.clear_error()
        if self.pin_edit.pin() != self.repeat_edit.pin():
            self.repeat_edit.clear()
            self.error_label.show_error(signin_messages.pins_differ(), self.repeat_edit)
            return
        try:
            self.result_value = self._submit(self.name_edit.text(), self.role(), self.pin_edit.pin())
        except HadirError as exc:
            field = None
            if isinstance(exc, InvalidField):
                field = {"name": self.name_edit, "pin": self.pin_edit}.get(exc.field)
            self.error_label.show_error(signin_messages.signin_error(exc), field)
            return
        self.accept()
