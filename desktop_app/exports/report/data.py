"""What a laporan kegiatan says, as frozen data the service builds and the writer prints.

Issue 19 (BPJS follow-up) adds its conversion figures: the headline ones through
`ActivityReport.figures` (each `ReportFigure` one labelled line in the numbers section) and the
whole `ConversionReport` (each batch, the walk-ins, the interested, the total) as `conversion`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.bpjs_conversion import ConversionReport
from desktop_app.exports.attendance.data import EventReport


@dataclass(frozen=True)
class ReportFigure:
    """One more labelled number in the "Peserta" section, e.g. ("Terdaftar BPU setelah kegiatan", "12")."""

    label: str
    value: str


@dataclass(frozen=True)
class ReportPhoto:
    """A photo for the documentation pages and its caption."""

    path: Path
    caption: str = ""


@dataclass(frozen=True)
class CertificateLine:
    """One certificate given, for the annex."""

    number: str
    name: str
    batch: int


@dataclass(frozen=True)
class ActivityReport:
    """The whole report of an event or of one batch.

    `attendance` holds the sessions (when and where), the numbers (totals) and the attendees
    (the daftar hadir annex, NIKs masked).
    """

    attendance: EventReport
    basis: tuple[str, ...]  # dasar: the decrees and programmes the activity rests on
    purpose: str  # tujuan
    speakers: tuple[str, ...]  # narasumber, "Name — Title"
    notes: str  # notulen / hasil kegiatan, paragraphs separated by blank lines
    photos: tuple[ReportPhoto, ...] = ()
    certificates: tuple[CertificateLine, ...] = ()
    figures: tuple[ReportFigure, ...] = ()
    conversion: ConversionReport | None = None  # None: the office does not use the BPJS follow-up

    @property
    def attendance_rate(self) -> float | None:
        """Admitted invitees as a share of the invited (walk-ins not counted), 0..1."""
        t = self.attendance.totals
        if not t.invited:
            return None
        return (t.admitted - t.walk_ins) / t.invited


@dataclass(frozen=True)
class ReportLabels:
    """The printed words, in the document's language."""

    title: str = "LAPORAN KEGIATAN"
    basis: str = "Dasar"
    purpose: str = "Tujuan"
    when_where: str = "Waktu dan Tempat"
    speakers: str = "Narasumber"
    participants: str = "Peserta"
    notes: str = "Hasil Kegiatan / Notulen"
    closing: str = "Penutup"
    closing_text: str = "Demikian laporan kegiatan ini dibuat untuk dipergunakan sebagaimana mestinya."
    photos: str = "Dokumentasi Kegiatan"
    annex_attendance: str = "Lampiran I: Daftar Hadir"
    annex_certificates: str = "Lampiran II: Daftar Nomor Sertifikat"
    invited: str = "Diundang"
    attended: str = "Hadir"
    rate: str = "Persentase kehadiran undangan"
    walk_ins: str = "Hadir tanpa undangan"
    refused: str = "Ditolak saat skrining"
    no_shows: str = "Tidak hadir"
    by_kind: str = "Menurut jenis usaha"
    by_sex: str = "Menurut jenis kelamin"
    by_kecamatan: str = "Menurut kecamatan"
    people: str = "orang"
    none: str = "-"
    number: str = "Nomor Sertifikat"
    name: str = "Nama"
    organization: str = "Lembaga/Usaha"
    kecamatan: str = "Kecamatan"
    arrival: str = "Jam Hadir"
    page: str = "Halaman {page}"
    conversion: str = "Kepesertaan BPJS Ketenagakerjaan peserta yang hadir"
    conversion_note: str = (
        "Sudah peserta: tanggal daftar sebelum hari sesi. Mendaftar sesudahnya: pada hari sesi atau "
        "sesudahnya (dalam {short} dan {long} hari). Tanggal daftar sebelum sesi tidak pernah dihitung "
        "sebagai konversi. Total: setiap orang dihitung sekali, pada sesi pertamanya."
    )
    conversion_chart: str = "Kepesertaan BPJS Ketenagakerjaan per angkatan"
    conv_batch: str = "Angkatan"
    conv_group: str = "Kelompok"
    conv_attended: str = "Hadir"
    conv_members_before: str = "Sudah peserta"
    conv_registered_after: str = "Mendaftar sesudah"
    conv_within: str = "≤ {days} hari"
    conv_not_registered: str = "Belum terdaftar"
    conv_rate: str = "Konversi"
    conv_everyone: str = "Semua peserta hadir"
    conv_walk_ins: str = "Hadir tanpa undangan"
    conv_interested: str = "Tertarik BPU"
    conv_total: str = "Total"
