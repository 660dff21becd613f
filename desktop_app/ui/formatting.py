"""Dates, times and numbers in the window's language (names from `core.dates`, shared with exports)."""

from __future__ import annotations

from datetime import date, time

from desktop_app.core import dates
from desktop_app.ui.i18n import current_language


def day_date(day: date) -> str:
    """`Selasa, 16 Februari 2021`."""
    return dates.format_day_date(day, current_language())


def time_range(start: time, end: time, timezone: str) -> str:
    """`09.00–12.00 WIB`."""
    return dates.format_time_range(start, end, timezone, current_language())


def decimal(value: float, places: int = 1) -> str:
    """`37,3` in Indonesian, `37.3` in English."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if current_language() == "id" else text


def temperature(value: float) -> str:
    """`37,3 °C`."""
    return f"{decimal(value)} °C"


def share(part: int, whole: int) -> str:
    """`27 / 30`."""
    return f"{part:,} / {whole:,}".replace(",", "." if current_language() == "id" else ",")


def time_display_format() -> str:
    """QTimeEdit's format: `HH.mm` as Indonesians write times, `HH:mm` in English."""
    return "HH.mm" if current_language() == "id" else "HH:mm"
