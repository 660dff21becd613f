"""Pengaturan: the window's language, operators and security (admins), and where the data lives."""

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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import NotFound
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.backup_box import BackupBox
from desktop_app.ui.document_settings.document_settings_dialog import DocumentSettingsDialog
from desktop_app.ui.i18n import current_language
from desktop_app.ui.merge.merge_box import MergeBox
from desktop_app.ui.network.network_box import NetworkBox
from desktop_app.ui.signin.operators_box import OperatorsBox
from desktop_app.ui.signin.security_box import SecurityBox

# Each language is named in itself, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _path_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """Language (applied at once by re-creating the window), operators, security and the data files.

    With `services`, the operators and security settings are shown (changed by admins only).
    """

    def __init__(
        self,
        paths: AppPaths,
        settings: AppSettings,
        request_language: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        services: Services | None = None,
        operator_id: int | None = None,
        request_sign_in: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._request_language = request_language
        self._services = services
        self._request_sign_in = request_sign_in or (lambda: None)
        self._operator = self._find_operator(operator_id)
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
        self.db_label = _path_label(self._paths.db_label)
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

        later_box = QGroupBox(self.tr("Elsewhere and later"))
        later_layout = QVBoxLayout(later_box)
        self.later_label = QLabel(
            self.tr(
                "The letterhead and signatories are set under Reports & Export, the certificate text and "
                "numbering under Certificates. Health screening defaults will be set here in a later version."
            )
        )
        self.later_label.setWordWrap(True)
        self.later_label.setObjectName("muted")
        later_layout.addWidget(self.later_label)
        self.documents_button: QPushButton | None = None
        documents_box: QGroupBox | None = None
        if self._services is not None:
            self.documents_button = QPushButton(self.tr("Document settings…"))
            what = self.tr(
                "Laporan kegiatan (basis, purpose, speakers), invitations (venue address, contact, "
                "health line), transport money (treasurer, usual amount) and the BPJS follow-up"
            )
            self.documents_button.setToolTip(what)
            self.documents_button.clicked.connect(self.open_document_settings)
            documents_box = QGroupBox(self.tr("Documents"))
            documents_row = QHBoxLayout(documents_box)
            documents_row.addWidget(self.documents_button)
            documents_note = QLabel(what)
            documents_note.setObjectName("muted")
            documents_note.setWordWrap(True)
            documents_row.addWidget(documents_note, 1)
        self.document_dialog: DocumentSettingsDialog | None = None

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(language_box)
        if documents_box is not None:
            column.addWidget(documents_box)
        self.operators_box: OperatorsBox | None = None
        self.security_box: SecurityBox | None = None
        self.backup_box: BackupBox | None = None
        self.merge_box: MergeBox | None = None
        if self._services is not None:
            self.operators_box = OperatorsBox(self._services, self._operator)
            self.security_box = SecurityBox(self._services, self._operator)
            column.addWidget(self.operators_box)
            column.addWidget(self.security_box)
        column.addWidget(data_box)
        self.network_box: NetworkBox | None = None
        if self._services is not None:
            self.network_box = NetworkBox(self._paths, self._operator)
            column.addWidget(self.network_box)
            self.backup_box = BackupBox(self._services, self._operator)
            self.backup_box.restored.connect(lambda: self._request_sign_in())
            column.addWidget(self.backup_box)
            self.merge_box = MergeBox(self._services, self._operator)
            column.addWidget(self.merge_box)
        column.addWidget(later_box)
        column.addStretch(1)
        card = QWidget()
        card.setMaximumWidth(820)
        card.setLayout(column)
        body = QWidget()
        body.setObjectName("settingsBody")
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 16)
        body_layout.addWidget(card, 1)
        body_layout.addStretch(0)
        scroll = QScrollArea()  # operators and security make the page taller than a laptop screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QWidget#settingsBody { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _find_operator(self, operator_id: int | None) -> OperatorInfo | None:
        if self._services is None or operator_id is None:
            return None
        try:
            return self._services.operators.get(operator_id)
        except NotFound:
            return None

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

    def open_document_settings(self) -> None:
        """Open *Pengaturan dokumen* (window-modal; read-only for operators who are not admins)."""
        if self._services is None:
            return
        dialog = DocumentSettingsDialog(self._services, self._operator.id if self._operator else None, self)
        self.document_dialog = dialog

        def done(_result: int) -> None:
            self.document_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))
