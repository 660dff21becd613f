"""What a list shows when it has nothing yet: what goes here and how to add the first one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred heading, an explanation, a hint and one button."""

    def __init__(
        self, heading: str, text: str, hint: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading_label = QLabel(heading)
        self.heading_label.setObjectName("emptyHeading")
        self.text_label = QLabel(text)
        self.text_label.setObjectName("lead")
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("muted")
        self.action_button = QPushButton(action)
        self.action_button.setObjectName("primary")

        column = QWidget()
        column.setMaximumWidth(620)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(10)
        for label in (self.heading_label, self.text_label, self.hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            column_layout.addWidget(label)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def text(self) -> str:
        """Everything the empty state says, as plain text."""
        return "\n".join(
            w.text() for w in (self.heading_label, self.text_label, self.hint_label, self.action_button)
        )
