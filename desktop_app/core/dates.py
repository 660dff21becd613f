"""Dates and times the way Indonesian (and English) documents write them, without Qt.

The window, the exports and the certificates all need "Selasa, 16 Februari 2021" and
"09.00–12.00 WIB"; keeping the names here means every layer spells them the same way.
"""

from __future__ import annotations

from datetime import date, time

LANGUAGES = ("id", "en")

DAY_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Indonesia's three zones; anything else is shown by its IANA name.
ZONE_LABELS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "id"


def day_name(day: date, lang: str = "id") -> str:
    """The weekday's name: `Selasa` / `Tuesday`."""
    return DAY_NAMES[_lang(lang)][day.weekday()]


def month_name(month: int, lang: str = "id") -> str:
    """The month's name (1-12): `Februari` / `February`."""
    return MONTH_NAMES[_lang(lang)][month - 1]


def format_date(day: date, lang: str = "id") -> str:
    """`16 Februari 2021` / `16 February 2021`."""
    return f"{day.day} {month_name(day.month, lang)} {day.year}"


def format_day_date(day: date, lang: str = "id") -> str:
    """`Selasa, 16 Februari 2021` / `Tuesday, 16 February 2021` (the `Hari/Tanggal` line)."""
    return f"{day_name(day, lang)}, {format_date(day, lang)}"


def format_time(value: time, lang: str = "id") -> str:
    """`09.00` in Indonesian (a dot, as Indonesian documents write it), `09:00` in English."""
    separator = "." if _lang(lang) == "id" else ":"
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def zone_label(timezone: str) -> str:
    """`WIB`, `WITA` or `WIT` for Indonesia's zones; the zone's name otherwise."""
    return ZONE_LABELS.get(timezone, timezone)


def format_time_range(start: time, end: time, timezone: str = "Asia/Jakarta", lang: str = "id") -> str:
    """`09.00–12.00 WIB` (en dash, zone label) / `09:00–12:00 WIB`."""
    return f"{format_time(start, lang)}–{format_time(end, lang)} {zone_label(timezone)}"
