"""The join code a host shows: the code to type, its QR to scan, the address and fingerprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.network.service import HostStarted
from desktop_app.ui.network.qr_image import qr_pixmap


class HostDialog(QDialog):
    """Shows `started.join_code` large and as a QR code; the other desks join with either."""

    def __init__(self, started: HostStarted, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join code"))
        self._started = started
        self._build_ui()

    def _build_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "This laptop is the server. On each other desk: Settings → Network → Join a server, then "
                "scan this QR code with the barcode scanner or type the code."
            )
        )
        intro.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setPixmap(qr_pixmap(self._started.join_code))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label = QLabel(self._started.join_code)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        address = self._started.url.split("@", 1)[-1].split("/", 1)[0]
        self.details_label = QLabel(
            self.tr("Server {name} at {address} · fingerprint {fingerprint}").format(
                name=self._started.host_name, address=address, fingerprint=self._started.fingerprint
            )
        )
        self.details_label.setObjectName("muted")
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keep = QLabel(
            self.tr(
                "Keep this laptop on and connected to the same Wi-Fi or hotspot until the event ends. "
                "The code stays the same at every start; it is shown again under Settings → Network."
            )
        )
        keep.setWordWrap(True)
        keep.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.qr_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.code_label)
        layout.addWidget(self.details_label)
        layout.addWidget(keep)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
