"""People already in the registry with the NIK or phone being typed: "Mungkin sudah terdaftar"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.registry.people import DuplicateCandidate
from desktop_app.ui.checkin import checkin_style as style

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicateList(QFrame):
    """Hidden while there is nobody to suggest; `chosen(person_id)` when the operator picks one."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setStyleSheet(
            f"QFrame#duplicates {{ background: {style.AMBER_BG}; border: 1px solid #f0dca0; border-radius: 6px; }}"
        )
        self.candidates: list[DuplicateCandidate] = []
        self.heading_label = QLabel()
        self.heading_label.setStyleSheet(f"color: {style.AMBER}; font-weight: 600;")
        self.heading_label.setWordWrap(True)
        self.view = QListWidget()
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.use_button = QPushButton(self.tr("&Use this person"))
        self.use_button.setAutoDefault(False)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.view)
        layout.addLayout(row)

        self.use_button.clicked.connect(self.choose_current)
        self.view.itemDoubleClicked.connect(lambda item: self.chosen.emit(int(item.data(ID_ROLE))))
        self.hide()

    def set_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        """Show these candidates (an empty list hides the box)."""
        self.candidates = list(candidates)
        self.view.clear()
        for c in self.candidates:
            same = []
            if c.same_nik:
                same.append(self.tr("same NIK"))
            if c.same_phone:
                same.append(self.tr("same phone"))
            details = " · ".join(filter(None, [c.nik_masked, c.phone_masked, ", ".join(same)]))
            heading = f"{c.name} — {c.organization}" if c.organization else c.name
            item = QListWidgetItem(f"{heading}\n{details}")
            item.setData(ID_ROLE, c.person_id)
            self.view.addItem(item)
        if self.candidates:
            self.view.setFixedHeight(min(110, 44 * len(self.candidates) + 6))
            self.view.setCurrentRow(0)
            names = ", ".join(c.name for c in self.candidates[:3])
            self.heading_label.setText(self.tr("Maybe already registered: {names}").format(names=names))
        self.setVisible(bool(self.candidates))

    def has_same_nik(self) -> bool:
        """True when someone in the registry already has this NIK (a new person cannot be made)."""
        return any(c.same_nik for c in self.candidates)

    def choose_current(self) -> None:
        """Pick the highlighted candidate."""
        item = self.view.currentItem()
        if item is not None:
            self.chosen.emit(int(item.data(ID_ROLE)))

    def text(self) -> str:
        """What the box says, as plain text."""
        rows = [self.view.item(i).text() for i in range(self.view.count())]
        return "\n".join([self.heading_label.text(), *rows]) if not self.isHidden() else ""
