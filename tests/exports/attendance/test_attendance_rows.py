"""The writers on hand-made rows: awkward values, many rows, no database."""

from __future__ import annotations

import itertools

import openpyxl
from python_calamine import CalamineWorkbook
from report_dataset import AWKWARD, report
from xlsx_reading import find_row, sheet_xml

from desktop_app.exports.attendance.labels import labels_for
from desktop_app.exports.attendance.xlsx import write_attendance_workbook


def test_awkward_strings_are_literal_text_in_both_readers(tmp_path) -> None:
    path = write_attendance_workbook(report(AWKWARD), tmp_path / "a.xlsx")

    book = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Angkatan 1").to_python()
    at = find_row(book, "No")
    names = [r[1] for r in book[at + 1 : at + 1 + len(AWKWARD)]]
    expected = [n.replace("\x07", "") for n in AWKWARD]  # a control character Excel refuses is dropped
    assert names == expected
    ws = openpyxl.load_workbook(path)["Angkatan 1"]
    assert [ws.cell(at + 2 + i, 2).value for i in range(len(AWKWARD))] == expected
    assert {ws.cell(at + 2 + i, 2).data_type for i in range(len(AWKWARD))} == {"s"}
    for xml in sheet_xml(path).values():
        assert "<f>" not in xml
    header = book[at]
    assert "NIB" in header and "No. KPJ" not in header  # NIB shown because one attendee has it
    assert book[at + 2][header.index("Keterangan")] == "Melebihi kapasitas: ruang cukup"


def test_english_labels(tmp_path) -> None:
    path = write_attendance_workbook(report(["Sri"]), tmp_path / "e.xlsx", labels_for("en"))
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["Batch 1", "Summary"]
    flat = [str(c) for r in book.get_sheet_by_name("Batch 1").to_python() for c in r]
    assert "ATTENDANCE LIST" in flat and ": Tuesday, 16 February 2021" in flat


def test_progress_is_reported_up_to_the_total(tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    write_attendance_workbook(report([f"Orang {i}" for i in range(600)]), tmp_path / "p.xlsx",
                              progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert len(seen) >= 4 and all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
