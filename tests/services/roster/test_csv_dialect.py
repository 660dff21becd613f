"""The csv separator comes from the header and the rows; UTF-16 with a BOM is read, not refused.

Before: `csv.Sniffer` took `,` for some real semicolon files whose quoted cells hold commas and
quotes (the whole file refused as `no_header`), and Excel's "Unicode text" (UTF-16) was refused
as binary.
"""

from __future__ import annotations

import codecs
import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.roster.reader import read_csv

HEADER = ["No", "Nama Lengkap", "NIK", "No. HP/WA", "Nama Usaha/Koperasi", "Kecamatan", "Jabatan"]
SEMICOLON_FILE = (
    "DAFTAR UNDANGAN SOSIALISASI;;;;\n"
    ";;;;\n"
    "No;Nama Lengkap;NIK;Nama Usaha/Koperasi;Alamat\n"
    '1;Sri Wahyuni;3311014101900001;"Koperasi ""Maju"", Jaya";"Jl. Slamet Riyadi 5, Kartasura"\n'
    '2;"Budi, S.E.";3311010202850002;"Batik ""Sekar"" Arum, CV";"Dk. Jetis, RT 01, RW 02"\n'
    '3;Citra Lestari;3311084303880003;"UD ""Tempe"", ""Kripik""";"Ds. Gentan, Baki"\n'
)


# Found by the fuzz below against csv.Sniffer: it chose `,` here.
SNIFFER_FOOLED = (
    'No;Nama;Lembaga;Alamat\r\n1;Budi, Koperasi;CV;Koperasi\r\n2;Jaya, Budi;Budi, Koperasi, Kartasura;"""Tempe"""\r\n'
    '3;Budi, Sri;Maju, Kartasura;"""Tempe"", Jaya, Sri"\r\n4;Maju, Jaya, Kartasura;Koperasi, RT 01;'
    '"Koperasi, ""Tempe"", Maju"\r\n'
)


def test_a_semicolon_file_the_frequency_guess_took_for_commas(tmp_path: Path) -> None:
    path = tmp_path / "undangan.csv"
    path.write_bytes(SNIFFER_FOOLED.encode("utf-8"))
    rows = read_csv(path)[0].rows
    assert rows[0] == ["No", "Nama", "Lembaga", "Alamat"]
    assert all(len(row) == 4 for row in rows)
    assert rows[4][3] == 'Koperasi, "Tempe", Maju'


def test_a_semicolon_file_with_quoted_commas_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "undangan.csv"
    path.write_text(SEMICOLON_FILE, encoding="utf-8")
    rows = read_csv(path)[0].rows
    assert rows[2] == ["No", "Nama Lengkap", "NIK", "Nama Usaha/Koperasi", "Alamat"]
    assert rows[3][3] == 'Koperasi "Maju", Jaya'
    assert rows[4][1] == "Budi, S.E." and rows[5][3] == 'UD "Tempe", "Kripik"'


def test_excel_unicode_text_utf16_with_bom_is_read(tmp_path: Path) -> None:
    text = (
        "Nama\tNIK\tLembaga\nSri Wahyuni\t3311014101900001\tBatik Sekar Arum\nDyah Ayu Ratnaningsih\t\tꦧꦠꦶꦏ꧀\n"
    )
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        path = tmp_path / f"unicode-{codec}.txt"
        path.write_bytes(bom + text.encode(codec))
        rows = read_csv(path)[0].rows
        assert rows == [line.split("\t") for line in text.splitlines()]


CELL = st.text(alphabet=st.sampled_from([*"abcXYZ 019;,\"\t.'-", "é", "ꦱ"]), max_size=12)


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    width = draw(st.integers(2, len(HEADER)))
    header = HEADER[:width]
    body = draw(st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=12))
    body = [row for row in body if any(cell.strip() for cell in row)] or [["x"] * width]
    return delimiter, [header, *body]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_the_delimiter_a_table_was_written_with_is_the_one_read(case: tuple[str, list[list[str]]]) -> None:
    delimiter, table = case
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "daftar.csv"
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        assert read_csv(path)[0].rows == table
