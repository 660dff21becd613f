"""One roster row: what kind of row it is, the clean person it describes, or why it is refused.

Pure rules, no I/O. Problems reject the row; warnings are kept with it. Codes are stable and
translated by whoever shows them (the window, the rejects workbook, the command line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop_app.core.errors import InvalidNik, InvalidPhone
from desktop_app.core.names import clean_name
from desktop_app.core.nik import parse_nik
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
    FOOTER = "footer"


@dataclass(frozen=True)
class CleanPerson:
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


@dataclass(frozen=True)
class RowResult:
    """A person row after the rules: a clean person, or problems; warnings either way."""

    number: int  # the row number people see in their spreadsheet (1-based)
    person: CleanPerson | None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


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


def row_texts(values: dict[Field, object]) -> dict[Field, str]:
    """Every mapped cell of a row as text, computed once per row."""
    return {field: cell_text(value) for field, value in values.items()}


def has_identifier(texts: dict[Field, str]) -> bool:
    """True when the row gives a NIK or a phone number."""
    return bool(texts.get(Field.NIK) or texts.get(Field.PHONE))


def classify(texts: dict[Field, str]) -> RowKind:
    """A person row has a name, a NIK or a phone; footers are totals, places and signatures."""
    name = texts.get(Field.NAME, "")
    has_id = has_identifier(texts)
    if not name and not has_id:
        return RowKind.BLANK
    if not has_id and (_FOOTER.match(name) or _PLACE_DATE.match(name)):
        return RowKind.FOOTER
    return RowKind.PERSON


def _nik(
    value: object, text: str, problems: list[str], warnings: list[str], today: date
) -> tuple[str | None, object]:
    if isinstance(value, float) and value >= MAX_EXACT_FLOAT:
        problems.append("nik_rounded")
        return None, None
    if not text:
        warnings.append("nik_missing")
        return None, None
    try:
        nik = parse_nik(text, today)
    except InvalidNik as exc:
        problems.append(f"nik_{exc.problem}")
        return None, None
    return nik.value, nik


def _phone(text: str, warnings: list[str]) -> str | None:
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


def org_kind_of(kind_cell: str, organization: str | None) -> str:
    """`umkm`, `koperasi` or `lainnya`, from the Jenis column or else the organisation's name."""
    text = kind_cell.casefold()
    if "kop" in text:
        return "koperasi"
    if text and any(w in text for w in ("umkm", "usaha", "ukm", "mikro", "kecil")):
        return "umkm"
    if organization and _KOPERASI.match(organization):
        return "koperasi"
    return "umkm" if organization else "lainnya"


def check_row(
    number: int,
    values: dict[Field, object],
    district: District,
    today: date,
    texts: dict[Field, str] | None = None,
) -> RowResult:
    """Apply the rules to one person row (`texts`: the row's `row_texts`, if already made)."""
    texts = row_texts(values) if texts is None else texts
    problems: list[str] = []
    warnings: list[str] = []
    name = texts.get(Field.NAME, "")
    if not name:
        problems.append("name_missing")
    nik_value, nik = _nik(values.get(Field.NIK), texts.get(Field.NIK, ""), problems, warnings, today)
    phone = _phone(texts.get(Field.PHONE, ""), warnings)
    sex_text = " ".join(texts.get(Field.SEX, "").casefold().replace("-", " ").split())
    sex = _SEX.get(sex_text)
    if sex_text and sex is None:
        warnings.append("sex_unknown")
    if nik is not None:
        if sex and sex != nik.sex:
            warnings.append("sex_differs_from_nik")
        sex = nik.sex
    kecamatan_text = texts.get(Field.KECAMATAN, "")
    kecamatan = district.find_kecamatan(kecamatan_text) if kecamatan_text else None
    if kecamatan_text and kecamatan is None:
        warnings.append("kecamatan_unknown")
        kecamatan = kecamatan_text
    if kecamatan is None and nik_value:
        kecamatan = district.kecamatan_of_nik(nik_value)
    workers_text = texts.get(Field.WORKERS, "")
    workers = int(workers_text) if workers_text.isdigit() else None
    if workers_text and workers is None:
        warnings.append("workers_not_a_number")
    if problems:
        return RowResult(number, None, tuple(problems), tuple(warnings))
    organization = texts.get(Field.ORGANIZATION) or None
    person = CleanPerson(
        name=name,
        nik=nik_value,
        phone=phone,
        sex=sex,
        birth_date=nik.birth_date if nik else None,
        organization=organization,
        org_kind=org_kind_of(texts.get(Field.ORG_KIND, ""), organization),
        address=texts.get(Field.ADDRESS) or None,
        desa=texts.get(Field.DESA) or None,
        kecamatan=kecamatan,
        position=texts.get(Field.POSITION) or None,
        workers=workers,
        nib=texts.get(Field.NIB) or None,
        kpj=texts.get(Field.KPJ) or None,
    )
    return RowResult(number, person, (), tuple(warnings))
