"""Rows of the BPJS Ketenagakerjaan branch's membership list: which column is what, and each row's values.

Pure rules, no I/O. The list is as messy as a roster (title rows, NIKs typed as numbers, dates in
any spelling), so headers are matched the roster's way (`normalize_header`) against their own
synonyms, and every row is either a clean membership or a list of problem codes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from desktop_app.core.dates import MONTH_NAMES
from desktop_app.core.nik import clean_nik
from desktop_app.core.roster_columns import HEADER_SCAN_ROWS, normalize_header
from desktop_app.core.roster_row import MAX_EXACT_FLOAT, cell_text

SEGMENTS = ("BPU", "PU", "JAKON")
PROGRAMS = ("JKK", "JKM", "JHT", "JP")


class MemberField(StrEnum):
    """What a column of the membership list can hold."""

    NIK = "nik"
    KPJ = "kpj"
    NAME = "name"
    REGISTERED = "registered"
    SEGMENT = "segment"
    PROGRAMS = "programs"


SYNONYMS: dict[MemberField, tuple[str, ...]] = {
    MemberField.NIK: ("nik", "no ktp", "nomor ktp", "ktp", "nik ktp", "no nik", "nomor induk kependudukan"),
    MemberField.KPJ: ("kpj", "no kpj", "nomor kpj", "no peserta", "nomor peserta", "no kartu peserta"),
    MemberField.NAME: ("nama", "nama lengkap", "nama peserta", "nama tenaga kerja", "name"),
    MemberField.REGISTERED: (
        "tanggal daftar",
        "tgl daftar",
        "tanggal pendaftaran",
        "tgl pendaftaran",
        "tgl kepesertaan",
        "tanggal kepesertaan",
        "tmt",
        "tmt kepesertaan",
        "registration date",
    ),
    MemberField.SEGMENT: ("segmen", "segment", "segmen kepesertaan", "jenis kepesertaan", "kategori"),
    MemberField.PROGRAMS: ("program", "program bpjs", "jenis program", "programs"),
}
_SORTED = sorted(
    ((normalize_header(s), f) for f, words in SYNONYMS.items() for s in words), key=lambda i: -len(i[0])
)


def member_field_of(header: object) -> MemberField | None:
    """The field a header names (the longest synonym it starts with), or None."""
    text = normalize_header(header)
    if not text:
        return None
    for synonym, found in _SORTED:
        if text == synonym or text.startswith(synonym + " "):
            return found
    return None


@dataclass(frozen=True)
class MemberColumns:
    """Where the header row is and which column holds which field."""

    header_row: int
    columns: dict[MemberField, int]


def member_columns_of(cells: Sequence[object]) -> dict[MemberField, int]:
    """The fields a header row names, each at its first column."""
    columns: dict[MemberField, int] = {}
    for col, cell in enumerate(cells):
        found = member_field_of(cell) if isinstance(cell, str) else None
        if found is not None and found not in columns:
            columns[found] = col
    return columns


def guess_member_columns(rows: Sequence[Sequence[object]]) -> MemberColumns | None:
    """The row among the first ones that names a NIK column and the most other fields."""
    best: MemberColumns | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns = member_columns_of(row)
        if MemberField.NIK not in columns or len(columns) < 2:
            continue
        if best is None or len(columns) > len(best.columns):
            best = MemberColumns(index, columns)
    return best


_MONTHS = {
    **{name.casefold(): i + 1 for names in MONTH_NAMES.values() for i, name in enumerate(names)},
    **{name[:3].casefold(): i + 1 for names in MONTH_NAMES.values() for i, name in enumerate(names)},
    "agu": 8,
    "okt": 10,
    "des": 12,
    "peb": 2,
    "nop": 11,
}
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_registration_date(value: object) -> date | None:
    """A registration date from an Excel date, `16/02/2021`, `16-02-2021`, `2021-02-16` or `16 Februari 2021`.

    Day first (the Indonesian order). None when the cell says nothing a date can be read from.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date serial left as a number (a csv saved from Excel, a cell formatted General).
        if 20000 <= value <= 80000:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = cell_text(value)
    try:
        if match := _NUMERIC_DATE.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO_DATE.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _WORD_DATE.match(text):
            month = _MONTHS.get(match.group(2).casefold())
            if month is None:
                return None
            return date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None
    return None


def clean_kpj(value: object) -> str | None:
    """The KPJ as 11 digits of text, or None when it is not one (a float loses nothing below 2^53)."""
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    text = re.sub(r"[\s.\-']", "", cell_text(value))
    return text if len(text) == 11 and text.isascii() and text.isdigit() else None


def clean_segment(value: object) -> str | None:
    """BPU, PU or JAKON from the ways branches write them (Bukan Penerima Upah, Penerima Upah, Jasa Konstruksi)."""
    text = normalize_header(value)
    if not text:
        return None
    if text in ("bpu", "bukan penerima upah", "informal"):
        return "BPU"
    if text in ("pu", "penerima upah", "ppu", "formal"):
        return "PU"
    if text in ("jakon", "jasa konstruksi"):
        return "JAKON"
    return "?"


