"""What the audit workbook is made of: its rows and its labels (no openpyxl, so readers stay light)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AuditExportRow:
    """One entry as the reader sees it: local time, and labels already in the office's language."""

    at: datetime  # local wall-clock time, naive (Excel has no time zones)
    operator: str
    action: str
    entity: str
    entity_id: int | None
    subject: str
    details: str


@dataclass(frozen=True)
class AuditLabels:
    """The sheet's title, the header row and the note under the title."""

    sheet: str = "Log Audit"
    title: str = "Log Audit Hadir"
    period: str = ""
    headers: tuple[str, ...] = ("Waktu", "Petugas", "Tindakan", "Data", "ID", "Tentang", "Rincian")
    time_format: str = "dd/mm/yyyy hh:mm:ss"
