"""Walking every page and dialog of the window: what each says, and whether it fits the screen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

SCREENS = {"1366x768": QRect(0, 0, 1366, 768), "1280x720": QRect(0, 0, 1280, 720)}
TASKBAR = 40  # the screen's panel takes this much; a window must fit in the rest


def available(screen: QRect) -> QRect:
    """What a window may take of `screen`: all but the panel."""
    return screen.adjusted(0, 0, 0, -TASKBAR)


# Words of Qt's own widgets (buttons, the file dialog, menus) that must not show in Indonesian.
QT_ENGLISH = (
    "Cancel", "Save", "Close", "Open", "Apply", "Discard", "Yes", "Help", "Reset", "Restore Defaults",
    "Look in", "File name", "Files of type", "Override", "Abort", "Retry", "Ignore", "Show Details",
    "Select All", "Undo", "Redo", "Copy", "Paste", "Delete", "Back", "Forward", "Detail View", "List View",
    "Date Modified", "Parent Directory", "Create New Folder", "All Files", "Directory", "Choose",
)  # fmt: skip
WORD = re.compile(r"\b(" + "|".join(re.escape(w) for w in QT_ENGLISH) + r")\b")
TAG = re.compile(r"<[^>]+>")


def texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a person can see in `root` (and its children), with the widget saying it."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.isWindow():
            yield w, w.windowTitle()
        if isinstance(w, QLabel):
            yield w, TAG.sub(" ", w.text())
        elif isinstance(w, QAbstractButton):
            yield w, w.text()
        elif isinstance(w, QLineEdit):
            yield w, w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield w, QGroupBox.title(w)  # a subclass may have a field named `title`
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w, w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, w.itemText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, no header
                columns = 0
            for c in range(columns):
                yield w, str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if w.toolTip():
            yield w, TAG.sub(" ", w.toolTip())


def english_words(root: QWidget) -> list[str]:
    """`Widget: text` for every text that holds one of Qt's English words."""
    found = []
    for w, text in texts(root):
        clean = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        match = WORD.search(clean)
        if match:
            found.append(f"{type(w).__name__} {w.objectName()!r}: {clean!r}")
    return found


@dataclass
class Clip:
    widget: str
    problem: str


def clipped(root: QWidget, screen: QRect) -> list[Clip]:
    """Widgets of `root` cut off: outside the screen, or narrower than their one-line text needs."""
    problems = []
    if root.width() > screen.width() or root.height() > screen.height():
        problems.append(Clip(type(root).__name__, f"{root.size()} is larger than the screen {screen.size()}"))
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.isWindow():
            continue
        name = f"{type(w).__name__} {w.objectName()!r}"
        rect = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
        if w.width() > 0 and not QRect(QPoint(0, 0), root.size()).adjusted(-1, -1, 1, 1).contains(rect):
            if _inside_scroll_area(w, root):
                continue
            problems.append(Clip(name, f"{rect} outside the window {root.size()}"))
        if isinstance(w, QAbstractButton) and w.text() and w.width() < w.minimumSizeHint().width() - 2:
            problems.append(
                Clip(name, f"{w.text()!r} needs {w.minimumSizeHint().width()} px, has {w.width()}")
            )
        if isinstance(w, QAbstractButton) and w.text() and w.height() < w.minimumSizeHint().height() - 2:
            need = w.minimumSizeHint().height()
            problems.append(Clip(name, f"{w.text()!r} squashed to {w.height()} px of {need}"))
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and not TAG.search(w.text()):
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 2 * w.margin()
            if w.width() + 2 < need and w.pixmap().isNull():
                problems.append(Clip(name, f"{w.text()!r} needs {need} px, has {w.width()}"))
    return problems


def _inside_scroll_area(w: QWidget, root: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def dialog_problems(qtbot, dialog: QWidget, screen: QRect) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Show `dialog` on `screen` as a window manager would (no larger than the screen, at its corner):
    what does not fit, and which of Qt's English words it says."""
    dialog.show()
    qtbot.waitExposed(dialog)
    name = type(dialog).__name__
    problems = []
    # A dialog that sets its own size (resize, bounded to the screen) is not opened at its size hint.
    sized = dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)
    hint = dialog.minimumSizeHint() if sized else dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    if hint.height() > screen.height() or dialog.minimumSizeHint().width() > screen.width():
        problems.append(f"{name}: needs {hint.width()}×{hint.height()}, the screen has {screen.size()}")
    dialog.resize(dialog.size().boundedTo(screen.size()))
    dialog.move(screen.topLeft())
    problems += [f"{name}: {c.widget}: {c.problem}" for c in clipped(dialog, screen)]
    english = [f"{name}: {w}" for w in english_words(dialog)]
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.isHidden() and not button.isVisibleTo(dialog):  # cut off, not hidden on purpose
                problems.append(f"{name}: button {button.text()!r} hidden")
    return problems, english


Build = Callable[[object], QWidget]
