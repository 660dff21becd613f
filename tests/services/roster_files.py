"""Builders of messy roster files like the ones offices really send."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl

HEADER = [
    "No",
    "Nama Lengkap",
    "NIK",
    "No. HP/WA",
    "L/P",
    "Nama Usaha/Koperasi",
    "Jenis (UMKM/Koperasi)",
    "Kecamatan",
]


def messy_workbook(path: Path) -> Path:
    """A title block with merged cells, the header on row 4, blank rows, a total and a signature footer."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Keterangan"
    notes["A1"] = "Daftar ini dikirim oleh Dinas Koperasi"
    ws = wb.create_sheet("Undangan Angkatan 1")
    ws["A1"] = "DAFTAR UNDANGAN SOSIALISASI JAMINAN SOSIAL KETENAGAKERJAAN"
    ws.merge_cells("A1:H1")
    ws["A2"] = "Kabupaten Sukoharjo, Februari 2021"
    ws.merge_cells("A2:H2")
    for col, text in enumerate(HEADER, 1):
        ws.cell(row=4, column=col, value=text)
    rows = [
        # row 5: NIK as a number, phone lost its leading zero (a number too), stray spaces
        [1, "  Sri   Wahyuni ", 3311014101900001, 81234500001, "P", "Batik Sekar Arum", "UMKM", "Grogol"],
        # row 6: NIK with dots and a leading apostrophe, phone with +62 and dashes
        [
            2,
            "Budi Santoso",
            "'3311.0102.0285.0002",
            "+62-812-3450-0002",
            "Laki-laki",
            "KSP Maju Bersama",
            "Koperasi",
            "kartasura",
        ],
        [None] * 8,  # row 7: blank in the middle
        # row 8: a 15-digit NIK -> rejected
        [
            3,
            "Citra Lestari",
            "331108430388003",
            "0812 3450 0003",
            "Perempuan",
            "Keripik Citra",
            "UMKM",
            "Mojolaban",
        ],
        # row 9: day 35 -> impossible birth date -> rejected
        [4, "Dodi Prasetyo", "3311013505800004", "081234500004", "L", "Bengkel Dodi", "UMKM", "Baki"],
        # row 10: the same NIK as row 5 again (typed as text with spaces) -> merged, not a second person
        [5, "Sri Wahyuni", "3311 0141 0190 0001", "", "", "Batik Sekar Arum", "", ""],
        # row 11: no NIK (warning), from a neighbouring regency's kecamatan we don't know (warning)
        [6, "Eko Saputra", "", "62 857 1111 2222", "Pria", "Warung Eko", "", "Laweyan"],
        # row 12: a name that looks like a formula, NIK from Surakarta (neighbour, normal)
        [7, "=Rahmat+1", "3372010505800005", "081234500005", "", "Toko Rahmat", "", ""],
        [None] * 8,
        ["", "JUMLAH", "", "", "", "", "", ""],  # total line
        ["", "Sukoharjo, 16 Februari 2021", "", "", "", "", "", ""],
        ["", "Mengetahui,", "", "", "", "", "", ""],
        ["", "Kepala Dinas Perdagangan, Koperasi dan UKM", "", "", "", "", "", ""],
        ["", "Drs. SUPARMAN, M.Si.", "", "", "", "", "", ""],  # a name, but in the signature block
        ["", "NIP. 19660420 199203 1 008", "", "", "", "", "", ""],
    ]
    for offset, row in enumerate(rows):
        for col, value in enumerate(row, 1):
            cell = ws.cell(row=5 + offset, column=col, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # typed as text in Excel ('=...), not a formula
    wb.save(path)
    return path


def csv_semicolon_bom(path: Path) -> Path:
    """What Excel in an Indonesian locale saves: `;`, a BOM, Windows line ends."""
    lines = [
        "Nama;NIK;No HP;Jenis Kelamin;Instansi",
        "Ani Contoh;3311014101900011;081200000011;P;Usaha Ani",
        "Bayu Contoh;3311010202850012;81200000012;L;Koperasi Bayu",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def with_exact_big_nik(path: Path, ref: str, digits: str) -> Path:
    """Rewrite one numeric cell of an xlsx so its XML holds `digits` exactly (as Excel can't, openpyxl won't)."""
    patched = path.with_name(path.stem + "-exact.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode()
                text = re.sub(rf'(<c r="{ref}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{digits}\g<2>", text)
                data = text.encode()
            dst.writestr(item, data)
    shutil.move(patched, path)
    return path
