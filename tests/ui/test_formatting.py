"""Indonesian dates and times (`core.dates`, shared with the exports) and their use in the window."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop_app.core import dates
from desktop_app.ui import formatting


@pytest.mark.parametrize(
    ("day", "indonesian", "english"),
    [
        (date(2021, 2, 15), "Senin, 15 Februari 2021", "Monday, 15 February 2021"),
        (date(2021, 2, 16), "Selasa, 16 Februari 2021", "Tuesday, 16 February 2021"),
        (date(2021, 2, 19), "Jumat, 19 Februari 2021", "Friday, 19 February 2021"),
        (date(2021, 8, 1), "Minggu, 1 Agustus 2021", "Sunday, 1 August 2021"),
        (date(2022, 5, 4), "Rabu, 4 Mei 2022", "Wednesday, 4 May 2022"),
    ],
)
def test_day_and_date(day: date, indonesian: str, english: str) -> None:
    assert dates.format_day_date(day, "id") == indonesian
    assert dates.format_day_date(day, "en") == english


def test_every_month_has_its_indonesian_name() -> None:
    assert [dates.month_name(m) for m in (1, 3, 6, 7, 10, 12)] == [
        "Januari",
        "Maret",
        "Juni",
        "Juli",
        "Oktober",
        "Desember",
    ]


def test_time_range_with_zone() -> None:
    assert dates.format_time_range(time(9), time(12), "Asia/Jakarta", "id") == "09.00–12.00 WIB"
    assert dates.format_time_range(time(8, 30), time(11, 30), "Asia/Jayapura", "en") == "08:30–11:30 WIT"
    assert dates.zone_label("Europe/Amsterdam") == "Europe/Amsterdam"


def test_window_formatting_follows_the_language(language) -> None:
    assert language == "id"
    assert formatting.day_date(date(2021, 2, 16)) == "Selasa, 16 Februari 2021"
    assert formatting.temperature(37.3) == "37,3 °C"
    assert formatting.share(1234, 3000) == "1.234 / 3.000"
    assert formatting.time_display_format() == "HH.mm"


def test_window_formatting_in_english(english) -> None:
    assert formatting.day_date(date(2021, 2, 16)) == "Tuesday, 16 February 2021"
    assert formatting.temperature(37.3) == "37.3 °C"
    assert formatting.share(1234, 3000) == "1,234 / 3,000"
