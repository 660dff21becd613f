"""A roster table's rows after the rules: kinds, values, problems and warnings, row by row."""

from __future__ import annotations

from datetime import date

from desktop_app.core.region import District
from desktop_app.core.roster_columns import Field
from desktop_app.core.roster_table import check_table

TODAY = date(2021, 2, 16)
COLUMNS = {Field.NAME: 0, Field.NIK: 1, Field.SEX: 2, Field.WORKERS: 3, Field.KECAMATAN: 4}


def check(*rows: list[object]):  # type: ignore[no-untyped-def]
    return check_table(list(rows), 5, COLUMNS, District(), TODAY)


def test_a_sex_cell_of_dashes_is_empty_and_an_unknown_word_is_warned_about() -> None:
    results, rejected, skipped = check(
        ["Sri Wahyuni", "3311014101900001", "-", "", ""],
        ["Budi Santoso", "3311010101900002", " - - ", "", ""],
        ["Eka Putri", "3311014201900003", "X", "", ""],
        ["Dewi Lestari", "3311014301900004", "Laki-laki", "", ""],
    )
    assert (rejected, skipped) == ([], 0)
    assert [r.warnings for r in results] == [(), (), ("sex_unknown",), ("sex_differs_from_nik",)]
    assert [r.person.sex for r in results if r.person] == ["P", "L", "P", "P"]  # the NIK decides
    assert [r.number for r in results] == [5, 6, 7, 8]


def test_workers_must_be_plain_digits_and_other_digit_characters_only_warn() -> None:
    results, _, _ = check(
        ["Sri Wahyuni", "3311014101900001", "P", "12", ""],
        ["Budi Santoso", "3311010101900002", "L", "²", ""],  # a digit to str.isdigit, not to int()
        ["Eka Putri", "3311014201900003", "P", "١٢", ""],  # Arabic-Indic digits
        ["Dewi Lestari", "3311014301900004", "P", "lima", ""],
    )
    assert [r.person.workers for r in results if r.person] == [12, None, None, None]
    assert [r.warnings for r in results] == [(), *[("workers_not_a_number",)] * 3]


def test_footer_rows_are_counted_not_imported_and_blank_rows_are_neither() -> None:
    results, rejected, skipped = check(
        ["Sri Wahyuni", "3311014101900001", "P", "", "Grogol"],
        [None, None, None, None, None],
        ["Jumlah", None, None, 1, None],
        ["Sukoharjo, 16 Februari 2021", None, None, None, None],
        ["Budi Santoso", "3311010101900002", "L", "", ""],  # below the footer but with a NIK: a person
        ["Kepala Dinas", None, None, None, None],
        ["Eka", "3311", "P"],  # short row, NIK too short: rejected with its number
    )
    assert [(r.number, r.person.name if r.person else None) for r in results] == [
        (5, "Sri Wahyuni"),
        (9, "Budi Santoso"),
        (11, None),
    ]
    assert results[-1].problems == ("nik_length",)
    assert (rejected, skipped) == ([6], 3)
    assert results[0].person is not None and results[0].person.kecamatan == "Grogol"
