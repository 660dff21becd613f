"""A page that is not built yet says what it will hold, so nobody wonders whether it is broken."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlannedPage(QWidget):
    """Heading, a short description and the features to come."""

    def __init__(
        self,
        title: str,
        description: str,
        features: Sequence[str] = (),
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.description = description
        self.features = tuple(features)
        self._icon = icon
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_label = QLabel(self.title)
        self.title_label.setObjectName("pageTitle")
        self.badge_label = QLabel(self.tr("Coming in a later version"))
        self.badge_label.setObjectName("badge")
        self.description_label = QLabel(self.description)
        self.description_label.setWordWrap(True)
        self.description_label.setObjectName("lead")
        items = "".join(f"<li style='margin-bottom: 6px'>{html.escape(f)}</li>" for f in self.features)
        self.features_label = QLabel(f"<ul>{items}</ul>")
        self.features_label.setObjectName("features")
        self.features_label.setWordWrap(True)
        self.features_label.setTextFormat(Qt.TextFormat.RichText)
        self.features_label.setVisible(bool(self.features))

        heading = QHBoxLayout()
        if self._icon is not None and not self._icon.isNull():
            icon_label = QLabel()
            icon_label.setPixmap(self._icon.pixmap(32, 32))
            heading.addWidget(icon_label)
        heading.addWidget(self.title_label)
        heading.addSpacing(8)
        heading.addWidget(self.badge_label, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addStretch(1)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(heading)
        column.addSpacing(8)
        column.addWidget(self.description_label)
        column.addWidget(self.features_label)
        column.addStretch(1)

        card = QWidget()
        card.setMaximumWidth(760)
        card.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(card, 1)
        outer.addStretch(0)

    def text(self) -> str:
        """Everything the page says, as plain text (for tests and accessibility)."""
        return "\n".join([self.title, self.description, *self.features])
