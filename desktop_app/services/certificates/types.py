"""What the certificate use cases return (frozen dataclasses; the window and CLI show them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.exports.certificates.items import Item


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate of one admitted person for one session, with its number."""

    certificate_id: int
    number: str
    year: int
    seq: int
    session_id: int
    batch: int
    person_id: int
    name: str
    organization: str | None
    event_id: int
    event_title: str
    date: date
    venue: str


@dataclass(frozen=True)
class GenerateResult:
    """What a generation wrote: the combined PDF and, if asked, one file per person."""

    count: int
    path: Path
    files: tuple[Path, ...] = ()
    newly_numbered: int = 0


@dataclass(frozen=True)
class Verification:
    """The answer to a scanned or typed QR code.

    `reason` (when not valid): `malformed` (not a Hadir code at all), `forged` (the MAC does not
    match: made up or altered), `unknown` (a genuine-looking code this database never issued),
    `revoked` (issued, but the admission was taken back since).
    """

    valid: bool
    reason: str | None = None
    number: str | None = None
    name: str | None = None
    organization: str | None = None
    event: str | None = None
    session_id: int | None = None
    batch: int | None = None
    date: date | None = None
    venue: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The `hadir verify --json` answer."""
        if not self.valid:
            data: dict[str, Any] = {"valid": False, "reason": self.reason}
            if self.number is not None:
                data |= {"number": self.number, "name": self.name, "event": self.event}
            return data
        return {
            "valid": True,
            "number": self.number,
            "name": self.name,
            "organization": self.organization,
            "event": self.event,
            "session": self.session_id,
            "batch": self.batch,
            "date": self.date.isoformat() if self.date else None,
            "venue": self.venue,
        }


@dataclass(frozen=True)
class CertificatePreview:
    """Page 1 with a sample participant, as drawing items in points (the window paints them)."""

    width: float
    height: float
    items: tuple[Item, ...]
