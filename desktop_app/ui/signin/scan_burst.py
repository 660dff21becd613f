"""Telling a barcode scanner from a person at a PIN field.

A USB scanner is a keyboard that types a whole code in a few milliseconds and presses Enter. At
the lock screen such a burst is not a PIN attempt: counting it would lock the operator out after
five scans. A burst is keys arriving faster than anyone types (under `BURST_GAP_S` apart) that are
not digits only, or more digits than a PIN has.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from desktop_app.core.pin import PIN_MAX

BURST_GAP_S = 0.035  # scanners type a key every 1–20 ms; people, even fast, every 80 ms or more
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanBurstFilter(QObject):
    """Watches a PIN field's keys; on Enter after a scanner's burst emits `scanned` and eats the Enter.

    Signals:
        scanned(): a scan arrived instead of a PIN (the field is cleared, no attempt is made).
    """

    scanned = Signal()

    def __init__(self, edit: QLineEdit, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(edit)
        self._edit = edit
        self._clock = clock
        self._typed = ""  # every printable key since the last Enter, also those the validator drops
        self._fast = True  # all gaps so far were a scanner's
        self._last = 0.0
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        if event.key() in ENTER_KEYS:
            burst = self._is_burst()
            self._typed, self._fast = "", True
            if burst:
                self._edit.clear()
                self.scanned.emit()
                return True
            return False
        text = event.text()
        if text and text.isprintable():
            if self._typed and now - self._last > BURST_GAP_S:
                self._fast = False
            self._typed += text
            self._last = now
        return False

    def _is_burst(self) -> bool:
        if len(self._typed) < 2 or not self._fast:
            return False
        return not self._typed.isdigit() or len(self._typed) > PIN_MAX
