"""Sizes that fit the laptop's screen: a 1366×768 screen with a panel leaves about 1366×728."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # what a window manager adds above the window's own area


def first_size(wanted: QSize, available: QSize) -> QSize:
    """`wanted`, made no larger than the free screen area less the title bar."""
    return wanted.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen `widget` (or the window it belongs to) is on, or the primary one.

    Asked through QGuiApplication, never `widget.screen()`: PySide ties the QScreen it returns
    from a method of a Python-made widget to that widget, and when the widget was collected the
    screen itself was deleted; the next top-level widget made died in QScreen::virtualSiblings
    (the UI suite: the import dialog opened and closed, then any new dialog).
    """
    anchor = widget.parentWidget() or widget
    found = QGuiApplication.screenAt(anchor.mapToGlobal(anchor.rect().center()))
    return found or QGuiApplication.primaryScreen()


def free_area(widget: QWidget) -> QSize:
    """The free area of the screen `widget` is on (see `screen_of`)."""
    screen = screen_of(widget)
    return screen.availableSize() if screen is not None else QSize(1366, 728)
