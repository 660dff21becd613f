"""The words printed on the attendance documents, Indonesian by default, English one setting away.

Writers get a labels object instead of translating anything themselves, so they stay free of Qt
and the same code prints either language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from desktop_app.core.dates import format_date, format_day_date, format_time_range


@dataclass(frozen=True)
class AttendanceLabels:
    """Every word of the workbook and the printable sheet."""

    lang: str = "id"
    sheet_title: str = "DAFTAR HADIR"
    summary_title: str = "REKAPITULASI KEHADIRAN"
    summary_sheet: str = "Ringkasan"
    batch_sheet: str = "Angkatan {batch}"
    event: str = "Kegiatan"
    batch: str = "Angkatan"
    day_date: str = "Hari/Tanggal"
    time: str = "Pukul"
    venue: str = "Tempat"
    organizer: str = "Penyelenggara"
    # The table
    no: str = "No"
    name: str = "Nama"
    nik: str = "NIK"
    sex: str = "Jenis Kelamin"
    organization: str = "Lembaga/Usaha"
    org_kind: str = "Jenis"
    nib: str = "NIB"
    kecamatan: str = "Kecamatan"
    phone: str = "No. HP"
    kpj: str = "No. KPJ"
    checked_in_at: str = "Jam Hadir"
    temperature: str = "Suhu (°C)"
    remarks: str = "Keterangan"
    address: str = "Alamat"
    position: str = "Jabatan"
    signature: str = "Tanda Tangan"
    # Values
    kind_umkm: str = "UMKM"
    kind_koperasi: str = "Koperasi"
    kind_other: str = "Lainnya"
    unknown: str = "Tidak diketahui"
    walk_in: str = "Tanpa undangan"
    override: str = "Melebihi kapasitas: {reason}"
    # The summary
    date: str = "Tanggal"
    capacity: str = "Kapasitas"
    invited: str = "Diundang"
    admitted: str = "Hadir"
    walk_ins: str = "Tanpa undangan"
    refused: str = "Ditolak saat skrining"
    no_shows: str = "Tidak hadir"
    total: str = "Jumlah"
    by_kind: str = "Menurut jenis lembaga"
    by_sex: str = "Menurut jenis kelamin"
    by_kecamatan: str = "Menurut kecamatan"
    people: str = "Orang"
    # The signature block and the page
    acknowledged: str = "Mengetahui,"
    nip: str = "NIP. {nip}"
    page: str = "Halaman {page}"
    nik_masked_note: str = "NIK disamarkan (perlindungan data pribadi)."

    def kind(self, code: str | None) -> str:
        """`UMKM`, `Koperasi`, `Lainnya`, or the unknown word."""
        return {"umkm": self.kind_umkm, "koperasi": self.kind_koperasi, "lainnya": self.kind_other}.get(
            code or "", self.unknown
        )

    def sex_name(self, code: str | None) -> str:
        """The word for a sex in the summary (the table prints the letter)."""
        if self.lang == "en":
            return {"L": "Male (L)", "P": "Female (P)"}.get(code or "", self.unknown)
        return {"L": "Laki-laki (L)", "P": "Perempuan (P)"}.get(code or "", self.unknown)

    def day_date_text(self, day: date) -> str:
        """`Selasa, 16 Februari 2021`."""
        return format_day_date(day, self.lang)

    def date_text(self, day: date) -> str:
        """`16 Februari 2021`."""
        return format_date(day, self.lang)

    def time_text(self, start: time, end: time, zone: str) -> str:
        """`08.30–11.30 WIB`."""
        return format_time_range(start, end, zone, self.lang)

    def remarks_text(self, walk_in: bool, override_reason: str | None) -> str:
        """What the Keterangan column says about an admission."""
        parts = []
        if walk_in:
            parts.append(self.walk_in)
        if override_reason:
            parts.append(self.override.format(reason=override_reason))
        return "; ".join(parts)


ENGLISH = AttendanceLabels(
    lang="en",
    sheet_title="ATTENDANCE LIST",
    summary_title="ATTENDANCE SUMMARY",
    summary_sheet="Summary",
    batch_sheet="Batch {batch}",
    event="Event",
    batch="Batch",
    day_date="Day/Date",
    time="Time",
    venue="Venue",
    organizer="Organiser",
    name="Name",
    sex="Sex",
    organization="Organisation",
    org_kind="Type",
    kecamatan="District (kecamatan)",
    phone="Mobile",
    kpj="KPJ no.",
    checked_in_at="Arrived",
    temperature="Temp. (°C)",
    remarks="Remarks",
    address="Address",
    position="Position",
    signature="Signature",
    kind_other="Other",
    unknown="Unknown",
    walk_in="Walk-in",
    override="Over capacity: {reason}",
    date="Date",
    capacity="Capacity",
    invited="Invited",
    admitted="Attended",
    walk_ins="Walk-ins",
    refused="Refused at screening",
    no_shows="No-shows",
    total="Total",
    by_kind="By type of organisation",
    by_sex="By sex",
    by_kecamatan="By kecamatan",
    people="People",
    acknowledged="Acknowledged,",
    page="Page {page}",
    nik_masked_note="NIK masked (personal data protection).",
)


def labels_for(lang: str) -> AttendanceLabels:
    """The labels of `lang` (`id` or `en`); Indonesian for anything else."""
    return ENGLISH if lang == "en" else AttendanceLabels()
