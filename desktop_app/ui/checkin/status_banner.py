"""The strip across the desk that says what just happened, in a colour readable from a metre away."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.ui.checkin import checkin_style as style

FLASH_MS = 700


def beep() -> None:
    """The system's alert sound (a function of its own, so tests can count the beeps)."""
    QApplication.beep()


class BannerKind(StrEnum):
    """What the banner is saying."""

    IDLE = "idle"
    SUCCESS = "success"
    REFUSAL = "refusal"
    WARNING = "warning"
    INFO = "info"


_COLOURS = {
    BannerKind.IDLE: (style.MUTED, style.INFO_BG, style.INFO_BG),
    BannerKind.INFO: (style.TEAL_TEXT, style.TEAL_BG, style.TEAL_BG),
    BannerKind.SUCCESS: ("white", style.GREEN, style.GREEN_FLASH),
    BannerKind.REFUSAL: ("white", style.RED, style.RED_FLASH),
    BannerKind.WARNING: (style.AMBER, style.AMBER_BG, "#ffe29a"),
}


class StatusBanner(QLabel):
    """One sentence with a coloured background; success and refusal flash brighter for a moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.setWordWrap(True)
        self.setMinimumHeight(52)
        self.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.kind = BannerKind.IDLE
        self._calm = QTimer(self)
        self._calm.setSingleShot(True)
        self._calm.timeout.connect(lambda: self._paint(flash=False))
        self._paint(flash=False)

    def show_message(self, kind: BannerKind, text: str, *, alert: bool = False) -> None:
        """Say `text`; successes and refusals flash, refusals may also beep (`alert`)."""
        self.kind = kind
        self.setText(text)
        flash = kind in (BannerKind.SUCCESS, BannerKind.REFUSAL, BannerKind.WARNING)
        self._paint(flash=flash)
        if flash:
            self._calm.start(FLASH_MS)
        if alert:
            beep()

    def say(self, kind: str, text: str) -> None:
        """Show a message of any `BannerKind`; refusals beep."""
        self.show_message(BannerKind(kind), text, alert=kind == BannerKind.REFUSAL)

    def success(self, text: str) -> None:
        """A green message (admitted)."""
        self.show_message(BannerKind.SUCCESS, text)

    def refusal(self, text: str) -> None:
        """A red message with a beep (refused, full, already here)."""
        self.show_message(BannerKind.REFUSAL, text, alert=True)

    def warning(self, text: str) -> None:
        """An amber message (something to check, nothing refused)."""
        self.show_message(BannerKind.WARNING, text)

    def info(self, text: str) -> None:
        """A calm hint."""
        self.show_message(BannerKind.INFO, text)

    def idle(self, text: str) -> None:
        """What to do next, when nothing happened yet."""
        self.show_message(BannerKind.IDLE, text)

    def _paint(self, *, flash: bool) -> None:
        fg, bg, bright = _COLOURS[self.kind]
        size = "16pt" if self.kind in (BannerKind.SUCCESS, BannerKind.REFUSAL) else "13pt"
        weight = 700 if self.kind in (BannerKind.SUCCESS, BannerKind.REFUSAL) else 500
        self.setStyleSheet(
            f"QLabel#statusBanner {{ color: {fg}; background: {bright if flash else bg}; border-radius: 8px;"
            f" padding: 10px 16px; font-size: {size}; font-weight: {weight}; }}"
        )
