"""Which column of a roster holds what: guessed from Indonesian and English headers.

Headers are normalised (case, punctuation, spacing) and matched against synonyms; the longest
synonym a header starts with wins, so "Nama Usaha/Koperasi" is the organisation, not the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Field(StrEnum):
    """What a roster column can hold."""

    NAME = "name"
    NIK = "nik"
    PHONE = "phone"
    SEX = "sex"
    ORGANIZATION = "organization"
    ORG_KIND = "org_kind"
    ADDRESS = "address"
    DESA = "desa"
    KECAMATAN = "kecamatan"
    POSITION = "position"
    WORKERS = "workers"
    NIB = "nib"
    KPJ = "kpj"
    INTEREST = "interest"  # "tertarik mendaftar BPU" (the BPJS follow-up)


SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "nama",
        "nama lengkap",
        "nama peserta",
        "nama pemilik",
        "nama undangan",
        "name",
        "full name",
    ),
    Field.NIK: (
        "nik",
        "no ktp",
        "nomor ktp",
        "ktp",
        "nik ktp",
        "no nik",
        "nomor induk kependudukan",
        "id number",
    ),
    Field.PHONE: (
        "no hp",
        "nomor hp",
        "hp",
        "no wa",
        "wa",
        "whatsapp",
        "no hp wa",
        "telepon",
        "telp",
        "no telp",
        "no telepon",
        "nomor telepon",
        "phone",
        "mobile",
        "kontak",
    ),
    Field.SEX: ("jenis kelamin", "l p", "jk", "kelamin", "sex", "gender"),
    Field.ORGANIZATION: (
        "nama usaha",
        "usaha",
        "nama umkm",
        "umkm",
        "koperasi",
        "nama koperasi",
        "lembaga",
        "nama lembaga",
        "instansi",
        "asal instansi",
        "asal lembaga",
        "organisasi",
        "business",
        "organization",
        "organisation",
    ),
    Field.ORG_KIND: ("jenis", "jenis usaha", "jenis lembaga", "umkm koperasi", "tipe", "type", "kategori"),
    Field.ADDRESS: ("alamat", "alamat usaha", "alamat rumah", "address"),
    Field.DESA: ("desa", "kelurahan", "desa kelurahan", "desa kel", "village"),
    Field.KECAMATAN: ("kecamatan", "kec", "district"),
    Field.POSITION: ("jabatan", "posisi", "position", "role"),
    Field.WORKERS: (
        "jumlah pekerja",
        "jumlah tenaga kerja",
        "jumlah karyawan",
        "pekerja",
        "karyawan",
        "workers",
    ),
    Field.NIB: ("nib", "nomor induk berusaha", "no nib"),
    Field.KPJ: ("kpj", "no kpj", "nomor kpj", "no peserta bpjs", "nomor peserta"),
    Field.INTEREST: (
        "tertarik bpu",
        "tertarik mendaftar bpu",
        "tertarik mendaftar",
        "minat bpu",
        "berminat bpu",
        "minat bpjs",
        "tertarik bpjs",
        "interested in bpu",
    ),
}

_PUNCT = re.compile(r"[^\w]+")
HEADER_SCAN_ROWS = 30


def normalize_header(value: object) -> str:
    """`No. HP/WA` -> `no hp wa`."""
    return " ".join(_PUNCT.sub(" ", str(value or "").casefold()).split())


_SORTED = sorted(
    ((normalize_header(s), field) for field, words in SYNONYMS.items() for s in words),
    key=lambda item: -len(item[0]),
)


def field_of(header: object) -> Field | None:
    """The field a header names, or None."""
    text = normalize_header(header)
    if not text:
        return None
    for synonym, field in _SORTED:
        if text == synonym or text.startswith(synonym + " "):
            return field
    return None


@dataclass(frozen=True)
class ColumnGuess:
    """Where the header row is and which column holds which field."""

    header_row: int  # 0-based index into the sheet's rows
    columns: dict[Field, int]

    @property
    def score(self) -> int:
        """How many fields were recognised."""
        return len(self.columns)


def guess_columns(rows: Sequence[Sequence[object]]) -> ColumnGuess | None:
    """The row among the first rows that looks most like a header (a name column and one more)."""
    best: ColumnGuess | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[Field, int] = {}
        for col, cell in enumerate(row):
            field = field_of(cell) if isinstance(cell, str) else None
            if field is not None and field not in columns:
                columns[field] = col
        if Field.NAME not in columns or len(columns) < 2:
            continue
        guess = ColumnGuess(index, columns)
        if best is None or guess.score > best.score:
            best = guess
    return best
