"""The contact-tracing workbook a health office asks for when a participant later tests positive.

Columns follow the close-contact forms health offices use (name, sex, age, phone, address, desa,
kecamatan, exposure date), then what the desk recorded (arrival, temperature, mask, symptoms).
Phones are printed in full here (the one document that needs them); every text is a text cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop_app.exports.attendance.xlsx_styles import clean_text
from desktop_app.exports.files import atomic_target

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
# Wide enough that a cell needs no second line (a row without a set height would overprint it).
WIDTHS = (5, 30, 11, 7, 16, 34, 18, 16, 12, 8, 8, 9, 28, 34, 19)


@dataclass(frozen=True)
class ContactRow:
    """One person who was in the room, as the form lists them."""

    name: str
    sex: str | None  # "L" / "P"
    age: int | None
    phone: str  # full, local form (0812-3456-7890): the health office calls it
    address: str | None
    desa: str | None
    kecamatan: str | None
    exposure_date: date
    arrived_at: datetime  # local wall-clock time, naive
    temperature: float | None
    mask: str  # "Ya" / "Tidak" / "" (not recorded or purged)
    symptoms: str
    organization: str | None
    nik: str  # masked


@dataclass(frozen=True)
class ContactLabels:
    """The sheet's words in the document's language."""

    sheet: str = "Kontak Erat"
    title: str = "DAFTAR KONTAK ERAT PESERTA KEGIATAN"
    headers: tuple[str, ...] = (
        "No",
        "Nama",
        "Jenis Kelamin",
        "Umur",
        "No. HP",
        "Alamat",
        "Desa/Kelurahan",
        "Kecamatan",
        "Tanggal Paparan",
        "Jam Hadir",
        "Suhu (°C)",
        "Masker",
        "Gejala saat skrining",
        "Lembaga/Usaha",
        "NIK",
    )
    note: str = "Data pribadi: hanya untuk penelusuran kontak oleh petugas kesehatan."


def _text(ws, row: int, col: int, value: str | None) -> None:  # type: ignore[no-untyped-def]
    cell = ws.cell(row=row, column=col)
    text = clean_text(value or "")
    if text:
        cell.value = text
        cell.data_type = "s"  # openpyxl would make "=…" a formula
    cell.number_format = "@"


def write_contacts_workbook(
    path: Path,
    rows: Sequence[ContactRow],
    subtitle: Sequence[str],
    labels: ContactLabels | None = None,
) -> Path:
    """Write the close-contact list atomically; return the path."""
    labels = labels or ContactLabels()
    wb = Workbook()
    ws = wb.active
    ws.title = labels.sheet
    ws.cell(row=1, column=1, value=labels.title).font = Font(bold=True, size=13)
    line = 2
    for text in subtitle:
        _text(ws, line, 1, text)
        line += 1
    _text(ws, line, 1, labels.note)
    ws.cell(row=line, column=1).font = Font(italic=True, size=9)
    head = line + 2
    ws.row_dimensions[head].height = 32  # two lines of header text
    for col, title in enumerate(labels.headers, start=1):
        cell = ws.cell(row=head, column=col, value=title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E2E0")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = GRID
    for i, r in enumerate(rows, start=1):
        at = head + i
        ws.cell(row=at, column=1, value=i)
        _text(ws, at, 2, r.name)
        _text(ws, at, 3, r.sex)
        ws.cell(row=at, column=4, value=r.age)
        _text(ws, at, 5, r.phone)
        _text(ws, at, 6, r.address)
        _text(ws, at, 7, r.desa)
        _text(ws, at, 8, r.kecamatan)
        ws.cell(row=at, column=9, value=r.exposure_date).number_format = "dd/mm/yyyy"
        ws.cell(row=at, column=10, value=r.arrived_at.time()).number_format = 'hh"."mm'
        if r.temperature is not None:
            ws.cell(row=at, column=11, value=r.temperature).number_format = "0.0"
        _text(ws, at, 12, r.mask)
        _text(ws, at, 13, r.symptoms)
        _text(ws, at, 14, r.organization)
        _text(ws, at, 15, r.nik)
        for col in range(1, len(labels.headers) + 1):
            ws.cell(row=at, column=col).border = GRID
            ws.cell(row=at, column=col).alignment = Alignment(vertical="center", shrink_to_fit=True)
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=head + 1, column=1)
    ws.print_title_rows = f"{head}:{head}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_target(path) as temp:
        wb.save(temp)
    return path
