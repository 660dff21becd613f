"""The summary as numbers: invited, admitted (of the capacity), walk-ins, refused, no-shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop_app.exports.attendance.data import AttendanceSummary
from desktop_app.ui.i18n import current_language

KEYS = ("invited", "admitted", "walk_ins", "refused", "no_shows")
CARD_STYLE = """
QFrame#summaryCard { background: white; border: 1px solid #d3dddb; border-radius: 6px; }
QLabel#summaryValue { font-size: 20pt; font-weight: 600; color: #17302c; }
QLabel#summaryCaption { color: #41524f; }
QLabel#summaryNote { color: #5d6d6a; font-size: 8.5pt; }
"""


def count_text(value: int) -> str:
    """`1.234` in Indonesian, `1,234` in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if current_language() == "id" else text


class SummaryCards(QWidget):
    """Five cards side by side; `value_text(key)` reads one back (for tests and accessibility)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self._values: dict[str, QLabel] = {}
        self._notes: dict[str, QLabel] = {}
        captions = {
            "invited": self.tr("Invited"),
            "admitted": self.tr("Admitted"),
            "walk_ins": self.tr("Walk-ins"),
            "refused": self.tr("Refused at screening"),
            "no_shows": self.tr("No-shows"),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for key in KEYS:
            card = QFrame()
            card.setObjectName("summaryCard")
            grid = QGridLayout(card)
            grid.setContentsMargins(12, 8, 12, 8)
            grid.setVerticalSpacing(0)
            value = QLabel("–")
            value.setObjectName("summaryValue")
            caption = QLabel(captions[key])
            caption.setObjectName("summaryCaption")
            caption.setWordWrap(True)
            note = QLabel("")
            note.setObjectName("summaryNote")
            grid.addWidget(value, 0, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(caption, 1, 0)
            grid.addWidget(note, 2, 0)
            self._values[key], self._notes[key] = value, note
            row.addWidget(card, 1)

    def set_summary(self, summary: AttendanceSummary | None) -> None:
        """Show `summary`'s numbers (dashes when there is nothing selected)."""
        for key in KEYS:
            self._values[key].setText("–" if summary is None else count_text(getattr(summary, key)))
            self._notes[key].setText("")
        if summary is not None:
            self._notes["admitted"].setText(
                self.tr("of {capacity} seats").format(capacity=count_text(summary.capacity))
            )
            if summary.invited:
                share = round(100 * summary.no_shows / summary.invited)
                self._notes["no_shows"].setText(self.tr("{share} % of the invited").format(share=share))

    def value_text(self, key: str) -> str:
        """The number shown for `key` as text."""
        return self._values[key].text()
