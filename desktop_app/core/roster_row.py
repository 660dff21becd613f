"""Roster rows: what kind of row each is, the clean person it describes, or why it is refused.

Pure rules, no I/O. Problems reject the row; warnings are kept with it. Codes are stable and
translated by whoever shows them (the window, the rejects workbook, the command line).

core/roster_table.py applies these rules to a whole table, column by column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from desktop_app.core.errors import InvalidNik, InvalidPhone
from desktop_app.core.names import NAME_MAX, clean_name
from desktop_app.core.nik import Nik, parse_nik
from desktop_app.core.phone import is_mobile, normalize_phone
from desktop_app.core.region import District
from desktop_app.core.roster_columns import Field

MAX_EXACT_FLOAT = 2**53  # above this a number read as a float may have lost its last digits

_FOOTER = re.compile(
    r"^(jumlah|total|sub ?total|mengetahui|menyetujui|kepala|ketua|sekretaris|bendahara|nip\b|nip\.|"
    r"catatan|keterangan|dibuat oleh|petugas|an\.|a\.n\.|ttd)",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"^[A-Za-z .'-]+,\s*\d{1,2}[\s\-/.]+(\w+)[\s\-/.]+\d{2,4}$")
_SEX = {
    "l": "L",
    "lk": "L",
    "laki": "L",
    "laki laki": "L",
    "lakilaki": "L",
    "pria": "L",
    "male": "L",
    "m": "L",
    "p": "P",
    "pr": "P",
    "perempuan": "P",
    "wanita": "P",
    "female": "P",
    "f": "P",
    "w": "P",
}
_KOPERASI = re.compile(r"^(koperasi|kop\.|kop |ksp|ksu|kud|kpri|kopwan|kjks|bmt)", re.IGNORECASE)


class RowKind(StrEnum):
    """What a row of the table is."""

    PERSON = "person"
    BLANK = "blank"
    FOOTER = "footer"  # a total, a place and date, a signature, or a row below them without an id


class CleanPerson(NamedTuple):
    """The person a valid row describes, with every value cleaned."""

    name: str
    nik: str | None
    phone: str | None
    sex: str | None
    birth_date: date | None
    organization: str | None
    org_kind: str
    address: str | None
    desa: str | None
    kecamatan: str | None
    position: str | None
    workers: int | None
    nib: str | None
    kpj: str | None


class RowResult(NamedTuple):
    """A person row after the rules: a clean person, or problems; warnings either way."""

    number: int  # the row number people see in their spreadsheet (1-based)
    person: CleanPerson | None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def cell_text(value: object) -> str:
    """A cell as text: integral floats lose their `.0`, dates become ISO, blanks become ''."""
    if type(value) is str:
        return clean_name(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return clean_name(value)


def column_texts(values: Sequence[object]) -> list[str]:
    """`cell_text` of every cell of a column; each distinct text cell is cleaned once."""
    cache: dict[str, str] = {}
    texts: list[str] = []
    for value in values:
        if type(value) is str:
            text = cache.get(value)
            if text is None:
                text = cache[value] = clean_name(value)
        else:
            text = "" if value is None else cell_text(value)
        texts.append(text)
    return texts


def _is_footer(name: str) -> bool:
    return bool(_FOOTER.match(name) or _PLACE_DATE.match(name))


def table_kinds(names: Sequence[str], has_ids: Sequence[object]) -> Iterator[RowKind]:
    """The kind of each row of a table, top to bottom.

    Below the first footer line (a total, a place and date, a signature) only rows with a NIK
    or phone are still people; the others count as footer.
    """
    in_footer = False
    for name, has_id in zip(names, has_ids, strict=True):
        if has_id:
            yield RowKind.PERSON
        elif not name:
            yield RowKind.BLANK
        elif in_footer or _is_footer(name):
            in_footer = True
            yield RowKind.FOOTER
        else:
            yield RowKind.PERSON


def _kind_of_cell(kind_cell: str) -> str | None:
    text = kind_cell.casefold()
    if "kop" in text:
        return "koperasi"
    if text and any(w in text for w in ("umkm", "usaha", "ukm", "mikro", "kecil")):
        return "umkm"
    return None


def org_kind_of(kind_cell: str, organization: str | None) -> str:
    """`umkm`, `koperasi` or `lainnya`, from the Jenis column or else the organisation's name."""
    kind = _kind_of_cell(kind_cell)
    if kind is not None:
        return kind
    if organization and _KOPERASI.match(organization):
        return "koperasi"
    return "umkm" if organization else "lainnya"


