"""Choose your name, type your PIN, press Enter: the sign-in dialog and the lock screen share it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError
from desktop_app.services.operators.service import OperatorService
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.signin import signin_messages
from desktop_app.ui.signin.pin_edit import PinEdit

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class OperatorList(QListWidget):
    """The operators who can sign in; Enter moves on to the PIN."""

    confirmed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
            return
        super().keyPressEvent(event)


class SignInForm(QWidget):
    """Signals `signed_in(OperatorInfo)` once the chosen operator's PIN is right."""

    signed_in = Signal(object)

    def __init__(
        self, operators: OperatorService, last_name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operators = operators
        self._build_ui()
        self._connect_signals()
        self.reload(last_name)

    def _build_ui(self) -> None:
        self.list_label = QLabel(self.tr("Who is at the desk?"))
        self.operator_list = OperatorList()
        self.operator_list.setIconSize(QSize(0, 0))
        self.operator_list.setMinimumHeight(150)
        self.list_label.setBuddy(self.operator_list)
        self.pin_label = QLabel(self.tr("&PIN"))
        self.pin_edit = PinEdit()
        self.pin_label.setBuddy(self.pin_edit)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.setAutoDefault(False)  # Enter in the PIN signs in once, also in a dialog
        self.error_label = FormErrorLabel()

        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin_edit, 1)
        pin_row.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_label)
        layout.addWidget(self.operator_list, 1)
        layout.addLayout(pin_row)
        layout.addWidget(self.error_label)

    def _connect_signals(self) -> None:
        self.operator_list.confirmed.connect(self.pin_edit.setFocus)
        self.operator_list.itemDoubleClicked.connect(lambda _item: self.pin_edit.setFocus())
        self.operator_list.currentRowChanged.connect(self._on_operator_changed)
        self.pin_edit.returnPressed.connect(self.submit)
        self.sign_in_button.clicked.connect(self.submit)

    def reload(self, select_name: str | None = None) -> None:
        """List the operators who can sign in, selecting `select_name` (else the first)."""
        self.operator_list.clear()
        for row in self._operators.sign_in_choices():
            item = QListWidgetItem(signin_messages.operator_label(row.name, row.role))
            item.setData(NAME_ROLE, row.name)
            self.operator_list.addItem(item)
        names = [self.operator_list.item(i).data(NAME_ROLE) for i in range(self.operator_list.count())]
        self.operator_list.setCurrentRow(names.index(select_name) if select_name in names else 0)

    def focus_first_field(self) -> None:
        """The PIN when someone is already chosen (the last one), else the list."""
        (self.pin_edit if self.operator_list.currentRow() >= 0 else self.operator_list).setFocus()

    def chosen_name(self) -> str | None:
        """The selected operator's name."""
        item = self.operator_list.currentItem()
        return str(item.data(NAME_ROLE)) if item else None

    def select(self, name: str) -> None:
        """Choose `name` in the list (as a click would)."""
        for row in range(self.operator_list.count()):
            if self.operator_list.item(row).data(NAME_ROLE) == name:
                self.operator_list.setCurrentRow(row)

    def _on_operator_changed(self) -> None:
        self.pin_edit.clear()
        self.error_label.clear_error()

    def submit(self) -> None:
        """Check the PIN; a refusal is said under the form and the PIN is cleared."""
        name = self.chosen_name()
        if name is None:
            return
        try:
            operator = self._operators.sign_in(name, self.pin_edit.pin())
        except HadirError as exc:
            self.pin_edit.clear()
            self.error_label.show_error(signin_messages.signin_error(exc), self.pin_edit)
            return
        self.error_label.clear_error()
        self.signed_in.emit(operator)
