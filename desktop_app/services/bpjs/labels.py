"""Sentences for the membership list's row problems (rejects workbook, command line; no Qt)."""

from __future__ import annotations

from desktop_app.services.roster.labels import reason_text

REASONS = {
    "id": {
        "nik_invalid": "NIK harus 16 angka",
        "kpj_invalid": "No. KPJ harus 11 angka",
        "date_invalid": "Tanggal daftar tidak dapat dibaca (contoh: 16/02/2021 atau 16 Februari 2021)",
        "segment_unknown": "Segmen tidak dikenal (BPU, PU atau Jakon)",
    },
    "en": {
        "nik_invalid": "NIK must be 16 digits",
        "kpj_invalid": "KPJ number must be 11 digits",
        "date_invalid": "Registration date cannot be read (e.g. 16/02/2021 or 16 Februari 2021)",
        "segment_unknown": "Unknown segment (BPU, PU or Jakon)",
    },
}


def member_reason_text(code: str, language: str = "id") -> str:
    """The sentence for a membership row's problem code (the roster's sentences for shared codes)."""
    own = REASONS.get(language, REASONS["id"])
    return own[code] if code in own else reason_text(code, language)
