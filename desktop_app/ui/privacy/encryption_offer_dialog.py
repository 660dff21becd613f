"""The first start's offer to encrypt the database (on by default)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.icons import app_icon


class EncryptionOfferDialog(QDialog):
    """A sentence on why, one box ticked by default, and Continue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Protect the participants' data"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Protect the participants' data"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Hadir keeps NIKs, phone numbers and health answers. Encrypted, the database and its "
                "backups cannot be read by anyone who takes the laptop or a copy of the file. This "
                "computer account opens it without a password; you get a recovery key to keep in "
                "the office, for opening it on another computer."
            )
        )
        intro.setWordWrap(True)
        self.encrypt_box = QCheckBox(self.tr("Encrypt the database (recommended)"))
        self.encrypt_box.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.encrypt_box)
        layout.addWidget(self.buttons)

    @property
    def wants_encryption(self) -> bool:
        """True when the box is ticked."""
        return self.encrypt_box.isChecked()