def clean_programs(value: object) -> str | None:
    """The programs a cell names (`JKK, JKM, JHT`), sorted and comma-separated; None if none."""
    words = set(re.findall(r"[a-z]+", cell_text(value).casefold()))
    found = [p for p in sorted(PROGRAMS) if p.casefold() in words]
    return ",".join(found) or None


_YES = frozenset(
    ("ya", "y", "yes", "1", "v", "x", "√", "✓", "✔", "tertarik", "berminat", "minat", "mau", "true")
)


def is_yes(value: object) -> bool:
    """A roster's "tertarik" cell: `Ya`, `Y`, `✓`, `1`, `Tertarik`… (blank, `Tidak`, `-` are no)."""
    if value is True:
        return True
    return normalize_header(value) in _YES or cell_text(value).strip() in _YES


class MemberRow(NamedTuple):
    """One membership row after the rules."""

    number: int  # the row number as the spreadsheet shows it
    nik: str | None
    kpj: str | None
    name: str | None
    registered_on: date | None
    segment: str | None
    programs: str | None
    problems: tuple[str, ...]


def _cleaned(values: list[object], clean) -> list[object]:  # type: ignore[no-untyped-def]
    """`clean` of each value, run once per distinct value (lists repeat dates, segments, programmes)."""
    distinct: dict[tuple[type, object], object] = {}
    for value in values:
        key = (type(value), value)  # 1, 1.0 and True stay apart
        if key not in distinct:
            distinct[key] = clean(value)
    return [distinct[(type(v), v)] for v in values]


def _name(value: object) -> str | None:
    if type(value) is str:
        return " ".join(value.split()) or None
    return cell_text(value) or None


def _nik(value: object) -> tuple[str | None, str | None]:
    """(the NIK's digits, None) or (None, a problem code)."""
    if type(value) is float and 1e15 <= value < MAX_EXACT_FLOAT and value.is_integer():
        return str(int(value)), None  # a NIK typed as a number, below 2^53: exact
    if type(value) is int and 10**15 <= value < 10**16:
        return str(value), None
    if type(value) is str and len(value) == 16 and value.isascii() and value.isdigit():
        return value, None
    if isinstance(value, float):
        if value >= MAX_EXACT_FLOAT or not value.is_integer():
            return None, "nik_rounded"
        value = int(value)
    nik = clean_nik(value if not isinstance(value, str) else cell_text(value))
    if not nik:
        return None, "nik_missing"
    if len(nik) != 16 or not (nik.isascii() and nik.isdigit()):
        return None, "nik_invalid"
    return nik, None


def _kpj(value: object) -> tuple[str | None, bool]:
    """(the KPJ, whether the cell held something that is not one)."""
    if type(value) is str and len(value) == 11 and value.isascii() and value.isdigit():
        return value, False
    kpj = clean_kpj(value)
    return kpj, kpj is None and bool(cell_text(value))


def _registered(value: object) -> tuple[date | None, bool]:
    day = parse_registration_date(value)
    return day, day is None and bool(cell_text(value))


def check_member_table(
    body: Sequence[Sequence[object]], first_number: int, columns: dict[MemberField, int]
) -> tuple[list[MemberRow], int]:
    """Check every row of the table's body (`first_number`: the first row's number as people see it).

    Blank rows are passed over; rows with neither NIK nor KPJ (a total, a footer) are counted as
    skipped. Each column's distinct values are cleaned once.
    """
    count = len(body)

    def column(field: MemberField) -> list[object]:
        col = columns.get(field)
        if col is None:
            return [None] * count
        return [row[col] if col < len(row) else None for row in body]

    niks, kpjs = column(MemberField.NIK), column(MemberField.KPJ)
    names, raw_dates = column(MemberField.NAME), column(MemberField.REGISTERED)
    raw_segments = column(MemberField.SEGMENT)
    dates = _cleaned(raw_dates, _registered)
    segments = _cleaned(raw_segments, clean_segment)
    programs = _cleaned(column(MemberField.PROGRAMS), clean_programs)
    rows: list[MemberRow] = []
    skipped = 0
    for index in range(count):
        nik_raw, kpj_raw = niks[index], kpjs[index]
        if (nik_raw is None or nik_raw == "") and (kpj_raw is None or kpj_raw == ""):
            others = (names[index], raw_dates[index], raw_segments[index])
            skipped += any(v is not None and v != "" for v in others)
            continue
        problems = []
        nik, nik_problem = _nik(nik_raw)
        if nik_problem:
            problems.append(nik_problem)
        kpj, kpj_bad = _kpj(kpj_raw)
        if kpj_bad:
            problems.append("kpj_invalid")
        registered, date_bad = dates[index]  # type: ignore[misc]
        if date_bad:
            problems.append("date_invalid")
        segment = segments[index]
        if segment == "?":
            problems.append("segment_unknown")
        rows.append(
            MemberRow(
                first_number + index,
                nik,
                kpj,
                _name(names[index]),
                registered,
                segment,  # type: ignore[arg-type]
                programs[index],  # type: ignore[arg-type]
                tuple(problems),
            )
        )
    return rows, skipped
