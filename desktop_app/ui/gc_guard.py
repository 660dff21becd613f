"""Python's cycle collector runs on the GUI thread only, on a timer.

Automatic collection starts in whichever thread happens to allocate when a threshold is passed.
When that was a background thread (a page's read on the worker pool, the daily backup), it freed
widgets and models left in reference cycles by a closed window off the GUI thread, while the GUI
thread was painting: the process died in a delegate's paint (`PlainCellDelegate.paint`, seen in
the UI suite, and after a zero-timer page build last session). Collection is switched off and
run here instead, from the GUI thread's event loop, as pyqtgraph's GarbageCollector does.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GcGuard(QObject):
    """Collects on the GUI thread every `interval_ms`, the generations whose counts are due."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect as the automatic collector would have, from here."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def install(app: QObject) -> GcGuard:
    """Switch automatic collection off and collect from `app`'s thread (once per application)."""
    found = app.findChild(GcGuard)
    if not isinstance(found, GcGuard):
        return GcGuard(app)
    gc.disable()
    found.timer.start()
    return found


def collect_here() -> None:
    """Collect every generation now, on the calling (GUI) thread; automatic collection stays off.

    Tests call this at each test's end. Switching automatic collection back on between two tests
    let a background thread left by an earlier test (housekeeping, a server's pool, zeroconf)
    collect a closed window's widgets off the GUI thread while pytest-qt processed events: the
    heap was corrupted and a later test died inside a Qt constructor.
    """
    gc.collect()
