"""Ctrl+1 … Ctrl+9 switch the window's pages, in the order of the navigation (the number is shown there)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QWidget


def install_page_keys(window: QWidget, navigation: QListWidget, go: Callable[[int], None]) -> None:
    """One Ctrl+N shortcut per navigation entry (at most nine), and the key in each entry's tooltip."""
    for row in range(min(navigation.count(), 9)):
        keys = QKeySequence(f"Ctrl+{row + 1}")
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda row=row: go(row))
        item = navigation.item(row)
        item.setToolTip(f"{item.text()}  ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
