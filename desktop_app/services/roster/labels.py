"""Sentences for roster problems and warnings, for documents and the command line (no Qt).

The window translates the same codes with Qt; the rejects workbook is a document for the
office, so it is written in Indonesian by default, like every document Hadir makes.
"""

from __future__ import annotations

REASONS = {
    "id": {
        "name_missing": "Nama kosong",
        "name_too_long": "Nama lebih dari 200 karakter",
        "organization_too_long": "Nama lembaga/usaha lebih dari 200 karakter",
        "nik_rounded": "NIK tersimpan sebagai angka dan sudah dibulatkan oleh Excel; ketik ulang sebagai teks",
        "nik_not_digits": "NIK berisi selain angka",
        "nik_length": "NIK harus 16 angka",
        "nik_province": "Kode provinsi pada NIK tidak dikenal",
        "nik_regency": "Kode kabupaten/kota pada NIK tidak dikenal",
        "nik_date": "Tanggal lahir pada NIK tidak mungkin",
        "nik_serial": "Nomor urut pada NIK tidak boleh 0000",
        "nik_empty": "NIK kosong",
        "nik_missing": "NIK tidak diisi",
        "phone_invalid": "Nomor HP tidak valid (tidak disimpan)",
        "phone_unusual": "Nomor HP bukan nomor seluler yang lazim",
        "sex_unknown": "Jenis kelamin tidak dikenali",
        "sex_differs_from_nik": "Jenis kelamin berbeda dengan NIK (dipakai dari NIK)",
        "kecamatan_unknown": "Kecamatan tidak dikenal",
        "workers_not_a_number": "Jumlah pekerja bukan angka",
        "duplicate_in_file": "Sama dengan baris lain di berkas ini (digabung)",
        "not_invited_full": "Tidak diundang: semua angkatan sudah penuh",
    },
    "en": {
        "name_missing": "Name is empty",
        "name_too_long": "Name longer than 200 characters",
        "organization_too_long": "Organisation name longer than 200 characters",
        "nik_rounded": "NIK stored as a number and rounded by Excel; type it again as text",
        "nik_not_digits": "NIK holds something other than digits",
        "nik_length": "NIK must be 16 digits",
        "nik_province": "Unknown province code in the NIK",
        "nik_regency": "Unknown regency code in the NIK",
        "nik_date": "Impossible birth date in the NIK",
        "nik_serial": "The NIK's serial may not be 0000",
        "nik_empty": "NIK is empty",
        "nik_missing": "No NIK given",
        "phone_invalid": "Invalid phone number (not stored)",
        "phone_unusual": "Phone is not a usual mobile number",
        "sex_unknown": "Sex not recognised",
        "sex_differs_from_nik": "Sex differs from the NIK (the NIK's is used)",
        "kecamatan_unknown": "Unknown kecamatan",
        "workers_not_a_number": "Number of workers is not a number",
        "duplicate_in_file": "Same person as another row of this file (merged)",
        "not_invited_full": "Not invited: every batch is full",
    },
}


def reason_text(code: str, language: str = "id") -> str:
    """The sentence for a problem or warning code (the code itself if unknown)."""
    return REASONS.get(language, REASONS["id"]).get(code, code)
