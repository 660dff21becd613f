"""The office's letterhead (kop surat), its signatories and the paper it prints on.

Plain data, stored as business settings by `services.settings` and passed to the writers of the
attendance workbook and sheet. The defaults are those of Sukoharjo's Disdagkop UKM; the office
changes them once in the settings.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

# Paper sizes offices use, in millimetres (portrait). F4 (Folio) is common in Indonesian offices.
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
# The codes Excel's page setup uses: 9 is A4, 14 is Folio 8½ × 13 in (216 × 330 mm).
EXCEL_PAPER_CODES = {"A4": 9, "F4": 14}
DEFAULT_PAPER = "A4"


@dataclass(frozen=True)
class Letterhead:
    """The kop: the government above, the office, its address, optional logos, the town it signs in."""

    government: str = "PEMERINTAH KABUPATEN SUKOHARJO"
    office: str = "DINAS PERDAGANGAN, KOPERASI DAN USAHA KECIL DAN MENENGAH"
    address_lines: tuple[str, ...] = ("Kabupaten Sukoharjo, Jawa Tengah",)
    logo_left: str | None = None  # an image file (PNG or JPEG); left out when missing
    logo_right: str | None = None
    city: str = "Sukoharjo"  # the place in "Sukoharjo, 16 Februari 2021"
    phone: str = ""  # the office's telephone, e.g. "(0271) 593068": certificates say to call it

    def contact_phone(self) -> str:
        """The office's phone: the field, else a "Telp." in the address lines (kop often carry it there)."""
        if self.phone.strip():
            return self.phone.strip()
        for line in self.address_lines:
            found = _PHONE_IN_ADDRESS.search(line)
            if found:
                return found.group(1).strip(" ,;.")
        return ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly dict for the settings table."""
        data = asdict(self)
        data["address_lines"] = list(self.address_lines)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Letterhead:
        """Read back what `to_json` stored; missing keys take the defaults."""
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "address_lines" in known:
            known["address_lines"] = tuple(str(line) for line in known["address_lines"] or ())
        return cls(**known)


@dataclass(frozen=True)
class Signatory:
    """Who signs "Mengetahui" under the sheet: name, title (jabatan), rank (pangkat) and NIP.

    An empty name or NIP prints as a dotted line to be filled in by hand.
    """

    name: str = ""
    title: str = "Kepala Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo"
    rank: str = ""
    nip: str = ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly dict for the settings table."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Signatory:
        """Read back what `to_json` stored."""
        if not data:
            return cls()
        return cls(**{k: str(v or "") for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class PrintSetup:
    """Everything about the office a document needs besides the data itself."""

    letterhead: Letterhead = field(default_factory=Letterhead)
    signatories: tuple[Signatory, ...] = (Signatory(),)
    paper: str = DEFAULT_PAPER


_NIP_DIGITS = re.compile(r"\D+")
# "Telp. (0271) 593068", "Telepon: 0271-593068", "Tlp 0271 593068" (up to the next separator word).
_PHONE_IN_ADDRESS = re.compile(
    r"\b(?:Telp|Telepon|Tlp|Phone)\.?\s*:?\s*(\+?[\d()][\d()\s.\-]{5,}\d)", re.IGNORECASE
)


def nip_digits(raw: str | None) -> str:
    """The digits of a NIP however it was typed (spaces, dots)."""
    return _NIP_DIGITS.sub("", raw or "")


def format_nip(raw: str | None) -> str:
    """`196604201992031008` -> `19660420 199203 1 008` (birth date, appointment, sex, serial).

    Anything that is not 18 digits is returned as typed, so an odd number is never mangled.
    """
    digits = nip_digits(raw)
    if len(digits) != 18:
        return (raw or "").strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
