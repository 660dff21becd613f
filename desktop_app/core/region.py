"""The district the office serves and its kecamatan; a setting whose defaults are Sukoharjo's."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

SUKOHARJO_KECAMATAN: dict[str, str] = {
    "01": "Weru",
    "02": "Bulu",
    "03": "Tawangsari",
    "04": "Sukoharjo",
    "05": "Nguter",
    "06": "Bendosari",
    "07": "Polokarto",
    "08": "Mojolaban",
    "09": "Grogol",
    "10": "Baki",
    "11": "Gatak",
    "12": "Kartasura",
}

# NIKs from these regencies are normal at a Sukoharjo session (people live across the border).
SUKOHARJO_NEIGHBOURS: dict[str, str] = {
    "3372": "Surakarta",
    "3310": "Klaten",
    "3313": "Karanganyar",
    "3312": "Wonogiri",
}


@dataclass(frozen=True)
class District:
    """A regency (kabupaten) with its kecamatan codes, e.g. 33.11 Sukoharjo."""

    code: str = "3311"
    name: str = "Sukoharjo"
    kecamatan: dict[str, str] = field(default_factory=lambda: dict(SUKOHARJO_KECAMATAN))
    neighbours: dict[str, str] = field(default_factory=lambda: dict(SUKOHARJO_NEIGHBOURS))

    def kecamatan_of_nik(self, nik: str) -> str | None:
        """The kecamatan a NIK was issued in, when it is in this district and the code is known."""
        if nik[:4] != self.code:
            return None
        return self.kecamatan.get(nik[4:6])

    @cached_property
    def _by_folded_name(self) -> dict[str, str]:
        return {name.casefold(): name for name in self.kecamatan.values()}

    def find_kecamatan(self, name: str) -> str | None:
        """The canonical spelling of a kecamatan name typed in any case, or None if unknown."""
        wanted = " ".join(name.split()).casefold()
        if wanted.startswith("kec. ") or wanted.startswith("kecamatan "):
            wanted = wanted.split(" ", 1)[1]
        return self._by_folded_name.get(wanted)
