"""The lock screen: takes the window's place, asks the signed-in operator's PIN or lets another sign in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError
from desktop_app.services.operators.service import OperatorInfo, OperatorService
from desktop_app.ui.form_error_label import FormErrorLabel
from desktop_app.ui.icons import app_icon
from desktop_app.ui.signin import signin_messages
from desktop_app.ui.signin.pin_edit import PinEdit
from desktop_app.ui.signin.scan_burst import ScanBurstFilter
from desktop_app.ui.signin.sign_in_form import SignInForm

STYLE = """
QWidget#lockOverlay { background: #12332e; }
QFrame#lockCard { background: #f8faf9; border-radius: 10px; }
"""


class LockOverlay(QWidget):
    """Signals `unlocked(OperatorInfo)`: the same operator, or the one who signed in instead."""

    unlocked = Signal(object)

    def __init__(
        self, operators: OperatorService, operator: OperatorInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operators = operators
        self.operator = operator
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect_signals()
        self.hide()

    def _build_ui(self) -> None:
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(48, 48))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(self.tr("Hadir is locked"))
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.prompt_label = QLabel(
            self.tr("{name}, type your PIN to continue.").format(name=self.operator.name)
        )
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit = PinEdit()
        self.pin_edit.setMinimumHeight(34)
        font = self.pin_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.pin_edit.setFont(font)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.error_label = FormErrorLabel()
        self.switch_button = QPushButton(self.tr("Another operator…"))
        self.switch_button.setFlat(True)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_edit, 1)
        pin_row.addWidget(self.unlock_button)
        unlock_page = QWidget()
        unlock_layout = QVBoxLayout(unlock_page)
        unlock_layout.setContentsMargins(0, 0, 0, 0)
        unlock_layout.setSpacing(10)
        unlock_layout.addWidget(self.prompt_label)
        unlock_layout.addLayout(pin_row)
        unlock_layout.addWidget(self.error_label)
        unlock_layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.sign_in_form = SignInForm(self._operators)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setFlat(True)
        switch_page = QWidget()
        switch_layout = QVBoxLayout(switch_page)
        switch_layout.setContentsMargins(0, 0, 0, 0)
        switch_layout.addWidget(self.sign_in_form, 1)
        switch_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.pages = QStackedWidget()
        self.pages.addWidget(unlock_page)
        self.pages.addWidget(switch_page)
        self._show_page(0)

        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(440)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 20)
        card_layout.setSpacing(12)
        card_layout.addWidget(logo)
        card_layout.addWidget(self.title_label)
        card_layout.addWidget(self.pages)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _connect_signals(self) -> None:
        self.scan_filter = ScanBurstFilter(self.pin_edit)
        self.scan_filter.scanned.connect(self._on_scanned)
        self.pin_edit.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(self.show_switch)
        self.back_button.clicked.connect(self.show_unlock)
        self.sign_in_form.signed_in.connect(self._finish)

    def _show_page(self, index: int) -> None:
        # Only the page on show counts for the card's height (the operator list is taller).
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def show_unlock(self) -> None:
        """The PIN of the operator who was signed in."""
        self._show_page(0)
        self.pin_edit.clear()
        self.error_label.clear_error()
        self.pin_edit.setFocus()

    def show_switch(self) -> None:
        """The operator list, for someone else to sign in."""
        self.sign_in_form.reload(self.operator.name)
        self._show_page(1)
        self.sign_in_form.focus_first_field()

    def _on_scanned(self) -> None:
        text = self.tr("Unlock first: that was a scan, not a PIN. Type your PIN, then scan again.")
        self.error_label.show_error(text, self.pin_edit)

    def submit(self) -> None:
        """Check the PIN of the signed-in operator."""
        try:
            operator = self._operators.unlock(self.operator.id, self.pin_edit.pin())
        except HadirError as exc:
            self.pin_edit.clear()
            self.error_label.show_error(signin_messages.signin_error(exc), self.pin_edit)
            return
        self._finish(operator)

    def _finish(self, operator: OperatorInfo) -> None:
        self.pin_edit.clear()
        self.error_label.clear_error()
        self.unlocked.emit(operator)
