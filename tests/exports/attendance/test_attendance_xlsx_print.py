"""The workbook as LibreOffice prints it: body text >= 8 pt, wrapped rows tall enough, footer, signatory."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from report_dataset import report

from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.attendance.xlsx import write_attendance_workbook
from desktop_app.exports.letterhead import PrintSetup, Signatory

LONG = "Raden Mas Haryo Bagus Prasetyo Wicaksono Adiningrat Kusumo Hadinegoro"
NAMES = [LONG, "Sri Wahyuni", "Citra Lestari", LONG.replace("Raden", "Raden Ayu"), "Eko Nugroho"]
SIGNATORY = Signatory("Drs. Bambang Sutrisno, M.M.", "Kepala Dinas", "Pembina", "196604201992031008")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _workbook(tmp_path: Path, paper: str = "A4") -> Path:
    data = report(NAMES)
    session = data.sessions[0]
    rows = tuple(
        replace(r, organization=f"{r.organization} Koperasi Serba Usaha Sejahtera") for r in session.rows
    )
    data = replace(data, sessions=(replace(session, rows=rows),))
    setup = PrintSetup(signatories=(SIGNATORY,), paper=paper)
    return write_attendance_workbook(data, tmp_path / "hadir.xlsx", AttendanceLabels(), setup)


def test_wrapped_rows_get_their_height_and_the_signatory_follows_the_table(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_workbook(tmp_path))["Angkatan 1"]
    by_name = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
    long_row, short_row = by_name[LONG], by_name["Sri Wahyuni"]
    assert ws.row_dimensions[long_row].height >= 2 * ws.row_dimensions[short_row].height - 5
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    after = texts[texts.index("Hadir: 5 orang") :]
    assert "Mengetahui," in after and SIGNATORY.name in after and "NIP. 19660420 199203 1 008" in after
    assert ws.page_margins.bottom - ws.page_margins.footer >= 0.4  # room for the footer line


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is absent: cannot print the workbook")
@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_libreoffice_prints_everything_at_8_points_or_more(tmp_path: Path, paper: str) -> None:
    path = _workbook(tmp_path, paper)
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = PdfReader(tmp_path / "pdf" / "hadir.pdf")
    runs: list[tuple[str, float, float]] = []  # text, size, baseline y

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            runs.append((text.strip(), size * tm[3] * cm[3], tm[5] * cm[3] + cm[5]))

    pdf.pages[0].extract_text(visitor_text=visit)
    small = [(t, round(s, 1)) for t, s, _ in runs if s < 7.95]
    assert not small
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert f"Halaman 1 / {len(pdf.pages)}" in text  # the footer printed whole
    assert "Mengetahui," in text and "NIP. 19660420 199203 1 008" in text
    # The long name wraps inside its row: its last word prints above the next row's number "2".
    last_word = min(y for t, _, y in runs if "Hadinegoro" in t)
    first = max(y for t, _, y in runs if "Raden Mas" in t)
    number_two = next(y for t, _, y in runs if t == "2")
    assert first > last_word > number_two + 3
