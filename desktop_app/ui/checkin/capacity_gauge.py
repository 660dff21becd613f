"""Seats taken out of the session's capacity: big numbers and a bar that turns orange, then red."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_app.core.capacity import Seats
from desktop_app.ui import formatting
from desktop_app.ui.checkin import checkin_style as style
from desktop_app.ui.style import ACCENT

NEAR_FULL_SHARE = 0.9  # orange from 27 of 30 on
NEAR_FULL_SEATS = 3  # ...or when three seats or fewer remain in a small room


class GaugeState(StrEnum):
    """How full the session is."""

    EMPTY = "empty"  # no session chosen
    OPEN = "open"
    NEAR_FULL = "near_full"
    FULL = "full"


def gauge_state(seats: Seats | None) -> GaugeState:
    """The colour band a session is in."""
    if seats is None:
        return GaugeState.EMPTY
    if seats.full:
        return GaugeState.FULL
    if seats.left <= NEAR_FULL_SEATS or seats.attended >= seats.capacity * NEAR_FULL_SHARE:
        return GaugeState.NEAR_FULL
    return GaugeState.OPEN


class CapacityGauge(QFrame):
    """`23 / 30` in large type, a progress bar, and the seats left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCard")
        self.seats: Seats | None = None
        self.state = GaugeState.EMPTY

        self.title_label = QLabel(self.tr("SEATS"))
        self.title_label.setObjectName("panelTitle")
        self.count_label = QLabel("–")
        self.count_label.setObjectName("gaugeCount")
        self.left_label = QLabel()
        self.left_label.setObjectName("gaugeLeft")
        self.left_label.setWordWrap(True)  # "PENUH: tidak ada kursi tersisa" wraps on a 1366 px screen
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(14)

        self._title_row = QHBoxLayout()
        self._title_row.addWidget(self.title_label)
        self._title_row.addStretch(1)
        numbers = QHBoxLayout()
        numbers.setSpacing(18)
        numbers.addWidget(self.count_label)
        right = QVBoxLayout()
        right.addStretch(1)
        right.addWidget(self.left_label)
        right.addWidget(self.bar)
        right.addStretch(1)
        numbers.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(0)
        layout.addLayout(self._title_row)
        layout.addLayout(numbers)
        self.set_seats(None)

    def add_corner_widget(self, widget: QWidget) -> None:
        """Put `widget` (e.g. the door display button) at the gauge's top right."""
        self._title_row.addWidget(widget)

    def set_seats(self, seats: Seats | None) -> None:
        """Show how full the session is (None: no session chosen)."""
        self.seats = seats
        self.state = gauge_state(seats)
        colour = {
            GaugeState.EMPTY: style.MUTED,
            GaugeState.OPEN: ACCENT,
            GaugeState.NEAR_FULL: style.ORANGE,
            GaugeState.FULL: style.RED,
        }[self.state]
        if seats is None:
            self.count_label.setText("–")
            self.left_label.setText(self.tr("No session chosen"))
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        else:
            self.count_label.setText(formatting.share(seats.attended, seats.capacity))
            self.bar.setRange(0, max(seats.capacity, 1))
            self.bar.setValue(min(seats.attended, seats.capacity))
            if seats.full:
                self.left_label.setText(self.tr("FULL: no seats left"))
            elif seats.left == 1:
                self.left_label.setText(self.tr("1 seat left"))
            else:
                self.left_label.setText(self.tr("{n} seats left").format(n=seats.left))
        self.left_label.setStyleSheet(f"color: {colour if seats else style.MUTED};")
        self.bar.setStyleSheet(style.bar_style(colour))
        self.count_label.setStyleSheet(f"color: {style.RED};" if self.state == GaugeState.FULL else "")

    def text(self) -> str:
        """What the gauge says, as plain text (tests, accessibility)."""
        return f"{self.count_label.text()} · {self.left_label.text()}"
