"""The questions and the opening of files after an export, in one module tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_open_exported(parent: QWidget | None, title: str, text: str) -> str | None:
    """After an export: "file" to open it, "folder" to show its folder, None to close."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    open_file = box.addButton(
        QCoreApplication.translate("ReportDialogs", "Open file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("ReportDialogs", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        return "file"
    if clicked is open_folder:
        return "folder"
    return None


def open_path(path: Path) -> bool:
    """Open a file or a folder with the system's application for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
