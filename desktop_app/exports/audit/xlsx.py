"""The audit log as a workbook: one row per entry, every text a literal text cell.

Plain rows and labels in, a file out. Texts never become formulas or numbers, whatever they start
with (`=`, `+`, `@`, digits), so a name typed as `=HYPERLINK(...)` stays harmless in Excel.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from desktop_app.exports.attendance.xlsx_styles import clean_text
from desktop_app.exports.audit.rows import AuditExportRow, AuditLabels
from desktop_app.exports.files import Progress, atomic_target

__all__ = ["AuditExportRow", "AuditLabels", "write_audit_workbook"]

WIDTHS = (20, 22, 22, 16, 10, 30, 80)


def _text(ws, value: str, font: Font | None = None) -> WriteOnlyCell:  # type: ignore[no-untyped-def]
    cell = WriteOnlyCell(ws, value=clean_text(value) or None)
    if cell.value is not None:
        cell.data_type = "s"  # openpyxl would make "=…" a formula
    cell.number_format = "@"
    if font is not None:
        cell.font = font
    return cell


def write_audit_workbook(
    path: Path,
    rows: Iterable[AuditExportRow],
    total: int,
    labels: AuditLabels | None = None,
    progress: Progress | None = None,
) -> int:
    """Write `rows` (there are `total` of them, for progress) to `path`; return how many were written."""
    labels = labels or AuditLabels()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(labels.sheet[:31] or "Log")
    for index, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    ws.freeze_panes = "A4"
    bold = Font(bold=True)
    ws.append([_text(ws, labels.title, Font(bold=True, size=13))])
    ws.append([_text(ws, labels.period)])
    head_fill = PatternFill("solid", fgColor="E3EFEC")
    header = []
    for text in labels.headers:
        cell = _text(ws, text, bold)
        cell.fill = head_fill
        header.append(cell)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    written = 0
    if progress:
        progress(0, total)
    for row in rows:
        when = WriteOnlyCell(ws, value=row.at.replace(tzinfo=None))
        when.number_format = labels.time_format
        ident = WriteOnlyCell(ws, value=row.entity_id)
        details = _text(ws, row.details)
        details.alignment = wrap
        ws.append(
            [
                when,
                _text(ws, row.operator),
                _text(ws, row.action),
                _text(ws, row.entity),
                ident,
                _text(ws, row.subject),
                details,
            ]
        )
        written += 1
        if progress and written % 500 == 0:
            progress(written, total)
    ws.auto_filter.ref = f"A3:G{max(written + 3, 4)}"
    with atomic_target(path) as partial:
        wb.save(partial)
    if progress:
        progress(written, max(total, written))
    return written
