"""The laporan kegiatan's own parts: the notulen, and photos picked or dropped, with captions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exports.report.data import ReportPhoto
from desktop_app.ui import dialogs_io

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png"}
PATH_ROLE = Qt.ItemDataRole.UserRole


class ActivityReportDialog(QDialog):
    """Notulen and documentation photos; the numbers and annexes come from Hadir itself."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity report"))
        self.setAcceptDrops(True)
        self.resize(640, 560)
        heading = QLabel(title)
        heading.setObjectName("lead")
        heading.setWordWrap(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr("What happened: opening, the speakers' points, questions, agreements…")
        )
        self.photo_list = QListWidget()
        self.photo_list.setToolTip(self.tr("Double-click a photo to edit its caption"))
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        hint = QLabel(self.tr("Drop photos here too (JPEG or PNG); 2 to 4 are printed on a page."))
        hint.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the report…"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Minutes (notulen)")))
        layout.addWidget(self.notes_edit, 2)
        layout.addWidget(QLabel(self.tr("Documentation photos")))
        layout.addWidget(self.photo_list, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_photos(self, paths: list[Path]) -> int:
        """Add the image files among `paths` (captioned by their names); return how many."""
        added = 0
        for path in paths:
            if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
                continue
            item = QListWidgetItem(path.stem.replace("_", " ").replace("-", " "))
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.photo_list.addItem(item)
            added += 1
        return added

    def photos(self) -> list[ReportPhoto]:
        """The photos in the list's order with their captions."""
        items = (self.photo_list.item(i) for i in range(self.photo_list.count()))
        return [ReportPhoto(Path(item.data(PATH_ROLE)), item.text()) for item in items]

    def notes(self) -> str:
        """The minutes as typed."""
        return self.notes_edit.toPlainText()

    def _on_add_clicked(self) -> None:
        self.add_photos(
            dialogs_io.open_files(self, self.tr("Add photos"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
        )

    def _on_remove_clicked(self) -> None:
        for item in self.photo_list.selectedItems():
            self.photo_list.takeItem(self.photo_list.row(item))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.add_photos(paths):
            event.acceptProposedAction()
