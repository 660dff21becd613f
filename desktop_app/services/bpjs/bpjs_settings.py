"""The follow-up's business settings: conversion windows, the WhatsApp message, the branch's headers."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.errors import InvalidField
from desktop_app.services.settings import SettingsService

WINDOWS = "bpjs.windows_days"
WA_TEMPLATE = "bpjs.wa_template"
REGISTRATION_HEADERS = "bpjs.registration_headers"

DEFAULT_WA_TEMPLATE = (
    "Selamat siang Bapak/Ibu {nama}, terima kasih telah mengikuti {kegiatan} pada {tanggal}. "
    "Kami dari BPJS Ketenagakerjaan ingin membantu pendaftaran {lembaga} sebagai peserta "
    "Bukan Penerima Upah (BPU). Kapan Bapak/Ibu dapat kami hubungi?"
)
# Field codes of a BPU registration, in the branch's usual order, with the default headers.
REGISTRATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("nik", "NIK"),
    ("name", "Nama Lengkap"),
    ("birth_place", "Tempat Lahir"),
    ("birth_date", "Tanggal Lahir"),
    ("sex", "Jenis Kelamin"),
    ("address", "Alamat"),
    ("kelurahan", "Kelurahan/Desa"),
    ("kecamatan", "Kecamatan"),
    ("phone", "No. HP"),
    ("email", "Email"),
    ("occupation", "Pekerjaan"),
)


@dataclass(frozen=True)
class FollowupSettings:
    """What the conversion figures and the follow-up files follow."""

    short_days: int = 30
    long_days: int = 90
    wa_template: str = DEFAULT_WA_TEMPLATE
    registration_headers: tuple[tuple[str, str], ...] = REGISTRATION_FIELDS


def followup_settings(settings: SettingsService) -> FollowupSettings:
    """The stored settings, defaults where nothing (or nothing usable) is stored."""
    windows = settings.get(WINDOWS) or [30, 90]
    template = settings.get(WA_TEMPLATE) or DEFAULT_WA_TEMPLATE
    headers = settings.get(REGISTRATION_HEADERS) or {}
    return FollowupSettings(
        int(windows[0]),
        int(windows[1]),
        str(template),
        tuple((code, str(headers.get(code) or default)) for code, default in REGISTRATION_FIELDS),
    )


def set_windows(settings: SettingsService, short_days: int, long_days: int, operator_id: int | None) -> None:
    """The two conversion windows in days (admin only): 1 ≤ short ≤ long ≤ 730."""
    if not 1 <= short_days <= long_days <= 730:
        raise InvalidField("windows", "out_of_range", "1 <= short <= long <= 730")
    settings.set(WINDOWS, [short_days, long_days], operator_id)


def set_wa_template(settings: SettingsService, template: str, operator_id: int | None) -> None:
    """The follow-up message; `{nama}`, `{lembaga}`, `{kegiatan}`, `{tanggal}` are filled in."""
    if not template.strip():
        raise InvalidField("wa_template", "required")
    settings.set(WA_TEMPLATE, template.strip(), operator_id)


def set_registration_headers(
    settings: SettingsService, headers: dict[str, str], operator_id: int | None
) -> None:
    """The registration sheet's column headers by field code (the branch's template may differ)."""
    known = {code for code, _ in REGISTRATION_FIELDS}
    unknown = set(headers) - known
    if unknown:
        raise InvalidField("registration_headers", "unknown", ", ".join(sorted(unknown)))
    settings.set(REGISTRATION_HEADERS, {k: v.strip() for k, v in headers.items() if v.strip()}, operator_id)
