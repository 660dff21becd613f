"""NIK rules from DESIGN.md ("Facts to build on"): cleaning, validation, decoding, masking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.errors import InvalidNik
from desktop_app.core.nik import birth_century, clean_nik, is_valid_nik, mask_nik, parse_nik

TODAY = date(2026, 6, 1)
VALID = "3311010101850001"  # Weru, Sukoharjo; a man born 1 January 1985


def problem_of(raw: object) -> str:
    with pytest.raises(InvalidNik) as info:
        parse_nik(raw, today=TODAY)
    return info.value.problem


@pytest.mark.parametrize(
    "raw",
    [
        "3311010101850001",
        " 3311 0101 0185 0001 ",
        "3311.0101.0185.0001",
        "3311-0101-0185-0001",
        "'3311010101850001",
        "'3311.0101-0185 0001",
        3311010101850001,  # an Excel cell that stored the NIK as a number
    ],
)
def test_spellings_of_one_nik_give_the_same_16_digits(raw: object) -> None:
    nik = parse_nik(raw, today=TODAY)
    assert nik.value == VALID
    assert isinstance(nik.value, str)
    assert nik.region4 == "3311"
    assert nik.regency_name == "Sukoharjo"


def test_decodes_a_man_born_1_january_1985() -> None:
    nik = parse_nik(VALID, today=TODAY)
    assert (nik.sex, nik.birth_date, nik.district_code, nik.serial) == ("L", date(1985, 1, 1), "01", "0001")


def test_women_have_40_added_to_the_day() -> None:
    nik = parse_nik("3311015505850001", today=TODAY)  # day 55 -> 15 May 1985
    assert nik.sex == "P"
    assert nik.birth_date == date(1985, 5, 15)
    assert parse_nik("3311017101850001", today=TODAY).birth_date == date(1985, 1, 31)  # day 71 is legal


@pytest.mark.parametrize("raw", ["331101010185000", "33110101018500011", 331101010185000])
def test_15_and_17_digits_are_refused_as_length(raw: object) -> None:
    assert problem_of(raw) == "length"


def test_letters_empty_and_float_are_refused() -> None:
    assert problem_of("33110101018500AB") == "not_digits"
    assert problem_of("") == "empty"
    assert problem_of(None) == "empty"
    # a 16-digit float has already lost its identity; it must never be accepted silently
    assert not is_valid_nik(3.311010101850001e15)


def test_unknown_province_and_regency_are_refused() -> None:
    assert problem_of("9911010101850001") == "province"
    assert problem_of("3399010101850001") == "regency"


@pytest.mark.parametrize(
    "raw",
    [
        "3311013501850001",  # day 35
        "3311010001850001",  # day 00
        "3311014001850001",  # day 40 (a woman born on day 0)
        "3311017201850001",  # day 72
        "3311010113850001",  # month 13
        "3311010100850001",  # month 00
        "3311013102850001",  # 31 February
        "3311016902850001",  # 29 February 1985, a woman
    ],
)
def test_impossible_birth_dates_are_refused(raw: str) -> None:
    assert problem_of(raw) == "date"


def test_29_february_of_a_leap_year_is_fine() -> None:
    assert parse_nik("3311012902840001", today=TODAY).birth_date == date(1984, 2, 29)


def test_serial_0000_is_refused() -> None:
    assert problem_of("3311010101850000") == "serial"


def test_century_is_chosen_to_make_an_adult() -> None:
    assert parse_nik("3311010505050001", today=TODAY).birth_date == date(2005, 5, 5)  # 21 years old
    assert parse_nik("3311010505150001", today=TODAY).birth_date == date(1915, 5, 5)  # 2015 would be 11
    # exactly 17 on the day counts as adult; one day short does not
    assert birth_century(9, 6, 1, TODAY) == 2000
    assert birth_century(9, 6, 2, TODAY) == 1900


@pytest.mark.parametrize(
    ("region", "name"),
    [("3372", "Surakarta"), ("3310", "Klaten"), ("3313", "Karanganyar"), ("3312", "Wonogiri")],
)
def test_neighbouring_regencies_are_valid(region: str, name: str) -> None:
    nik = parse_nik(f"{region}050101850001", today=TODAY)
    assert nik.regency_name == name
    assert nik.province_code == "33"


def test_masking_keeps_region_and_serial_only() -> None:
    assert mask_nik(VALID) == "3311********0001"
    assert parse_nik(VALID, today=TODAY).masked == "3311********0001"
    assert mask_nik(None) == ""
    assert mask_nik("1234") == "****"


@pytest.mark.parametrize(
    "raw",
    [
        "3311013501850001",
        "3311013102850001",
        "3311010101850000",
        "9911010101850001",
        "33110101018500A1",
        "3311010101850001X",
        "3311-0101-0185-00O1",
    ],
)
def test_error_messages_never_hold_the_full_nik(raw: str) -> None:
    digits = clean_nik(raw)
    with pytest.raises(InvalidNik) as info:
        parse_nik(raw, today=TODAY)
    assert digits not in str(info.value)
    assert digits[:16] not in info.value.detail
    assert digits[:16] not in repr(info.value.args)


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_no_refusal_of_any_16_digits_reveals_them(value: str) -> None:
    try:
        parse_nik(value, today=TODAY)
    except InvalidNik as exc:
        assert value not in str(exc)


# --- properties over generated valid NIKs --------------------------------------------------------

# With today = 1 June 2026 the adult rule decodes every birth date in this range unambiguously.
birth_dates = st.dates(min_value=date(1910, 1, 1), max_value=date(2009, 6, 1))


@st.composite
def sukoharjo_niks(draw: st.DrawFn) -> tuple[str, date, str]:
    kec = draw(st.integers(1, 12))
    born = draw(birth_dates)
    sex = draw(st.sampled_from("LP"))
    serial = draw(st.integers(1, 9999))
    day = born.day + (40 if sex == "P" else 0)
    return f"3311{kec:02d}{day:02d}{born:%m%y}{serial:04d}", born, sex


def _spellings(value: str) -> list[object]:
    groups = [value[i : i + 4] for i in range(0, 16, 4)]
    return [
        value,
        int(value),
        "'" + value,
        " ".join(groups),
        ".".join(groups),
        "-".join(groups),
        f"  '{value[:6]}.{value[6:12]}-{value[12:]}  ",
    ]


@given(sukoharjo_niks())
def test_generated_niks_round_trip_through_every_spelling(case: tuple[str, date, str]) -> None:
    value, born, sex = case
    for spelling in _spellings(value):
        nik = parse_nik(spelling, today=TODAY)
        assert nik.value == value
        assert nik.birth_date == born
        assert nik.sex == sex


@given(sukoharjo_niks())
def test_masked_never_reveals_digits_5_to_12(case: tuple[str, date, str]) -> None:
    value = case[0]
    masked = parse_nik(value, today=TODAY).masked
    assert len(masked) == 16
    assert masked[4:12] == "********"
    assert masked[:4] + masked[12:] == value[:4] + value[12:]
