"""Gabung ke server: the join code typed, or scanned (a barcode scanner types it and presses Enter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError
from desktop_app.services.network.join_code import parse_join_code
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.network.network_messages import network_error_text
from desktop_app.ui.worker import WorkerPool


class JoinDialog(QDialog):
    """Reads a join code and joins in the background; accepted once this laptop uses the server.

    `join` is the service call (the code in, the server's masked address out).
    """

    def __init__(
        self, join: Callable[[str], str], pool: WorkerPool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a server"))
        self._join = join
        self.joined_url: str | None = None
        self.runner = JobRunner(pool or WorkerPool(), self, self.tr("Join a server"))
        self._build_ui()
        self.runner.finished.connect(self._on_joined)
        self.runner.failed.connect(self._on_failed)

    def _build_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "Scan the QR code on the host's screen with the barcode scanner, or type the code it shows "
                "(28 letters and digits; dashes and small letters are fine)."
            )
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.code_edit.setFont(font)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("formError")
        self.message_label.hide()
        self.join_button = QPushButton(self.tr("Join"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():  # Enter (a scanner ends a code with it) joins, never cancels
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.rejected.connect(self.reject)
        self.join_button.clicked.connect(self._on_join_clicked)
        self.code_edit.returnPressed.connect(self._on_join_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_join_clicked(self) -> None:
        text = self.code_edit.text()
        try:
            parse_join_code(text)  # a mistyped code is said at once, before any waiting
        except HadirError as exc:
            self._say(network_error_text(exc))
            return
        self._say(self.tr("Connecting to the host…"))
        self.join_button.setEnabled(False)
        self.runner.start(lambda _progress: self._join(text), self.tr("Connecting to the host…"))

    def _on_joined(self, url: object) -> None:
        self.joined_url = str(url)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.join_button.setEnabled(True)
        self._say(network_error_text(exc))
