"""The printable sheet: names, zigzag signature numbers, signatory block, embedded fonts, paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_dataset import FORMULA_NAME, report

from desktop_app.exports.attendance.pdf import BLANK_ROWS, write_attendance_pdf
from desktop_app.exports.letterhead import Letterhead, PrintSetup, Signatory

MM = 72 / 25.4
SIGN = re.compile(r"^(\d+)\. \.{3,}$")


def text_positions(path: Path) -> list[tuple[str, float, int]]:
    """Every text run with its x position and page number."""
    found: list[tuple[str, float, int]] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):

        def visit(text, cm, tm, fonts, size, number=number):  # type: ignore[no-untyped-def]
            if text.strip():
                found.append((text.strip(), tm[4] * cm[0] + cm[4], number))

        page.extract_text(visitor_text=visit)
    return found


def test_sheet_of_the_known_session(services, known, tmp_path) -> None:
    path = tmp_path / "daftar-hadir.pdf"
    done = services.reports.export_session(known.session_id, path)
    assert done.format == "pdf" and done.rows == known.admitted

    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    for name in known.admitted_names:
        assert name in text
    assert FORMULA_NAME in text
    for phrase in ("DAFTAR HADIR", "Selasa, 16 Februari 2021", "09.00–12.00 WIB", "Aula Dinas",
                   "Tanda Tangan", "Mengetahui,", "Sukoharjo, 16 Februari 2021",
                   "Drs. Bambang Sutrisno, M.M.", "Pembina Utama Muda", "NIP. 19660420 199203 1 008"):  # fmt: skip
        assert phrase in text, phrase
    assert "3311********0001" in text and "3311014101900001" not in text  # masked unless asked

    signs = [(int(SIGN.match(t)[1]), x) for t, x, _ in text_positions(path) if SIGN.match(t)]
    numbers = sorted(n for n, _ in signs)
    assert numbers == list(range(1, known.admitted + BLANK_ROWS + 1))  # empty rows for late walk-ins
    odd = {x for n, x in signs if n % 2}
    even = {x for n, x in signs if not n % 2}
    assert len(odd) == 1 and len(even) == 1  # each side lines up
    assert min(even) - max(odd) > 15 * MM  # even numbers on the right half of the signature column


def test_fonts_are_embedded_and_none_is_helvetica(services, known, tmp_path) -> None:
    path = tmp_path / "s.pdf"
    services.reports.export_session(known.session_id, path)
    fonts = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and not any("Helvetica" in name for name in fonts)
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_page_count_grows_with_rows(tmp_path) -> None:
    few = write_attendance_pdf(report(["Sri"]), tmp_path / "few.pdf")
    many = write_attendance_pdf(report([f"Peserta {i}" for i in range(80)]), tmp_path / "many.pdf")
    pages_few, pages_many = len(PdfReader(few).pages), len(PdfReader(many).pages)
    assert pages_few == 1 and pages_many > 4
    # The header row is repeated on every page
    for page in PdfReader(many).pages:
        assert "Tanda Tangan" in page.extract_text()


@pytest.mark.parametrize(("paper", "width_mm", "height_mm"), [("A4", 297, 210), ("F4", 330, 215)])
def test_paper_is_landscape_a4_or_f4(tmp_path, paper, width_mm, height_mm) -> None:
    path = write_attendance_pdf(report(["Sri"]), tmp_path / "p.pdf", setup=PrintSetup(paper=paper))
    box = PdfReader(path).pages[0].mediabox
    assert round(float(box.width) / MM) == width_mm and round(float(box.height) / MM) == height_mm


def test_blank_signatory_and_missing_logo_still_print(tmp_path) -> None:
    setup = PrintSetup(Letterhead(logo_left=str(tmp_path / "missing.png")), (Signatory(),))
    path = write_attendance_pdf(report(["Sri"]), tmp_path / "blank.pdf", setup=setup)
    text = PdfReader(path).pages[0].extract_text()
    assert "NIP. ......" in text and "Mengetahui," in text


def test_two_signatories(tmp_path) -> None:
    first = Signatory("Drs. Bambang Sutrisno, M.M.", "Kepala Dinas", "Pembina", "196604201992031008")
    second = Signatory("Rina Kartika, S.E.", "Kepala BPJS Ketenagakerjaan Cabang Surakarta", "", "")
    path = write_attendance_pdf(
        report(["Sri"]), tmp_path / "two.pdf", setup=PrintSetup(signatories=(first, second))
    )
    positions = {t: x for t, x, _ in text_positions(path)}
    assert positions["Rina Kartika, S.E."] > positions["Drs. Bambang Sutrisno, M.M."]
