"""One enormous cell: refused in words before it is read, in bounded memory.

Before: a 1 MB xlsx holding one 1 GiB cell was only stopped by the reader child's 1 GB memory
limit ("the reader stopped"), and a csv was read whole into memory before its rows were counted.
Now the workbook's XML is measured as a stream first, and a csv is read line by line.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.services.roster.reader import MAX_LINE_CHARS, RosterFileError, read_roster_file

GIB = 1024**3
PLACEHOLDER = "ISI-SEL-RAKSASA"


def xlsx_with_a_huge_cell(path: Path, size: int) -> Path:
    """A workbook whose second row holds one text cell of `size` characters (packed: ~1 MB a GiB)."""
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK"])
    book.active.append([PLACEHOLDER, "3311014101900001"])
    small = path.with_suffix(".small.xlsx")
    book.save(small)
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if PLACEHOLDER.encode() not in data:
                target.writestr(info, data, zipfile.ZIP_DEFLATED)
                continue
            before, after = data.split(PLACEHOLDER.encode())
            with target.open(info.filename, "w", force_zip64=True) as part:
                part.write(before)
                block = b"A" * (1024 * 1024)
                for _ in range(size // len(block)):
                    part.write(block)
                part.write(after)
    small.unlink()
    return path


@pytest.mark.skipif(os.name != "posix", reason="the reader child's memory limit is POSIX's")
def test_a_one_gib_cell_is_refused_in_words_before_it_is_read(tmp_path: Path) -> None:
    bomb = xlsx_with_a_huge_cell(tmp_path / "daftar.xlsx", GIB)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    with pytest.raises(RosterFileError) as err:
        read_roster_file(bomb)
    assert err.value.problem == "too_big" and err.value.exit_code == 2
    # Said in words (the XML was measured), not "the reader stopped" at its memory limit.
    assert "a cell longer than Excel's 32,767 characters" in str(err.value)


def test_a_workbook_with_long_but_possible_cells_is_read(tmp_path: Path) -> None:
    book = tmp_path / "panjang.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Alamat"])
    wb.active.append(["Sri Wahyuni", "x" * 32_767])  # as long as Excel allows
    wb.save(book)
    rows = read_roster_file(book)[0].rows
    assert len(rows[1][1]) == 32_767


def test_a_csv_line_without_end_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "daftar.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nama;NIK\n")
        for _ in range(64):  # 64 MB on one line
            handle.write("A" * (1024 * 1024))
    with pytest.raises(RosterFileError) as err:
        read_roster_file(path)
    assert err.value.problem == "too_big"
    assert f"a line longer than {MAX_LINE_CHARS:,} characters" in str(err.value)


def test_a_csv_cell_spread_over_many_lines_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "daftar.csv"
    cell = "\n".join("B" * 99 for _ in range(3000))  # 300,000 characters inside one quoted cell
    path.write_text(f'Nama;Alamat\nSri Wahyuni;"{cell}"\n', encoding="utf-8")
    with pytest.raises(RosterFileError) as err:
        read_roster_file(path)
    assert err.value.problem == "too_big" and "a cell longer than" in str(err.value)
