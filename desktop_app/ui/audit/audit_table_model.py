"""The audit log's table: one row per frozen `AuditRow`, times in the office's zone."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.core.timezones import DEFAULT_ZONE, to_local
from desktop_app.services.audit_log.service import AuditRow
from desktop_app.ui.audit.audit_details import details_words
from desktop_app.ui.audit.audit_labels import NOTABLE_ACTIONS, action_name, entity_name, local_timestamp
from desktop_app.ui.row_table_model import ROW_ROLE, Index, RowTableModel

NOTABLE_COLOUR = QColor("#a3321f")


class AuditColumn(IntEnum):
    """The columns, in order."""

    TIME = 0
    OPERATOR = 1
    ACTION = 2
    RECORD = 3
    SUBJECT = 4
    DETAILS = 5


class AuditTableModel(RowTableModel[AuditRow]):
    """One page of the audit log, newest first (the service filters and pages)."""

    columns = AuditColumn

    def __init__(self, zone: str = DEFAULT_ZONE, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            AuditColumn.TIME: self.tr("Time"),
            AuditColumn.OPERATOR: self.tr("Operator"),
            AuditColumn.ACTION: self.tr("Action"),
            AuditColumn.RECORD: self.tr("Record"),
            AuditColumn.SUBJECT: self.tr("About"),
            AuditColumn.DETAILS: self.tr("Details"),
        }[AuditColumn(section)]

    def _text(self, row: AuditRow, column: AuditColumn) -> str:
        if column == AuditColumn.TIME:
            return local_timestamp(to_local(row.at, self._zone))
        if column == AuditColumn.OPERATOR:
            return row.operator or "—"
        if column == AuditColumn.ACTION:
            return action_name(row.action)
        if column == AuditColumn.RECORD:
            kind = entity_name(row.entity)
            return f"{kind} #{row.entity_id}" if row.entity_id is not None else kind
        if column == AuditColumn.SUBJECT:
            return row.subject or ""
        return details_words(row.raw_details) if row.raw_details is not None else row.details

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == AuditColumn.DETAILS and row.details:
            return self._text(row, column).replace(" · ", "\n")
        if role == Qt.ItemDataRole.ForegroundRole and column == AuditColumn.ACTION:
            return NOTABLE_COLOUR if row.action in NOTABLE_ACTIONS else None
        if role == ROW_ROLE:
            return row
        return None
