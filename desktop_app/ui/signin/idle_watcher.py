"""Notices when nobody has touched the keyboard or mouse for the configured time.

Input reaches a top-level window's `QWindow` before any widget, so a filter on each window the
user focuses (the main window, then any dialog) sees every key press and mouse move. A filter on
the whole QApplication would see far more events, including those of objects being destroyed,
which PySide cannot always hand to Python safely. A slow timer compares the last input with the
idle time, read from the settings at each tick so a change applies without a restart.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
TICK_MS = 15_000


class IdleWatcher(QObject):
    """Emits `idle` once input has been quiet for `minutes()`; `start()` again after unlocking."""

    idle = Signal()

    def __init__(
        self,
        minutes: Callable[[], float],
        tick_ms: int = TICK_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self.clock = clock  # tests move time by replacing it
        self._last = clock()
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)

    @property
    def running(self) -> bool:
        """True between `start()` and `stop()`."""
        return self._watching

    def watch(self, window: QWindow | None) -> None:
        """Count input in this top-level window as activity."""
        if window is not None:
            window.installEventFilter(self)  # installing twice keeps one filter

    def _on_focus_window(self, window: QWindow | None) -> None:
        self.watch(window)  # a dialog the user works in counts too

    def start(self) -> None:
        """Count from now."""
        self._watching = True
        self._last = self.clock()
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (while the window is locked, or for good)."""
        self._watching = False
        self.timer.stop()

    def idle_seconds(self) -> float:
        """Seconds since the last key press, click or mouse move."""
        return self.clock() - self._last

    def check(self) -> None:
        """Emit `idle` (and stop) when the quiet time has reached the setting."""
        if self._watching and self.idle_seconds() >= self._minutes() * 60:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = self.clock()
        return False
