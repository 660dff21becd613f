"""Who is signed in, in the status bar; the lock after the idle time (or Ctrl+L); switching operator.

While locked, the lock screen takes the place of the window's content, which is kept aside hidden
(no shortcut of a hidden widget fires), and the window's open dialogs are hidden too, so nobody
passing by reads or changes anything. They come back as they were when the same operator unlocks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from desktop_app.services.container import Services
from desktop_app.services.operators.security import DEFAULT_IDLE_MINUTES
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.signin import signin_messages
from desktop_app.ui.signin.idle_watcher import IdleWatcher
from desktop_app.ui.signin.lock_overlay import LockOverlay


class OperatorBadge(QWidget):
    """`Operator: Sri (Admin)` and a Lock button, at the right of the status bar."""

    def __init__(self, operator: OperatorInfo, can_lock: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(
            self.tr("Operator: {operator}").format(
                operator=signin_messages.operator_label(operator.name, operator.role)
            )
        )
        self.label.setObjectName("operatorLabel")
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the window now (Ctrl+L); your PIN opens it again"))
        self.lock_button.setFlat(True)
        self.lock_button.setVisible(can_lock)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.lock_button)


def _owned_dialogs(window: QWidget) -> list[QWidget]:
    found = []
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QDialog) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            parent = parent.parentWidget()
        if parent is window:
            found.append(widget)
    return found


class SessionGuard(QObject):
    """Guards one main window for one operator. `switch_requested(OperatorInfo)`: another signed in."""

    switch_requested = Signal(object)
    locked_changed = Signal(bool)

    def __init__(
        self, services: Services, operator: OperatorInfo, window: QMainWindow, can_lock: bool
    ) -> None:
        super().__init__(window)
        self._services = services
        self.operator = operator
        self.window = window
        self.can_lock = can_lock
        self._content: QWidget | None = None  # the window's content while the lock screen shows
        self._hidden: list[QWidget] = []
        self.badge = OperatorBadge(operator, can_lock)
        window.statusBar().addPermanentWidget(self.badge)
        self.overlay = LockOverlay(services.operators, operator, window)
        self.watcher = IdleWatcher(self._idle_minutes, parent=self)
        self.watcher.idle.connect(self.lock)
        self.badge.lock_button.clicked.connect(self.lock)
        self.overlay.unlocked.connect(self._on_unlocked)
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.activated.connect(self.lock)
        window.winId()  # the platform window exists from now on: input to it counts as activity
        self.watcher.watch(window.windowHandle())
        if can_lock:
            self.watcher.start()

    def _idle_minutes(self) -> float:
        if not self.window.isVisible():
            return math.inf  # a closed window is not locked
        try:
            return self._services.security.idle_minutes()
        except Exception:  # the database is gone or busy: lock after the default time anyway
            return DEFAULT_IDLE_MINUTES

    @property
    def locked(self) -> bool:
        """True while the lock screen is up."""
        return self._content is not None

    def lock(self) -> None:
        """Replace the window's content by the lock screen (not for an operator without a PIN)."""
        if not self.can_lock or self.locked:
            return
        self.watcher.stop()
        self._hidden = _owned_dialogs(self.window)
        for dialog in self._hidden:
            dialog.hide()
        self._content = self.window.takeCentralWidget()  # kept (and hidden) until unlocked
        self._content.hide()
        self.window.setCentralWidget(self.overlay)
        self.overlay.show()
        self.shortcut.setEnabled(False)
        self.overlay.show_unlock()
        self.locked_changed.emit(True)

    def _on_unlocked(self, operator: OperatorInfo) -> None:
        if operator.id != self.operator.id:
            self._hidden = []  # the window is rebuilt for the new operator; its dialogs go with it
            self.switch_requested.emit(operator)
            return
        overlay = self.window.takeCentralWidget()  # kept for the next lock
        overlay.hide()
        overlay.setParent(self.window)
        self.window.setCentralWidget(self._content)
        self._content.show()
        self._content = None
        self.shortcut.setEnabled(True)
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
        self.watcher.start()
        self.locked_changed.emit(False)

    def stop(self) -> None:
        """Stop watching for idleness (the window is going away)."""
        self.watcher.stop()
