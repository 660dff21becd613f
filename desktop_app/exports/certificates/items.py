"""The drawing items of a certificate page, and the plain data an export receives.

Coordinates are PDF points with the origin at the lower left, as reportlab uses them; the
window's preview flips them for Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """A line of text; `x` is where it starts (centring is already done)."""

    x: float
    y: float
    text: str
    font: str
    size: float
    color: str
    char_space: float = 0.0


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float


@dataclass(frozen=True, slots=True)
class Frame:
    """A rectangle outline."""

    x: float
    y: float
    w: float
    h: float
    color: str
    width: float


@dataclass(frozen=True, slots=True)
class Diamond:
    """A small filled square standing on its corner (the frame's ornaments)."""

    cx: float
    cy: float
    r: float
    color: str


@dataclass(frozen=True, slots=True)
class Picture:
    """A PNG or JPEG drawn into the box (aspect ratio already kept)."""

    data: bytes
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class QrCode:
    """A QR code holding `text`; (`x`, `y`) is the lower-left of the dark area, `size` its side."""

    x: float
    y: float
    size: float
    text: str
    color: str


Item = Text | Rule | Frame | Diamond | Picture | QrCode


@dataclass(frozen=True)
class CertificateHeader:
    """What is the same for every certificate of one file: who organised the event."""

    organizer: str
    partner: str | None = None
    phone: str = ""  # the office's telephone (letterhead settings): the hint tells readers to call it


@dataclass(frozen=True)
class CertificatePage:
    """One participant's certificate: the texts already filled in, and the QR code's content."""

    number: str
    name: str
    organization: str | None
    body: str
    date_text: str
    code: str


@dataclass(frozen=True)
class CertificateLabels:
    """Fixed words on the page, passed in so exports stay free of the UI's translations."""

    number: str = "Nomor"
    nip: str = "NIP."
    scan: str = (
        "Cek keaslian: pindai kode QR dengan aplikasi Hadir di {office}, atau hubungi kantor itu "
        "dan sebutkan nomor sertifikat."
    )
    scan_phone: str = (
        "Cek keaslian: pindai kode QR dengan aplikasi Hadir di {office}, atau telepon {phone} "
        "dan sebutkan nomor sertifikat."
    )
    unnamed: str = "(..................................................)"