# The order `RowRules.check` unpacks a row's cells in.
FIELD_ORDER = (
    Field.NAME,
    Field.NIK,
    Field.PHONE,
    Field.SEX,
    Field.ORGANIZATION,
    Field.ORG_KIND,
    Field.ADDRESS,
    Field.DESA,
    Field.KECAMATAN,
    Field.POSITION,
    Field.WORKERS,
    Field.NIB,
    Field.KPJ,
)


class RowRules:
    """The rules for one person row, with what repeats down a column looked up once per value.

    `check` takes the row's cell texts in the order of `FIELD_ORDER`.
    """

    def __init__(self, district: District, today: date) -> None:
        self.district = district
        self.today = today
        self._sex: dict[str, tuple[str | None, bool]] = {}
        self._kecamatan: dict[str, str | None] = {}
        self._kinds: dict[str, str | None] = {}

    def sex(self, text: str, warnings: list[str]) -> str | None:
        """`L`, `P` or None; a cell that says something else (not just dashes) is warned about."""
        if text not in self._sex:
            tidy = " ".join(text.casefold().replace("-", " ").split())
            self._sex[text] = (_SEX.get(tidy), bool(tidy))
        sex, said_something = self._sex[text]
        if sex is None and said_something:
            warnings.append("sex_unknown")
        return sex

    def kecamatan(self, text: str) -> str | None:
        if text not in self._kecamatan:
            self._kecamatan[text] = self.district.find_kecamatan(text)
        return self._kecamatan[text]

    def org_kind(self, kind_cell: str, organization: str | None) -> str:
        if kind_cell not in self._kinds:
            self._kinds[kind_cell] = _kind_of_cell(kind_cell)
        return self._kinds[kind_cell] or org_kind_of("", organization)

    def nik(self, value: object, text: str, problems: list[str], warnings: list[str]) -> Nik | None:
        if isinstance(value, float) and value >= MAX_EXACT_FLOAT:
            problems.append("nik_rounded")
            return None
        if not text:
            warnings.append("nik_missing")
            return None
        try:
            return parse_nik(text, self.today)
        except InvalidNik as exc:
            problems.append(f"nik_{exc.problem}")
            return None

    @staticmethod
    def phone(text: str, warnings: list[str]) -> str | None:
        if not text:
            return None
        try:
            e164 = normalize_phone(text)
        except InvalidPhone:
            warnings.append("phone_invalid")
            return None
        if not is_mobile(e164):
            warnings.append("phone_unusual")
        return e164

    def check(self, number: int, raw_nik: object, cells: tuple[str, ...]) -> RowResult:
        """One person row (`cells`: its texts in the order of `FIELD_ORDER`) after every rule."""
        (name, nik_text, phone_text, sex_text, organization, kind, address, desa, kecamatan_text) = cells[:9]
        position, workers_text, nib, kpj = cells[9:]
        problems: list[str] = []
        warnings: list[str] = []
        if not name:
            problems.append("name_missing")
        elif len(name) > NAME_MAX:
            problems.append("name_too_long")
        if len(organization) > NAME_MAX:
            problems.append("organization_too_long")
        nik = self.nik(raw_nik, nik_text, problems, warnings)
        phone = self.phone(phone_text, warnings)
        sex = self.sex(sex_text, warnings) if sex_text else None
        if nik is not None:
            if sex and sex != nik.sex:
                warnings.append("sex_differs_from_nik")
            sex = nik.sex
        kecamatan = self.kecamatan(kecamatan_text) if kecamatan_text else None
        if kecamatan_text and kecamatan is None:
            warnings.append("kecamatan_unknown")
            kecamatan = kecamatan_text
        if kecamatan is None and nik is not None:
            kecamatan = self.district.kecamatan_of_nik(nik.value)
        workers = int(workers_text) if workers_text.isascii() and workers_text.isdigit() else None
        if workers_text and workers is None:
            warnings.append("workers_not_a_number")
        if problems:
            return RowResult(number, None, tuple(problems), tuple(warnings))
        organization = organization or None
        person = CleanPerson(
            name,
            nik.value if nik else None,
            phone,
            sex,
            nik.birth_date if nik else None,
            organization,
            self.org_kind(kind, organization),
            address or None,
            desa or None,
            kecamatan,
            position or None,
            workers,
            nib or None,
            kpj or None,
        )
        return RowResult(number, person, (), tuple(warnings))
