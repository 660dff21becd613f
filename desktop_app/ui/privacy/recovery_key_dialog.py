"""The recovery key, shown once: large, selectable, and printable as a sheet with a QR code."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.exports.recovery.sheet import write_recovery_sheet
from desktop_app.ui import dialogs_io
from desktop_app.ui.icons import app_icon


class RecoveryKeyDialog(QDialog):
    """The key in groups of four, a Print button (PDF sheet) and Done."""

    def __init__(self, recovery_key: str, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = recovery_key
        self._database = database
        self.sheet: Path | None = None
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "The database is encrypted. Write this recovery key down or print it now and keep it in "
                "the office, away from the laptop: it is shown only this once. It opens the database or "
                "a backup on another computer (Settings → Backups → Restore a backup)."
            )
        )
        intro.setWordWrap(True)
        groups = recovery_key.split("-")
        lines = ["  ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)]
        self.key_label = QLabel("\n".join(lines))
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have kept the key"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)

    def _on_print_clicked(self) -> None:
        suggested = str(Path.home() / "kunci-pemulihan-hadir.pdf")
        target = dialogs_io.save_file(self, self.tr("Save the recovery sheet as"), suggested, "PDF (*.pdf)")
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.sheet = write_recovery_sheet(target, self._key, str(self._database), datetime.now())
        except OSError as exc:
            dialogs_io.show_error(self, self.tr("The sheet was not saved"), exc.strerror or str(exc))
            return
        dialogs_io.show_info(
            self,
            self.tr("Recovery sheet saved"),
            self.tr("Print {path}, then delete the file from this laptop.").format(path=target),
        )
