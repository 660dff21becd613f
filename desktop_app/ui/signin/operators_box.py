"""Settings › Operators: an admin adds operators, resets a PIN, deactivates or reactivates someone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorInfo, OperatorRow
from desktop_app.ui import dialogs_io
from desktop_app.ui.signin import signin_messages
from desktop_app.ui.signin.operator_dialog import OperatorDialog, OperatorDialogMode
from desktop_app.ui.signin.operator_table_model import OperatorColumn, OperatorTableModel


class OperatorsBox(QGroupBox):
    """The operators table and its buttons; read-only with a note for a desk operator."""

    def __init__(
        self, services: Services, operator: OperatorInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Operators"))
        self._services = services
        self._operator = operator
        self.is_admin = bool(operator and operator.is_admin)
        self.active_dialog: OperatorDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.model = OperatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            OperatorColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(220)
        self.add_button = QPushButton(self.tr("Add operator…"))
        self.pin_button = QPushButton(self.tr("Reset PIN…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        self.note_label = QLabel(
            self.tr("Only an admin adds operators, resets PINs or deactivates someone.")
            if not self.is_admin
            else self.tr("Deactivated operators cannot sign in; what they recorded keeps their name.")
        )
        self.note_label.setObjectName("muted")
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_operator)
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button.clicked.connect(self.toggle_active)

    def refresh(self, select_id: int | None = None) -> None:
        """Read the operators again, selecting `select_id` if given."""
        self.model.set_rows(self._services.operators.list_operators())
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> OperatorRow | None:
        """The operator selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_name(self, name: str) -> None:
        """Select the operator called `name`."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.is_admin)
        self.pin_button.setEnabled(self.is_admin and chosen is not None and chosen.active)
        self.active_button.setEnabled(self.is_admin and chosen is not None)
        reactivate = chosen is not None and not chosen.active
        self.active_button.setText(self.tr("Reactivate") if reactivate else self.tr("Deactivate"))

    def _open(self, dialog: OperatorDialog, select_after: bool = True) -> None:
        # Window-modal and not blocking, so tests fill it in as a user would.
        self.active_dialog = dialog

        def done(result: int) -> None:
            self.active_dialog = None
            value = dialog.result_value
            dialog.deleteLater()
            if result and select_after:
                self.refresh(value.id if isinstance(value, OperatorInfo) else None)

        dialog.finished.connect(done)
        dialog.open()

    def add_operator(self) -> None:
        """The form for a new operator (desk by default)."""
        by = self._operator.id if self._operator else None
        operators = self._services.operators
        self._open(
            OperatorDialog(
                OperatorDialogMode.ADD,
                lambda name, role, pin: operators.add_operator(name, pin, by, role),
                parent=self,
            )
        )

    def reset_pin(self) -> None:
        """A new PIN for the selected operator."""
        chosen = self.selected()
        if chosen is None:
            return
        by = self._operator.id if self._operator else None
        operators = self._services.operators

        def submit(_name: str, _role: str, pin: str) -> OperatorInfo:
            operators.set_pin(chosen.id, pin, by)
            return OperatorInfo(chosen.id, chosen.name, chosen.role)

        self._open(OperatorDialog(OperatorDialogMode.RESET_PIN, submit, chosen.name, parent=self))

    def toggle_active(self) -> None:
        """Deactivate the selected operator (after a question), or reactivate them."""
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.active and not dialogs_io.ask_yes_no(
            self,
            self.tr("Deactivate operator"),
            self.tr("{name} will no longer be able to sign in. Continue?").format(name=chosen.name),
        ):
            return
        try:
            self._services.operators.set_active(
                chosen.id, not chosen.active, self._operator.id if self._operator else None
            )
        except HadirError as exc:
            dialogs_io.show_error(self, self.tr("Operators"), signin_messages.signin_error(exc))
            return
        self.refresh(chosen.id)
