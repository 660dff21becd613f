"""Every message box and file dialog of the window goes through here, so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A modal error message with an optional technical detail."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A modal information message."""
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> Path | None:
    """Ask for an existing file to read."""
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> Path | None:
    """Ask where to write a file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text (a recovery key); None when cancelled."""
    text, accepted = QInputDialog.getText(parent, title, label)
    return text if accepted else None


def open_files(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> list[Path]:
    """Ask for several existing files to read (none: an empty list)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return [Path(name) for name in names]


def ask_int(parent: QWidget | None, title: str, label: str, value: int, maximum: int) -> int | None:
    """Ask for a whole number from 1 to `maximum` (None: cancelled)."""
    from PySide6.QtWidgets import QInputDialog

    number, ok = QInputDialog.getInt(parent, title, label, value, 1, maximum, 1000)
    return number if ok else None
