"""The 100,000 limit counts people: a title block and the header above them do not use it up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.region import District
from desktop_app.services.roster.plan import check_roster
from desktop_app.services.roster.reader import MAX_ROWS, RosterFileError, read_roster_file

TITLE = "DAFTAR UNDANGAN\nSosialisasi BPJS Ketenagakerjaan\n\nNama,NIK\n"


def _roster(path: Path, people: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(TITLE)
        handle.writelines(f"Orang {n},\n" for n in range(people))
    return path


def test_exactly_the_limit_of_people_under_a_title_block_is_read(tmp_path: Path) -> None:
    [sheet] = read_roster_file(_roster(tmp_path / "penuh.csv", MAX_ROWS))
    assert len(sheet.rows) == MAX_ROWS + 4
    assert sheet.rows[3] == ["Nama", "NIK"]


def test_one_person_over_the_limit_is_refused_before_any_row_is_checked(tmp_path: Path) -> None:
    roster = _roster(tmp_path / "lebih.csv", MAX_ROWS + 1)
    with pytest.raises(RosterFileError) as err:
        check_roster(roster, None, District(), date.today(), max_seconds=60.0)
    assert err.value.problem == "too_many_rows"
