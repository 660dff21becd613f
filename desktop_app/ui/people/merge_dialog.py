"""Merging two records of one person (or organisation): side by side, choose the one to keep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class MergeSide:
    """One of the two records: its id, a title, and (label, value) lines to compare."""

    id: int
    title: str
    lines: tuple[tuple[str, str], ...]


class MergeDialog(QDialog):
    """Two columns of details; a radio button over each says which record stays.

    `keep_id()` and `drop_id()` give the answer after OK. The first side is kept unless changed.
    """

    def __init__(
        self,
        heading: str,
        explanation: str,
        sides: Sequence[MergeSide],
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert len(sides) == 2
        self._sides = list(sides)
        self.setWindowTitle(self.tr("Merge two records"))
        self.setMinimumWidth(640)
        heading_label = QLabel(heading)
        heading_label.setObjectName("dialogHeading")
        heading_label.setWordWrap(True)
        explanation_label = QLabel(explanation)
        explanation_label.setWordWrap(True)
        self.warning_label = QLabel(warning)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "color: #7a5b00; background: #fff4d6; border: 1px solid #f0dca0; border-radius: 4px; padding: 6px;"
        )
        self.warning_label.setVisible(bool(warning))

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for col, side in enumerate(sides, start=1):
            button = QRadioButton(self.tr("Keep this record"))
            button.setChecked(col == 1)
            self.keep_group.addButton(button, col - 1)
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, col)
            title = QLabel(side.title)
            title.setObjectName("dialogHeading")
            title.setWordWrap(True)
            grid.addWidget(title, 1, col)
        labels = [label for label, _ in sides[0].lines]
        for row, label in enumerate(labels, start=2):
            name = QLabel(label)
            name.setObjectName("muted")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            for col, side in enumerate(sides, start=1):
                value = QLabel(side.lines[row - 2][1] or "—")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, row, col, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label)
        layout.addWidget(explanation_label)
        layout.addWidget(self.warning_label)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def keep_id(self) -> int:
        """The record that stays."""
        return self._sides[max(self.keep_group.checkedId(), 0)].id

    def drop_id(self) -> int:
        """The record that is merged into the other and removed."""
        return self._sides[1 - max(self.keep_group.checkedId(), 0)].id

    def choose_keep(self, record_id: int) -> None:
        """Select the side showing `record_id` as the one to keep."""
        for index, side in enumerate(self._sides):
            if side.id == record_id:
                self.keep_buttons[index].setChecked(True)
