"""The follow-up list and the BPU registration sheet of an event (admins only, audited).

Consent is checked here, not in the writers: a phone is written in full, with a wa.me link, only
for someone who consented to sharing with BPJS; the registration sheet holds only people who
consented and said they were interested. Members (before or after) are never on either list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select

from desktop_app.core.dates import format_date
from desktop_app.core.errors import NotFound
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import format_local, mask_phone
from desktop_app.exports.bpjs.followup_xlsx import FollowupRow, write_followup_workbook
from desktop_app.exports.bpjs.registration_xlsx import write_registration_workbook
from desktop_app.exports.files import export_format
from desktop_app.services.audit import record
from desktop_app.services.bpjs.bpjs_settings import followup_settings
from desktop_app.services.roles import require_admin
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import Attendance, BpjsMembership, Event, Organization, Person, Session

SEX_WORDS = {"L": "Laki-laki", "P": "Perempuan"}


@dataclass(frozen=True)
class FollowupExport:
    """A written follow-up file: where, how many people, how many with a full phone."""

    path: Path
    rows: int
    with_consent: int
    withheld: int


@dataclass(frozen=True)
class _Candidate:
    person: Person
    organization: str
    session_batch: int
    session_date: date


def wa_link(e164: str, message: str) -> str:
    """`https://wa.me/6281234567890?text=…` (wa.me takes the number without `+`)."""
    return f"https://wa.me/{e164.lstrip('+')}?text={quote(message, safe='')}"


def fill_template(template: str, **values: str) -> str:
    """The template with `{nama}`, `{lembaga}`, … filled; an unknown `{x}` is left as it is."""
    text = template
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


class FollowupService:
    """Who to call after an event, and the sheet the branch registers them from."""

    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings

    def _candidates(self, s, event_id: int) -> tuple[Event, list[_Candidate]]:  # type: ignore[no-untyped-def]
        event = s.get(Event, event_id)
        if event is None:
            raise NotFound("event", event_id)
        rows = s.execute(
            select(Person, Organization.name, Session.batch, Session.date)
            .join(Attendance, Attendance.person_id == Person.id)
            .join(Session, Session.id == Attendance.session_id)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .outerjoin(BpjsMembership, BpjsMembership.person_id == Person.id)
            .where(Session.event_id == event_id, Attendance.undone_at.is_(None), BpjsMembership.id.is_(None))
            .order_by(Session.date, Session.batch, Person.name, Person.id)
        ).all()
        seen: dict[int, _Candidate] = {}
        for person, org, batch, day in rows:
            seen.setdefault(person.id, _Candidate(person, org or "", batch, day))  # first session only
        return event, list(seen.values())

    def export_followup(self, event_id: int, path: Path, operator_id: int | None) -> FollowupExport:
        """Write the follow-up list of an event's attendees not yet registered (xlsx)."""
        require_admin(self._db, operator_id, "export the BPJS follow-up list")
        export_format(path, ("xlsx",))
        template = followup_settings(self._settings).wa_template
        with self._db.session() as s:
            event, candidates = self._candidates(s, event_id)
            rows = []
            for c in candidates:
                p = c.person
                consent = p.consent_bpjs_at is not None
                when = format_date(c.session_date)
                link = ""
                if consent and p.phone:
                    message = fill_template(
                        template,
                        nama=p.name,
                        lembaga=c.organization or p.name,
                        kegiatan=event.title,
                        tanggal=when,
                    )
                    link = wa_link(p.phone, message)
                phone = (format_local(p.phone) if consent else mask_phone(p.phone)) if p.phone else ""
                rows.append(
                    FollowupRow(
                        p.name,
                        mask_nik(p.nik),
                        phone,
                        consent,
                        c.organization,
                        f"Angkatan {c.session_batch} — {c.session_date:%d/%m/%Y}",
                        p.bpu_interest_at is not None,
                        link,
                    )
                )
            title = event.title
        written = write_followup_workbook(path, [title], rows)
        with_consent = sum(1 for r in rows if r.consent)
        with self._db.transaction() as s:
            record(
                s,
                "export",
                "bpjs_followup",
                event_id,
                operator_id,
                path=str(path.name),
                rows=len(rows),
                full_phones=with_consent,
            )
        return FollowupExport(written, len(rows), with_consent, len(rows) - with_consent)

    def export_registration(self, event_id: int, path: Path, operator_id: int | None) -> FollowupExport:
        """Write the BPU registration sheet: consenting, interested attendees not yet registered."""
        require_admin(self._db, operator_id, "export the BPU registration sheet")
        export_format(path, ("xlsx",))
        columns = followup_settings(self._settings).registration_headers
        with self._db.session() as s:
            _, candidates = self._candidates(s, event_id)
            chosen = [
                c
                for c in candidates
                if c.person.consent_bpjs_at is not None and c.person.bpu_interest_at is not None
            ]
            rows = [[_registration_value(code, c) for code, _ in columns] for c in chosen]
        written = write_registration_workbook(path, [header for _, header in columns], rows)
        with self._db.transaction() as s:
            record(
                s, "export", "bpjs_registration", event_id, operator_id, path=str(path.name), rows=len(rows)
            )
        return FollowupExport(written, len(rows), len(rows), 0)


def _registration_value(code: str, c: _Candidate) -> str | date | None:
    p = c.person
    values: dict[str, str | date | None] = {
        "nik": p.nik,
        "name": p.name,
        "birth_place": None,  # not collected at the desk: the branch fills it in
        "birth_date": p.birth_date,
        "sex": SEX_WORDS.get(p.sex or ""),
        "address": p.address,
        "kelurahan": p.desa,
        "kecamatan": p.kecamatan,
        "phone": format_local(p.phone) if p.phone else None,
        "email": None,
        "occupation": p.position or (f"Pemilik {c.organization}" if c.organization else None),
    }
    return values.get(code)
