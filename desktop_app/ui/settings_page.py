"""Pengaturan: the window's language and where the data lives; business settings come later."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import AppPaths
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.i18n import current_language

# Each language is named in itself, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _path_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """Language (applied at once by re-creating the window) and the data files in use."""

    def __init__(
        self,
        paths: AppPaths,
        settings: AppSettings,
        request_language: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._request_language = request_language
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")

        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        language_box = QGroupBox(self.tr("Language"))
        language_layout = QVBoxLayout(language_box)
        language_layout.addLayout(row)
        note = self.tr("The window switches to the chosen language at once; your work stays as it is.")
        if os.environ.get("HADIR_LANG"):
            note += " " + self.tr("(HADIR_LANG is set and decides the language at the next start.)")
        self.language_note = QLabel(note)
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        language_layout.addWidget(self.language_note)

        data_box = QGroupBox(self.tr("Data"))
        form = QFormLayout(data_box)
        self.db_label = _path_label(str(self._paths.db_path))
        self.data_dir_label = _path_label(str(self._paths.data_dir))
        self.backup_dir_label = _path_label(str(self._paths.backup_dir))
        form.addRow(self.tr("Database file"), self.db_label)
        form.addRow(self.tr("Data folder"), self.data_dir_label)
        form.addRow(self.tr("Backups"), self.backup_dir_label)
        mode = (
            self.tr("Portable (data next to the application)")
            if self._paths.portable
            else self.tr("Per user")
        )
        form.addRow(self.tr("Mode"), QLabel(mode))
        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_folder_button)
        button_row.addStretch(1)
        form.addRow("", button_row)

        later_box = QGroupBox(self.tr("Coming later"))
        later_layout = QVBoxLayout(later_box)
        self.later_label = QLabel(
            self.tr(
                "The organiser and letterhead, signatories, certificate text and numbering, health screening "
                "defaults, operators with PINs and data retention will be set here in later versions."
            )
        )
        self.later_label.setWordWrap(True)
        self.later_label.setObjectName("muted")
        later_layout.addWidget(self.later_label)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(language_box)
        column.addWidget(data_box)
        column.addWidget(later_box)
        column.addStretch(1)
        card = QWidget()
        card.setMaximumWidth(820)
        card.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(card, 1)
        outer.addStretch(0)

    def _connect_signals(self) -> None:
        self.language_combo.currentIndexChanged.connect(self._on_language_picked)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)

    def chosen_language(self) -> str:
        """The language selected in the combo box."""
        return str(self.language_combo.currentData())

    def _on_language_picked(self) -> None:
        self.apply_button.setEnabled(self.chosen_language() != current_language())

    def _on_apply_clicked(self) -> None:
        self._settings.language = self.chosen_language()
        self._request_language(self.chosen_language())

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))
