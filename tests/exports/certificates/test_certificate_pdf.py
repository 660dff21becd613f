"""The certificate PDF as a person holds it: pages, texts, fonts, the name on its line, the QR code."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from certificate_pdf_reading import (
    font_file_kinds,
    inventory,
    needs_qr_tools,
    page_texts,
    placed_text,
    qr_texts,
)
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.certificate_code import mac_matches, make_code, parse_code
from desktop_app.core.certificate_template import CertificateTemplate, Signatory
from desktop_app.exports.certificates._fit import fit_name
from desktop_app.exports.certificates.items import CertificateHeader, CertificatePage
from desktop_app.exports.certificates.layout import NAME_SIZES, CertificateLayout
from desktop_app.exports.certificates.pdf import write_certificates
from desktop_app.exports.fonts import register_fonts
from desktop_app.exports.qr.matrix import dark_runs, qr_path, qr_rows
from desktop_app.exports.qr.pool import iter_qr_paths

LONG_NAME = "Rr. Dyah Ayu Kusumaningtyas Puspitasari Wijayakusuma, S.E., M.M."
SECRET = b"s" * 32
EVENT = "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi"
HEADER = CertificateHeader("Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo", "BPJS Ketenagakerjaan")
TEMPLATE = CertificateTemplate(
    place="Sukoharjo",
    signatories=(
        Signatory("Drs. Bambang Sutrisno, M.Si.", "Kepala Dinas", "Pembina Utama Muda", "196604201992031008"),
    ),
)


def _page(seq: int, name: str) -> CertificatePage:
    number = f"{seq:03d}/SOS-BPJSTK/II/2021"
    return CertificatePage(
        number=number,
        name=name,
        organization="Koperasi Serba Usaha Maju Bersama",
        body=f"atas partisipasinya sebagai peserta {EVENT} Angkatan 2 yang diselenggarakan pada 16 Februari 2021.",
        date_text="Sukoharjo, 16 Februari 2021",
        code=make_code(number, SECRET),
    )


NAMES = ["Sri Wahyuni", LONG_NAME, "Ωμέγα Ёлка Nguyễn Thị Ánh", "Budi"]


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "sertifikat.pdf"
    count = write_certificates(path, TEMPLATE, HEADER, [_page(i + 1, n) for i, n in enumerate(NAMES)])
    assert count == len(NAMES)
    return path


def test_one_page_each_with_name_number_and_event(pdf: Path) -> None:
    texts = page_texts(pdf)
    assert len(texts) == len(NAMES)
    for i, (text, name) in enumerate(zip(texts, NAMES, strict=True)):
        assert name.split(",")[0].split()[-1] in text
        assert f"{i + 1:03d}/SOS-BPJSTK/II/2021" in text
        assert EVENT in text
        assert "SERTIFIKAT" in text.replace(" ", "")
        assert "Drs. Bambang Sutrisno, M.Si." in text
        assert "19660420 199203 1 008" in text
    assert "Ωμέγα Ёлка Nguyễn Thị Ánh" in texts[2]


def test_every_font_is_embedded_and_there_is_no_helvetica(pdf: Path) -> None:
    fonts = inventory(pdf).fonts
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font.get("/BaseFont"))
        assert font_file_kinds(font) == {"/FontFile2"}, font.get("/BaseFont")
    raw = pdf.read_bytes()
    assert b"Helvetica" not in raw


def test_the_long_name_stays_within_the_page(pdf: Path) -> None:
    page_width = CertificateLayout(TEMPLATE, HEADER).width
    runs = [r for r in placed_text(pdf, 1) if "Serif-Bold" in r.font and r.text.strip() in LONG_NAME]
    words = " ".join(r.text for r in runs).split()
    assert words == LONG_NAME.split()  # all of it, on two lines
    assert len(runs) == 2
    font = register_fonts().serif_bold
    for run in runs:
        assert run.x >= 60
        assert run.x + stringWidth(run.text, font, run.size) <= page_width - 60


@pytest.mark.parametrize("name", [LONG_NAME, "Budi", "A" * 300, "Sri " * 40, "Ωμέγα" * 30])
def test_names_fit_the_line(name: str) -> None:
    font = register_fonts().serif_bold
    fit = fit_name(name, font, 650, *NAME_SIZES)
    assert 1 <= len(fit.lines) <= 2
    assert fit.size >= NAME_SIZES[3]
    for line in fit.lines:
        assert stringWidth(line, font, fit.size) <= 650.01
    if name == "Budi":
        assert (fit.lines, fit.size) == (("Budi",), NAME_SIZES[0])


def test_background_image_is_stored_once_for_all_pages(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 420), (250, 245, 230)).save(buffer, "JPEG")
    template = replace(TEMPLATE, background=buffer.getvalue(), paper="F4")
    path = tmp_path / "bg.pdf"
    write_certificates(path, template, HEADER, [_page(i, f"Peserta {i}") for i in range(1, 26)])
    assert len(page_texts(path)) == 25
    assert len(inventory(path).image_ids) == 1
    assert path.read_bytes().count(b"/Subtype /Image") == 1


def test_qr_path_is_the_dark_modules_of_the_matrix() -> None:
    text = make_code("001/SOS-BPJSTK/II/2021", SECRET)
    rows = qr_rows(text)
    assert len(rows) == len(rows[0]) >= 21
    modules, body = qr_path(text)
    assert modules == len(rows)
    assert body == " ".join(f"{c} {r} {n} 1 re" for r, c, n in dark_runs(rows))
    assert sum(n for *_, n in dark_runs(rows)) == sum(map(sum, rows))


def test_the_helper_process_gives_the_same_paths_in_order() -> None:
    codes = [make_code(f"{i:03d}/SOS-BPJSTK/II/2021", SECRET) for i in range(1, 241)]
    assert list(iter_qr_paths(codes, parallel=True)) == [qr_path(c) for c in codes]


@needs_qr_tools
def test_the_qr_code_decodes_from_the_printed_page_and_verifies(pdf: Path, tmp_path: Path) -> None:
    decoded = qr_texts(pdf, 1, len(NAMES), tmp_path)
    assert decoded == [_page(i + 1, n).code for i, n in enumerate(NAMES)]
    for i, text in enumerate(decoded):
        parsed = parse_code(text)
        assert parsed.number == f"{i + 1:03d}/SOS-BPJSTK/II/2021"
        assert mac_matches(parsed, SECRET)
    assert not mac_matches(parse_code(decoded[0].replace("001/", "002/")), SECRET)
