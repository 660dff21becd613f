"""The attendance workbook as the district office opens it: text stays text, print-ready, right numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from report_dataset import BIG_NIK, FORMULA_NAME
from xlsx_reading import find_row, sheet_xml

from desktop_app.core.errors import Cancelled


def export(services, known, tmp_path: Path, name: str = "hadir.xlsx", **kw) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    admin = services.operators.local_admin()  # full NIKs are for admins only
    services.reports.export_session(known.session_id, path, operator_id=admin.id, **kw)
    return path


def table(path: Path, sheet: str = "Angkatan 1") -> tuple[list[str], list[dict[str, object]], int]:
    """Header, rows as dicts (by header) and the header's 1-based row number, read with openpyxl."""
    ws = openpyxl.load_workbook(path)[sheet]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    at = find_row(rows, "No")
    header = rows[at]
    body = []
    for row in rows[at + 1 :]:
        if not isinstance(row[0], int):
            break
        body.append(dict(zip(header, row, strict=True)))
    return header, body, at + 1


def test_text_stays_text_in_openpyxl(services, known, tmp_path) -> None:
    path = export(services, known, tmp_path, full_nik=True)
    header, rows, header_row = table(path)

    assert header == [
        "No", "Nama", "NIK", "Jenis Kelamin", "Lembaga/Usaha", "Jenis", "Kecamatan",
        "No. HP", "No. KPJ", "Jam Hadir", "Suhu (°C)", "Keterangan",
    ]  # fmt: skip
    assert [r["Nama"] for r in rows] == list(known.admitted_names)
    by_name = {r["Nama"]: r for r in rows}
    assert by_name[FORMULA_NAME]["NIK"] == "3311010202850002"
    assert by_name["Fajar Ningsih"]["NIK"] == BIG_NIK  # above 2^53, every digit kept
    assert by_name["Fajar Ningsih"]["Lembaga/Usaha"] == "-Koperasi Maju"
    assert by_name[FORMULA_NAME]["Lembaga/Usaha"] == "@Warung Kopi"
    assert by_name["Sri Wahyuni"]["No. HP"] == "0812-0000-0011"
    assert by_name["Sri Wahyuni"]["No. KPJ"] == "21012345678"
    assert by_name["Fajar Ningsih"]["Keterangan"] == "Tanpa undangan"
    assert by_name["Sri Wahyuni"]["Jenis"] == "UMKM" and by_name["Eko Nugroho"]["Jenis"] == "Koperasi"

    ws = openpyxl.load_workbook(path)["Angkatan 1"]
    nik_col, phone_col, name_col = (header.index(h) + 1 for h in ("NIK", "No. HP", "Nama"))
    for r in range(header_row + 1, header_row + 1 + len(rows)):
        for col in (nik_col, phone_col):
            assert ws.cell(r, col).data_type == "s" and ws.cell(r, col).number_format == "@"
        assert ws.cell(r, name_col).data_type == "s"
    for xml in sheet_xml(path).values():
        assert "<f>" not in xml and "<f " not in xml  # no formula anywhere, "=1+1" included


def test_times_and_temperatures_are_real_values(services, known, tmp_path) -> None:
    path = export(services, known, tmp_path)
    header, rows, header_row = table(path)

    arrived = rows[0]["Jam Hadir"]
    recorded = next(r.at for r in services.checkin.recent(known.session_id) if r.name == "Sri Wahyuni")
    local = recorded.astimezone(ZoneInfo("Asia/Jakarta")).replace(tzinfo=None, microsecond=0)
    assert isinstance(arrived, dt.datetime) and arrived == local  # wall-clock time in WIB, not UTC
    assert isinstance(rows[0]["Suhu (°C)"], float) and rows[0]["Suhu (°C)"] == 36.5
    ws = openpyxl.load_workbook(path)["Angkatan 1"]
    assert ws.cell(header_row + 1, header.index("Jam Hadir") + 1).number_format == 'hh"."mm'
    # Masked by default, exactly as the design shows it
    assert rows[0]["NIK"] == "3311********0001"


def test_calamine_reads_the_same_values(services, known, tmp_path) -> None:
    path = export(services, known, tmp_path, full_nik=True)
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["Angkatan 1", "Ringkasan"]
    rows = book.get_sheet_by_name("Angkatan 1").to_python()
    at = find_row(rows, "No")
    header = rows[at]
    body = [dict(zip(header, r, strict=True)) for r in rows[at + 1 : at + 5]]
    names = [r["Nama"] for r in body]
    assert names == list(known.admitted_names)
    fajar = body[names.index("Fajar Ningsih")]
    assert fajar["NIK"] == BIG_NIK and isinstance(fajar["NIK"], str)
    assert body[names.index(FORMULA_NAME)]["Nama"] == "=1+1"
    assert body[0]["No. HP"] == "0812-0000-0011"
    assert isinstance(body[0]["Jam Hadir"], dt.datetime)
    flat = [str(c) for r in rows[:at] for c in r]
    assert "DAFTAR HADIR" in flat
    assert ": Selasa, 16 Februari 2021" in flat
    assert ": 09.00–12.00 WIB" in flat
    assert "DINAS PERDAGANGAN, KOPERASI DAN USAHA KECIL DAN MENENGAH" in flat


