"""The follow-up list: attendees not yet registered with BPJS Ketenagakerjaan, whom to call and how.

A phone is shown in full only for people who consented to sharing with BPJS; the others' phones
are masked and carry no link, and the file says how many those are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exports.attendance.xlsx_styles import clean_text
from desktop_app.exports.files import atomic_target


@dataclass(frozen=True)
class FollowupRow:
    """One person to follow up, with values already as the file shows them."""

    name: str
    nik_masked: str
    phone: str  # full local (0812-…) with consent, masked without, '' when unknown
    consent: bool
    organization: str
    session: str  # "Angkatan 2 — 16/02/2021"
    interested: bool
    wa_link: str  # '' without consent or phone


@dataclass(frozen=True)
class FollowupLabels:
    """Texts of the workbook (Indonesian by default)."""

    sheet: str = "Tindak Lanjut"
    title: str = "DAFTAR TINDAK LANJUT KEPESERTAAN BPJS KETENAGAKERJAAN"
    headers: tuple[str, ...] = (
        "No",
        "Nama",
        "NIK",
        "No. HP",
        "Persetujuan Berbagi Data",
        "Lembaga/Usaha",
        "Angkatan",
        "Tertarik BPU",
        "Link WhatsApp",
    )
    yes: str = "Ya"
    no: str = "Tidak"
    withheld: str = (
        "{count} peserta belum menyetujui berbagi data dengan BPJS: nomor HP disamarkan, tanpa link."
    )
    total: str = "Jumlah peserta belum terdaftar: {count}"


def text_cell(ws: Worksheet, row: int, col: int, value: str):  # type: ignore[no-untyped-def]
    """A cell holding `value` as text whatever it looks like (`=x` stays text, a NIK keeps its digits)."""
    cell = ws.cell(row=row, column=col)
    if value:
        cell.value = clean_text(value)
        cell.data_type = "s"  # never a formula, never a number
    cell.number_format = "@"
    return cell


def write_followup_workbook(
    path: Path,
    subtitle_lines: Sequence[str],
    rows: Sequence[FollowupRow],
    labels: FollowupLabels | None = None,
) -> Path:
    """Write the list: title, event lines, the counts, then the table (frozen header, filters)."""
    labels = labels or FollowupLabels()
    wb = Workbook()
    ws = wb.active
    ws.title = labels.sheet[:31]
    text_cell(ws, 1, 1, labels.title).font = Font(bold=True, size=13)
    line = 2
    for text in subtitle_lines:
        text_cell(ws, line, 1, text)
        line += 1
    text_cell(ws, line, 1, labels.total.format(count=len(rows)))
    withheld = sum(1 for r in rows if not r.consent)
    text_cell(ws, line + 1, 1, labels.withheld.format(count=withheld)).font = Font(italic=True)
    header = line + 3
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="D9E2E0")
    for col, text in enumerate(labels.headers, 1):
        cell = text_cell(ws, header, col, text)
        cell.font, cell.fill = bold, fill
    link_font = Font(color="0563C1", underline="single")
    for number, row in enumerate(rows, 1):
        r = header + number
        ws.cell(row=r, column=1, value=number)
        values = (
            row.name,
            row.nik_masked,
            row.phone,
            labels.yes if row.consent else labels.no,
            row.organization,
            row.session,
            labels.yes if row.interested else labels.no,
        )
        for col, value in enumerate(values, 2):
            text_cell(ws, r, col, value)
        link = text_cell(ws, r, 9, row.wa_link)
        if row.wa_link:
            link.hyperlink = row.wa_link
            link.font = link_font
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    ws.auto_filter.ref = f"A{header}:I{header + max(len(rows), 1)}"
    for letter, width in zip("ABCDEFGHI", (5, 28, 20, 16, 12, 30, 24, 10, 60), strict=True):
        ws.column_dimensions[letter].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    with atomic_target(path) as partial:
        wb.save(partial)
    return path
