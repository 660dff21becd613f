"""The BPU registration sheet: one row per consenting, interested person, in the branch's columns.

The branch (or a PERISAI agent) registers people from it without retyping: NIK and phone are text
cells, the birth date a real date. Headers come from a setting, in the order given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from desktop_app.exports.bpjs.followup_xlsx import text_cell
from desktop_app.exports.files import atomic_target

DATE_FORMAT = "dd/mm/yyyy"


def write_registration_workbook(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[str | date | None]],
    sheet: str = "Pendaftaran BPU",
) -> Path:
    """Write `rows` (values in the order of `headers`; dates become date cells, the rest text)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="D9E2E0")
    for col, text in enumerate(headers, 1):
        cell = text_cell(ws, 1, col, text)
        cell.font, cell.fill = bold, fill
        ws.column_dimensions[cell.column_letter].width = max(12, min(len(text) + 6, 40))
    for r, values in enumerate(rows, 2):
        for col, value in enumerate(values, 1):
            if isinstance(value, date):
                cell = ws.cell(row=r, column=col, value=value)
                cell.number_format = DATE_FORMAT
            else:
                text_cell(ws, r, col, value or "")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = (
        f"A1:{ws.cell(row=1, column=max(len(headers), 1)).column_letter}{max(len(rows) + 1, 2)}"
    )
    with atomic_target(path) as partial:
        wb.save(partial)
    return path
