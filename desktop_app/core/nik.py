"""NIK (Nomor Induk Kependudukan): cleaning, validation, masking and what the number tells.

A NIK is 16 digits: PP RR DD (province, regency, district), DDMMYY birth date with 40 added to the
day for women, and a 4-digit serial. It has no check digit. It is an identifier: always text.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from desktop_app.core.errors import InvalidNik

ADULT_AGE = 17  # the age at which Indonesians get a KTP; used to pick the birth century
_SEPARATORS = re.compile(r"[\s.\-\u00a0\u200b]+")


class NikProblem(StrEnum):
    """Why a NIK was refused; stable codes shown to users through translations."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    LENGTH = "length"
    PROVINCE = "province"
    REGENCY = "regency"
    DATE = "date"
    SERIAL = "serial"


class Nik(NamedTuple):
    """A valid NIK and what it says about its holder (a tuple: an import makes thousands)."""

    value: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: str  # "L" (laki-laki) or "P" (perempuan)
    serial: str
    province_name: str
    regency_name: str

    @property
    def region4(self) -> str:
        """Province and regency, e.g. "3311" for Sukoharjo."""
        return self.value[:4]

    @property
    def masked(self) -> str:
        """The NIK with its middle hidden, for places where the full number is not needed."""
        return mask_nik(self.value)


def clean_nik(raw: object) -> str:
    """Turn what a person or a spreadsheet gives into the bare digit string (not yet validated).

    Accepts text with spaces, dots, dashes or a leading apostrophe (Excel's text marker), and an
    int (a spreadsheet cell that stored the NIK as a number). Floats are refused by the caller's
    validation: a 16-digit float has already lost digits.
    """
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int):
        return str(raw)
    if type(raw) is str and len(raw) == 16 and raw.isascii() and raw.isdigit():
        return raw  # the common case, already clean
    text = str(raw).strip().lstrip("'\u2019`")
    return _SEPARATORS.sub("", text)


@lru_cache(maxsize=4096)
def _region_names(region4: str) -> tuple[str, str] | None:
    from stdnum import numdb

    info = numdb.get("id/loc").info(region4)
    if len(info) < 2 or not info[0][1] or not info[1][1]:
        return None
    province = info[0][1].get("name_id", "")
    regency = info[1][1].get("name_id", "").title()
    return province, regency


@lru_cache(maxsize=256)
def _province_known(code: str) -> bool:
    from stdnum import numdb

    return bool(numdb.get("id/loc").info(code)[0][1])


def birth_century(yy: int, month: int, day: int, today: date) -> int:
    """Pick the century that makes the holder at least ADULT_AGE years old on `today`."""
    year = 2000 + yy
    try:
        candidate = date(year, month, day)
    except ValueError:
        return 1900
    age = today.year - candidate.year - ((today.month, today.day) < (candidate.month, candidate.day))
    return 2000 if age >= ADULT_AGE else 1900


@lru_cache(maxsize=65536)
def _birth(ddmmyy: str, today: date) -> tuple[date, str]:
    """Birth date and sex from the NIK's DDMMYY (40 added to the day for women)."""
    raw_day, month, yy = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    sex = "P" if raw_day > 40 else "L"
    day = raw_day - 40 if raw_day > 40 else raw_day
    if not (1 <= day <= 31) or not (1 <= month <= 12):
        raise InvalidNik(NikProblem.DATE, f"day {raw_day:02d} month {month:02d}")
    century = birth_century(yy, month, day, today)
    try:
        return date(century + yy, month, day), sex
    except ValueError:
        raise InvalidNik(NikProblem.DATE, f"{day:02d}-{month:02d}-{century + yy}") from None


def parse_nik(raw: object, today: date | None = None) -> Nik:
    """Validate a NIK and decode it.

    Raises:
        InvalidNik: with a `NikProblem` code when any rule is broken.
    """
    today = today or date.today()
    value = clean_nik(raw)
    if not value:
        raise InvalidNik(NikProblem.EMPTY)
    if not value.isascii() or not value.isdigit():
        raise InvalidNik(NikProblem.NOT_DIGITS, _redact(value))
    if len(value) != 16:
        raise InvalidNik(NikProblem.LENGTH, f"{len(value)} digits")
    if not _province_known(value[:2]):
        raise InvalidNik(NikProblem.PROVINCE, value[:2])
    names = _region_names(value[:4])
    if names is None:
        raise InvalidNik(NikProblem.REGENCY, value[:4])
    born, sex = _birth(value[6:12], today)
    if value[12:] == "0000":
        raise InvalidNik(NikProblem.SERIAL)
    return Nik(value, value[:2], value[2:4], value[4:6], born, sex, value[12:], names[0], names[1])


def is_valid_nik(raw: object) -> bool:
    """True when `parse_nik` accepts the value."""
    try:
        parse_nik(raw)
    except InvalidNik:
        return False
    return True


def mask_nik(value: str | None) -> str:
    """`3311********0001`: region and serial stay, the birth date and district are hidden."""
    if not value:
        return ""
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def _redact(value: str) -> str:
    """Keep error details free of a full identifier (they reach logs)."""
    return mask_nik(value) if len(value) > 8 else value
