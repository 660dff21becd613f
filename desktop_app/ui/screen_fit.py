"""Sizes that fit the laptop's screen: a 1366×768 screen with a panel leaves about 1366×728."""

from __future__ import annotations

from PySide6.QtCore import QSize

TITLE_BAR = 32  # what a window manager adds above the window's own area


def first_size(wanted: QSize, available: QSize) -> QSize:
    """`wanted`, made no larger than the free screen area less the title bar."""
    return wanted.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))
