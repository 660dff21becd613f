"""What the office writes once for its reports: the basis (dasar), the purpose and the speakers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REPORT_ACTIVITY = "report.activity"


@dataclass(frozen=True)
class ReportSettings:
    """The narrative parts of the laporan kegiatan that do not change from batch to batch."""

    basis: tuple[str, ...] = (
        "Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial",
        "Dokumen Pelaksanaan Anggaran Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
    )
    purpose: str = (
        "Meningkatkan pemahaman pelaku UMKM dan pengurus koperasi tentang program Jaminan Sosial "
        "Ketenagakerjaan (JKK, JKM, JHT dan JP) dan mendorong kepesertaan mereka dan pekerjanya."
    )
    speakers: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly dict for the settings table."""
        return {"basis": list(self.basis), "purpose": self.purpose, "speakers": list(self.speakers)}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ReportSettings:
        """Read back what `to_json` stored; missing keys take the defaults."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        return cls(
            basis=tuple(str(x) for x in data.get("basis", default.basis) if str(x).strip()),
            purpose=str(data.get("purpose", default.purpose)),
            speakers=tuple(str(x) for x in data.get("speakers", default.speakers) if str(x).strip()),
        )
