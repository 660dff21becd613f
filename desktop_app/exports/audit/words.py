"""An audit entry in words: `sesi: #13 · tanpa undangan: tidak`, not `session_id: 13 · walk_in: false`.

The log stores stable codes (keys and values a script can read); people read words. The words come
in as an `AuditWords` (the window passes its translated ones); the defaults are the office's
Indonesian, which the command line's export uses. Qt-free, so the window and every export share it.
A key nobody named yet is still shown, with its underscores as spaces.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

ID_KEYS: Mapping[str, str] = {
    "address": "alamat",
    "after": "nilai baru",
    "audit_entries": "entri log audit",
    "batch": "angkatan",
    "before": "nilai lama",
    "birth_date": "tanggal lahir",
    "bpu_interest": "minat BPU",
    "capacity": "kapasitas",
    "changed": "diubah",
    "check_pl": "cek PeduliLindungi",
    "codes_kept_as_aliases": "kode undangan disimpan",
    "count": "jumlah",
    "date": "tanggal",
    "days": "hari",
    "description": "keterangan",
    "desa": "desa",
    "document": "dokumen",
    "dropped": "tidak dipakai",
    "dropped_id": "data yang digabung",
    "dropped_name": "nama yang digabung",
    "dropped_nik": "NIK yang digabung",
    "each": "satu berkas per orang",
    "end_time": "jam selesai",
    "event_id": "kegiatan",
    "field": "isian",
    "file": "berkas",
    "filled": "dilengkapi",
    "format": "format",
    "full_nik": "NIK lengkap",
    "full_phones": "nomor HP lengkap",
    "id": "nomor",
    "imported": "diimpor",
    "invited_elsewhere": "diundang ke angkatan lain",
    "kecamatan": "kecamatan",
    "kept": "disimpan",
    "key": "pengaturan",
    "kind": "jenis",
    "kpj": "nomor KPJ",
    "matched": "cocok",
    "max_temp": "suhu maksimum",
    "merged": "digabung",
    "merged_ids": "data yang digabung",
    "moved": "dipindah",
    "name": "nama",
    "new": "baru",
    "new_ids": "data baru",
    "nib": "NIB",
    "nik": "NIK",
    "niks": "NIK",
    "number": "nomor",
    "old": "lama",
    "organization_id": "lembaga/usaha",
    "organizer": "penyelenggara",
    "partner": "mitra",
    "path": "berkas",
    "people": "peserta",
    "person_id": "peserta",
    "phone": "nomor HP",
    "photos": "foto",
    "pid": "peserta",
    "position": "jabatan",
    "purged": "dihapus",
    "purpose": "tujuan",
    "reason": "alasan",
    "reasons": "alasan",
    "rejected": "ditolak",
    "removed": "dihapus",
    "removed_certificates": "sertifikat dihapus",
    "removed_invitations": "undangan dihapus",
    "require_mask": "wajib masker",
    "rows": "baris",
    "scope": "cakupan",
    "seats": "kursi",
    "session": "sesi",
    "session_id": "sesi",
    "sessions": "angkatan",
    "sex": "jenis kelamin",
    "sid": "sesi",
    "source": "sumber",
    "start_time": "jam mulai",
    "temperature_taken": "suhu diukur",
    "timezone": "zona waktu",
    "title": "judul",
    "total": "total",
    "undone_attendances": "check-in dibatalkan",
    "unmatched": "tidak cocok",
    "updated": "diperbarui",
    "venue": "tempat",
    "walk_in": "tanpa undangan",
    "workers": "jumlah pekerja",
}

ID_VALUES: Mapping[str, str] = {
    "activity_report": "laporan kegiatan",
    "bpjs": "berbagi data dengan BPJS Ketenagakerjaan",
    "event": "kegiatan",
    "export_contacts": "pelacakan kontak",
    "export_invitations": "kartu undangan",
    "export_signin": "daftar tanda tangan",
    "merge": "penggabungan data laptop lain",
    "session": "sesi",
    "transport_receipt": "tanda terima uang transport",
    "walk_in": "peserta tanpa undangan di meja",
}

ID_ACTIONS: Mapping[str, str] = {
    "activate": "Diaktifkan kembali",
    "backup": "Cadangan",
    "checkin": "Check-in",
    "consent": "Persetujuan diberikan",
    "consent_withdrawn": "Persetujuan ditarik",
    "create": "Dibuat",
    "deactivate": "Dinonaktifkan",
    "delete": "Dihapus",
    "demo": "Data demo",
    "duplicate": "Check-in ganda",
    "export": "Diekspor",
    "generate": "Sertifikat dibuat",
    "import": "Diimpor",
    "issue": "Sertifikat diberi nomor",
    "merge": "Digabung",
    "override": "Melebihi kapasitas",
    "purge": "Jawaban kesehatan dihapus",
    "restore": "Dipulihkan",
    "screening_refused": "Ditolak saat skrining",
    "set_pin": "PIN diganti",
    "sign_in": "Masuk",
    "sign_in_failed": "PIN salah",
    "undo": "Check-in dibatalkan",
    "unlock": "Kunci dibuka",
    "update": "Diubah",
}

ID_ENTITIES: Mapping[str, str] = {
    "attendance": "Kehadiran",
    "audit_log": "Log audit",
    "bpjs_followup": "Tindak lanjut BPJS",
    "bpjs_membership": "Data kepesertaan BPJS",
    "bpjs_registration": "Pendaftaran BPJS",
    "certificate": "Sertifikat",
    "database": "Basis data",
    "event": "Kegiatan",
    "operator": "Petugas",
    "organization": "Lembaga/Usaha",
    "person": "Peserta",
    "screening": "Skrining",
    "session": "Angkatan",
    "setting": "Pengaturan",
}

_ID_SYMPTOMS = {
    "fever": "Demam (≥ 37,3 °C) dalam 14 hari terakhir?",
    "cough": "Batuk, pilek atau nyeri tenggorokan?",
    "breath": "Sesak napas?",
    "travel": "Bepergian ke luar kota/negeri dalam 14 hari terakhir?",
    "contact": "Kontak dengan kasus COVID-19 dalam 14 hari terakhir?",
    "isolation": "Sedang menjalani isolasi mandiri?",
}
_ID_COLOURS = {"green": "hijau", "yellow": "kuning", "red": "merah", "black": "hitam"}


def indonesian_reason(code: str) -> str:
    """A screening reason code (`fever`, `no_mask`, `symptom:<code>`, `pl:<colour>`) in Indonesian."""
    if code == "fever":
        return "Suhu di atas batas"
    if code == "no_mask":
        return "Tidak memakai masker"
    kind, _, detail = code.partition(":")
    if kind == "symptom":
        return f"Menjawab ya: {_ID_SYMPTOMS.get(detail, detail)}"
    if kind == "pl":
        if detail in ("", "unknown"):
            return "Status PeduliLindungi belum diperiksa"
        return f"Status PeduliLindungi {_ID_COLOURS.get(detail, detail)}"
    return code


@dataclass(frozen=True)
class AuditWords:
    """The reader's words for the log's codes: detail keys and values, actions, kinds of record."""

    keys: Mapping[str, str] = field(default_factory=lambda: dict(ID_KEYS))
    values: Mapping[str, str] = field(default_factory=lambda: dict(ID_VALUES))
    actions: Mapping[str, str] = field(default_factory=lambda: dict(ID_ACTIONS))
    entities: Mapping[str, str] = field(default_factory=lambda: dict(ID_ENTITIES))
    yes: str = "ya"
    no: str = "tidak"
    reason: Callable[[str], str] = indonesian_reason

    def key(self, code: str) -> str:
        """A detail key as words (underscores as spaces when nobody named it)."""
        return self.keys.get(code, code.replace("_", " "))


# Values that name a record: `#13`, as the window shows record numbers.
_RECORD_KEYS = frozenset(
    {"session_id", "sid", "session", "event_id", "person_id", "pid", "dropped_id", "invited_elsewhere"}
)


def value_words(key: str, value: Any, words: AuditWords) -> str:
    """One value as words: yes/no, screening reasons, `#13` for a record, `old → new`, lists joined."""
    if isinstance(value, bool):
        return words.yes if value else words.no
    if value is None or value == "":
        return "—"
    if key == "reasons" and isinstance(value, list):
        return "; ".join(words.reason(str(code)) for code in value)
    if key == "field" and isinstance(value, str):
        return words.key(value)
    if isinstance(value, str) and value in words.values:
        return words.values[value]
    if key in _RECORD_KEYS and isinstance(value, int):
        return f"#{value}"
    if key == "changed" and isinstance(value, Mapping):
        return "; ".join(f"{words.key(k)}: {_change(k, v, words)}" for k, v in value.items()) or "—"
    if isinstance(value, list):
        return ", ".join(value_words(key, v, words) for v in value) or "—"
    if isinstance(value, Mapping):
        return ", ".join(f"{words.key(k)} {value_words(k, v, words)}" for k, v in value.items())
    return str(value)


def _change(key: str, value: Any, words: AuditWords) -> str:
    """`old → new` for a changed field stored as `[old, new]`."""
    if isinstance(value, list) and len(value) == 2:
        return f"{value_words(key, value[0], words)} → {value_words(key, value[1], words)}"
    return value_words(key, value, words)


def details_words(details: Mapping[str, Any] | None, words: AuditWords | None = None) -> str:
    """`sesi: #13 · tanpa undangan: tidak`: each key and value in the reader's words, keys sorted."""
    if not details:
        return ""
    words = words or AuditWords()
    return " · ".join(f"{words.key(key)}: {value_words(key, details[key], words)}" for key in sorted(details))
