"""The importer against garbage: every outcome is counted or refused clearly, nothing else.

Allowed outcomes: a summary whose counts add up (rows = imported + merged + rejected) with the
database holding exactly the imported people, or RosterFileError with nothing written.
"""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.core.region import District
from desktop_app.services.container import Services
from desktop_app.services.roster.plan import check_roster
from desktop_app.services.roster.reader import MAX_ROWS, RosterFileError
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Person

HEADER = ["Nama", "NIK", "No HP", "L/P", "Nama Usaha", "Kecamatan"]
cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**17), max_value=10**17).map(str),
    st.sampled_from(
        ["3311014101900001", "'3311.0141.0190.0002", "0812-3456-7890", "=1+1", "L", "P", "Jumlah"]
    ),
)
grids = st.lists(st.lists(cells, min_size=0, max_size=8), min_size=0, max_size=25)


def import_into_fresh_db(folder: Path, roster: Path):  # type: ignore[no-untyped-def]
    db = folder / f"fuzz-{uuid.uuid4().hex}.db"  # hypothesis seeds `random`: names would repeat
    services = Services(open_database(db))
    try:
        admin = services.operators.local_admin()
        try:
            summary = services.roster.run(roster, [], admin)
        except RosterFileError:
            summary = None
        with services.db.session() as s:
            people = s.scalar(select(func.count(Person.id)))
        return summary, people
    finally:
        services.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=grids, header_at=st.integers(min_value=0, max_value=3), delimiter=st.sampled_from([",", ";", "\t"])
)
def test_random_csv_grids_are_counted_or_refused(tmp_path: Path, rows, header_at, delimiter) -> None:
    grid = [list(r) for r in rows]
    grid.insert(min(header_at, len(grid)), HEADER)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([["" if c is None else c for c in r] for r in grid])
    roster = tmp_path / "fuzz.csv"
    roster.write_text(buffer.getvalue(), encoding="utf-8")
    summary, people = import_into_fresh_db(tmp_path, roster)
    if summary is None:
        assert people == 0
    else:
        assert summary.rows == summary.imported + summary.merged + summary.rejected
        assert people == summary.imported
        assert len(summary.rejected_rows) == summary.rejected


@pytest.fixture(scope="module")
def valid_xlsx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for n in range(40):
        wb.active.append([f"Peserta {n}", 3311014101900001 + n, 81200000000 + n, "P", f"Usaha {n}", "Grogol"])
    path = tmp_path_factory.mktemp("xlsx") / "valid.xlsx"
    wb.save(path)
    return path.read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=1.0), flips=st.lists(st.integers(min_value=0), max_size=6))
def test_truncated_and_damaged_workbooks_are_refused_clearly(
    tmp_path: Path, valid_xlsx: bytes, cut, flips
) -> None:
    data = bytearray(valid_xlsx[: int(len(valid_xlsx) * cut)])
    for position in flips:
        if data:
            data[position % len(data)] ^= 0xFF
    roster = tmp_path / "rusak.xlsx"
    roster.write_bytes(bytes(data))
    summary, people = import_into_fresh_db(tmp_path, roster)
    if summary is not None:
        assert people == summary.imported <= 40


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("teks.xlsx", b"Nama,NIK\nSri,3311014101900001\n"),  # csv wearing an xlsx extension
        ("gambar.ods", bytes(range(256)) * 40),
        ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),  # an OLE header and nothing inside
        ("kosong.csv", b""),
        ("biner.csv", b"\x00\x01\x02" * 1000),
    ],
)
def test_files_that_are_not_what_they_say_are_refused(tmp_path: Path, name, content) -> None:
    roster = tmp_path / name
    roster.write_bytes(content)
    summary, people = import_into_fresh_db(tmp_path, roster)
    assert summary is None and people == 0


def test_an_enormous_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    roster = tmp_path / "besar.csv"
    with roster.open("w", encoding="utf-8") as handle:
        handle.write("Nama,NIK\n")
        handle.writelines(f"Orang {n},\n" for n in range(MAX_ROWS + 5))
    with pytest.raises(RosterFileError) as err:
        check_roster(roster, None, District(), __import__("datetime").date.today())
    assert err.value.problem == "too_many_rows"


def test_an_import_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    roster = tmp_path / "lambat.csv"
    roster.write_text("Nama,NIK\n" + "".join(f"Orang {n},\n" for n in range(3000)), encoding="utf-8")
    with pytest.raises(RosterFileError) as err:
        check_roster(roster, None, District(), __import__("datetime").date.today(), max_seconds=0.0)
    assert err.value.problem == "too_slow"


def test_a_stray_carriage_return_inside_a_field_is_read_not_crashed(tmp_path: Path) -> None:
    """Found by the fuzzer: csv.reader raised on a lone \\r in an unquoted field."""
    roster = tmp_path / "cr.csv"
    roster.write_bytes(b"Nama;NIK\r\nSri\rWahyuni;3311014101900001\r\n")
    summary, _ = import_into_fresh_db(tmp_path, roster)
    assert summary is not None and summary.rows >= 1