@pytest.mark.parametrize(("paper", "code"), [("A4", 9), ("F4", 14)])
def test_print_setup(services, admin, known, tmp_path, paper, code) -> None:
    services.settings.set_paper_size(paper, admin.id)
    path = export(services, known, tmp_path)
    _, rows, header_row = table(path)
    ws = openpyxl.load_workbook(path)["Angkatan 1"]

    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == code
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref == f"A{header_row}:L{header_row + len(rows)}"
    assert ws.column_dimensions["C"].width == 19  # a 16-digit NIK fits
    summary = openpyxl.load_workbook(path)["Ringkasan"]
    assert summary.page_setup.orientation == "landscape" and int(summary.page_setup.paperSize) == code
    head = find_row([list(r) for r in summary.iter_rows(values_only=True)], "Angkatan") + 1
    assert summary.print_title_rows == f"${head}:${head}"


def test_summary_sheet_numbers(services, known, tmp_path) -> None:
    path = export(services, known, tmp_path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Ringkasan").to_python()
    head = find_row(rows, "Angkatan")
    header = rows[head]
    assert header == [
        "Angkatan", "Tanggal", "Pukul", "Tempat", "Kapasitas", "Diundang", "Hadir",
        "Tanpa undangan", "Ditolak saat skrining", "Tidak hadir",
    ]  # fmt: skip
    batch = dict(zip(header, rows[head + 1], strict=True))
    assert batch["Tanggal"] == dt.date(2021, 2, 16)
    numbers = [batch[k] for k in header[4:]]
    assert numbers == [10, known.invited, known.admitted, known.walk_ins, known.refused, known.no_shows]
    total = rows[head + 2]
    assert total[0] == "Jumlah" and total[4:] == numbers

    def section(title: str) -> dict[str, object]:
        start = find_row(rows, title) + 2
        out = {}
        for row in rows[start:]:
            if row[0] in ("", None):
                break
            out[row[0]] = row[4]
        return out

    assert section("Menurut jenis lembaga") == {"UMKM": 2, "Koperasi": 2, "Jumlah": 4}
    assert section("Menurut jenis kelamin") == {"Laki-laki (L)": 2, "Perempuan (P)": 2, "Jumlah": 4}
    assert section("Menurut kecamatan") == {"Weru": 2, "Grogol": 1, "Tidak diketahui": 1, "Jumlah": 4}


def test_event_workbook_has_a_sheet_per_session_and_the_summary_first(services, admin, tmp_path) -> None:
    from desktop_app.services.demo.service import generate_demo

    demo = generate_demo(services.db, services.district, people=90, operator_id=admin.id)
    path = tmp_path / "event.xlsx"
    done = services.reports.export_event(demo.event_id, path)

    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["Ringkasan", "Angkatan 1", "Angkatan 2", "Angkatan 3"]
    assert done.rows == demo.admitted and done.sessions == 3
    listed = 0
    for name in book.sheet_names[1:]:
        rows = book.get_sheet_by_name(name).to_python()
        at = find_row(rows, "No")
        listed += sum(1 for r in rows[at + 1 :] if isinstance(r[0], float) and r[1])
    assert listed == demo.admitted
    summary = book.get_sheet_by_name("Ringkasan").to_python()
    total = summary[find_row(summary, "Jumlah")]
    assert total[6] == demo.admitted and total[5] == 90


def test_a_cancelled_export_leaves_the_old_file_untouched(services, known, tmp_path) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "hadir.xlsx"
    path.write_bytes(b"the file from yesterday")

    def progress(done: int, total: int) -> None:
        if done > 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.reports.export_session(known.session_id, path, progress=progress)
    assert path.read_bytes() == b"the file from yesterday"
    assert [p.name for p in path.parent.iterdir()] == ["hadir.xlsx"]  # no half-written temp file


def test_libreoffice_reads_the_same_values(services, known, tmp_path) -> None:
    import csv
    import re
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is absent: cannot check how LibreOffice reads the workbook")
    path = export(services, known, tmp_path, full_nik=True)
    # UTF-8, cells as LibreOffice shows them (its own reading of the number formats)
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", csv_filter,
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    lines = list(csv.reader((tmp_path / "hadir.csv").read_text(encoding="utf-8").splitlines()))
    at = find_row(lines, "No")
    header = lines[at]
    rows = {r[1]: dict(zip(header, r, strict=True)) for r in lines[at + 1 : at + 5]}
    assert rows["Fajar Ningsih"]["NIK"] == BIG_NIK  # not 9.47E+15
    assert rows[FORMULA_NAME]["Nama"] == "=1+1"
    assert rows["Sri Wahyuni"]["No. HP"] == "0812-0000-0011"
    assert rows["Sri Wahyuni"]["Suhu (°C)"] == "36.5"
    assert re.fullmatch(r"\d\d\.\d\d", rows["Sri Wahyuni"]["Jam Hadir"])  # 09.41, a time in WIB
    assert any(": Selasa, 16 Februari 2021" in c for r in lines[:at] for c in r)
