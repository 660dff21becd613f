"""The rejects workbook: each refused row as it was, with its row number and the reasons.

The office fixes the rows in this file and imports it again, so the original columns come
first, under the original headers; every cell is text (a NIK stays 16 digits, `=x` stays text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from desktop_app.exports.files import atomic_target


@dataclass(frozen=True)
class RejectsLabels:
    """Headers of the two added columns, and the sheet's title (in the office's language)."""

    sheet: str = "Ditolak"
    row: str = "Baris"
    reasons: str = "Alasan"


def write_text_cell(ws, row: int, col: int, value: str):  # type: ignore[no-untyped-def]
    """A cell that holds `value` as text whatever it looks like (never a formula or a number)."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type = "s"
    cell.number_format = "@"
    return cell


def write_rejects(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str], Sequence[str]]],
    labels: RejectsLabels | None = None,
) -> Path:
    """Write `rows` of (row number, cells, reason sentences) under `headers`."""
    labels = labels or RejectsLabels()
    wb = Workbook()
    ws = wb.active
    ws.title = labels.sheet
    head = [*headers, labels.row, labels.reasons]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="FDE2E1")
    for col, text in enumerate(head, 1):
        write_text_cell(ws, 1, col, text).font = bold
    width = len(headers)
    for r, (number, cells, reasons) in enumerate(rows, 2):
        for col in range(width):
            write_text_cell(ws, r, col + 1, cells[col] if col < len(cells) else "")
        ws.cell(row=r, column=width + 1, value=number)
        reason = write_text_cell(ws, r, width + 2, "; ".join(reasons))
        reason.fill = fill
        reason.alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "A2"
    for col in range(1, width + 1):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 18
    ws.column_dimensions[ws.cell(row=1, column=width + 2).column_letter].width = 60
    with atomic_target(path) as partial:
        wb.save(partial)
    return path
