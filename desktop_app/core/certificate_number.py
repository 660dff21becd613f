"""Certificate numbers: the office's pattern, e.g. `{seq:03}/SOS-BPJSTK/{month_roman}/{year}`.

The sequence number never repeats within a year (the service allocates it); the pattern only
decides how it is written. A pattern must hold `{seq}` and `{year}`, so two certificates can
never be given the same number, whatever the pattern was when each was issued.
"""

from __future__ import annotations

from datetime import date
from string import Formatter

from desktop_app.core.errors import InvalidField

DEFAULT_NUMBER_PATTERN = "{seq:03}/SOS-BPJSTK/{month_roman}/{year}"
NUMBER_FIELDS = ("seq", "year", "month", "month_roman", "day", "batch")
REQUIRED_NUMBER_FIELDS = ("seq", "year")
MAX_NUMBER_LENGTH = 100  # the column's width

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman_month(month: int) -> str:
    """`II` for February: Indonesian office letters write the month in Roman numerals."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} out of range")
    return _ROMAN[month - 1]


def pattern_fields(pattern: str, field: str) -> list[str]:
    """The names used in a `str.format` pattern; InvalidField for a malformed one."""
    try:
        parsed = list(Formatter().parse(pattern))
    except ValueError as exc:
        raise InvalidField(field, "bad_format", str(exc)) from None
    return [name for _, name, _, _ in parsed if name is not None]


def check_number_pattern(pattern: str) -> str:
    """The pattern, stripped, if it makes valid, unique numbers; InvalidField otherwise.

    Problems: `required`, `unprintable`, `unknown_field` (detail: the name), `missing_field` (seq or year),
    `bad_format` (e.g. `{seq:x3}`), `too_long`.
    """
    pattern = (pattern or "").strip()
    if not pattern:
        raise InvalidField("number_pattern", "required")
    if not pattern.isprintable():  # a line break or tab would not survive a QR scanner
        raise InvalidField("number_pattern", "unprintable")
    names = pattern_fields(pattern, "number_pattern")
    for name in names:
        if name not in NUMBER_FIELDS:
            raise InvalidField("number_pattern", "unknown_field", name or "{}")
    for name in REQUIRED_NUMBER_FIELDS:
        if name not in names:
            raise InvalidField("number_pattern", "missing_field", name)
    sample = format_number(pattern, 9999, date(2021, 12, 31), batch=99, checked=False)
    if len(sample) > MAX_NUMBER_LENGTH:
        raise InvalidField("number_pattern", "too_long", str(MAX_NUMBER_LENGTH))
    return pattern


def format_number(pattern: str, seq: int, day: date, batch: int = 1, *, checked: bool = True) -> str:
    """The number of certificate `seq` of a session held on `day`: `001/SOS-BPJSTK/II/2021`."""
    if checked:
        pattern = check_number_pattern(pattern)
    values = {
        "seq": seq,
        "year": day.year,
        "month": day.month,
        "month_roman": roman_month(day.month),
        "day": day.day,
        "batch": batch,
    }
    try:
        return pattern.format_map(values)
    except (ValueError, TypeError) as exc:
        raise InvalidField("number_pattern", "bad_format", str(exc)) from None
