"""A second window for the projector or a screen at the door: how many seats are left, or PENUH."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.capacity import Seats
from desktop_app.services.events.service import SessionInfo
from desktop_app.ui import formatting
from desktop_app.ui.checkin import checkin_style as style
from desktop_app.ui.checkin.capacity_gauge import GaugeState, gauge_state
from desktop_app.ui.screen_fit import screen_of

BACKGROUND = "#0d2b26"
NUMBER_COLOURS = {
    GaugeState.EMPTY: "#9fb5b0",
    GaugeState.OPEN: "#5fe0a8",
    GaugeState.NEAR_FULL: "#ffb547",
    GaugeState.FULL: "#ff6b5e",
}


def door_geometry(others: Sequence[QRect], desk: QRect) -> tuple[QRect, bool]:
    """Where the door display goes, and whether full screen.

    `others` are the screens besides the desk's, `desk` the free area of the desk's screen. On a
    second screen (a projector) when there is one: all of it. Otherwise the bottom right corner
    of the desk's screen, a third of its width, so the desk stays usable beside it.
    """
    if others:
        return QRect(others[0]), True
    width = max(desk.width() // 3, 360)
    height = max(width * 5 // 8, 240)
    return QRect(desk.right() - width - 16, desk.bottom() - height - 48, width, height), False


class DoorDisplayWindow(QWidget):
    """Event, batch and venue on top, the seats left in very large type; F11 or a double-click: full screen.

    It never takes the keyboard (scans typed while it is open still reach the desk's search box);
    Esc closes it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("doorDisplay")
        self.setWindowTitle(self.tr("Hadir – door display"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#doorDisplay {{ background: {BACKGROUND}; }} QLabel {{ color: white; }}")
        self.resize(1024, 640)
        self.seats: Seats | None = None
        self._colour = NUMBER_COLOURS[GaugeState.EMPTY]

        self.title_label = QLabel()
        self.subtitle_label = QLabel()
        self.caption_label = QLabel(self.tr("SEATS LEFT"))
        self.number_label = QLabel("–")
        self.footer_label = QLabel()
        for label in (
            self.title_label,
            self.subtitle_label,
            self.caption_label,
            self.number_label,
            self.footer_label,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.title_label, self.subtitle_label, self.footer_label):
            label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addStretch(1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.number_label)
        layout.addStretch(1)
        layout.addWidget(self.footer_label)
        self._apply_sizes()

    def set_session(self, info: SessionInfo | None) -> None:
        """Show which event and batch this door is for."""
        if info is None:
            self.title_label.setText(self.tr("Hadir"))
            self.subtitle_label.setText("")
            return
        self.title_label.setText(info.event_title)
        self.subtitle_label.setText(
            " · ".join(
                [
                    self.tr("Batch {n}").format(n=info.batch),
                    info.venue,
                    formatting.day_date(info.date),
                    formatting.time_range(info.start_time, info.end_time, info.timezone),
                ]
            )
        )

    def set_seats(self, seats: Seats | None) -> None:
        """Seats left in large type, or PENUH when the session is full."""
        self.seats = seats
        state = gauge_state(seats)
        if seats is None:
            self.caption_label.setText(self.tr("SEATS LEFT"))
            self.number_label.setText("–")
            self.footer_label.setText("")
        elif seats.full:
            self.caption_label.setText(self.tr("SEATS LEFT: 0"))
            self.number_label.setText(self.tr("FULL"))
            self.footer_label.setText(self.tr("Please wait for the staff's instructions."))
        else:
            self.caption_label.setText(self.tr("SEATS LEFT"))
            self.number_label.setText(str(seats.left))
            self.footer_label.setText(
                self.tr("{share} participants present").format(
                    share=formatting.share(seats.attended, seats.capacity)
                )
            )
        self._colour = NUMBER_COLOURS[state]
        self._apply_sizes()

    def text(self) -> str:
        """Everything the display says, one line per label (tests, accessibility)."""
        labels = (
            self.title_label,
            self.subtitle_label,
            self.caption_label,
            self.number_label,
            self.footer_label,
        )
        return "\n".join(label.text() for label in labels if label.text())

    def _apply_sizes(self) -> None:
        # Type scales with the window, so the same window reads well on a laptop and on a projector.
        unit = max(self.height(), 300) / 100
        full = self.seats is not None and self.seats.full
        self.title_label.setStyleSheet(f"font-size: {int(unit * 5)}px; font-weight: 700;")
        self.subtitle_label.setStyleSheet(f"font-size: {int(unit * 3.2)}px; color: #cfe3de;")
        self.caption_label.setStyleSheet(f"font-size: {int(unit * 5)}px; font-weight: 600; color: #cfe3de;")
        number_size = int(unit * (22 if full else 34))
        self.number_label.setStyleSheet(
            f"font-size: {number_size}px; font-weight: 800; color: {self._colour};"
        )
        self.footer_label.setStyleSheet(f"font-size: {int(unit * 3.6)}px; color: {style.GREEN_BG};")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()  # Esc here closes this window; it is not the desk's "next person"
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self._toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def show_beside(self, desk_window: QWidget) -> None:
        """Show on a second screen when there is one, else in a corner; the desk keeps the keyboard."""
        desk_screen = screen_of(desk_window)
        others = [s for s in QGuiApplication.screens() if s.name() != desk_screen.name()]
        rect, full = door_geometry([s.geometry() for s in others], desk_screen.availableGeometry())
        if full:
            self.setScreen(others[0])
        self.setGeometry(rect)
        if full:
            self.showFullScreen()
        else:
            self.show()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._toggle_full_screen()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
