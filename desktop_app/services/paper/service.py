"""Documents around a session besides the attendance export: the sheet to sign, invitations, contacts.

- `signin_sheet`: the daftar hadir printed before the event (invitees pre-filled in the order of
  the invitation list, numbered empty rows up to the batch's capacity, same kop and signatory).
- `invitations`: the cards with the QR code the desk scans.
- `contacts`: the close-contact list for a health office (admin only, audited; full phones).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop_app.core.dates import format_day_date, format_time_range
from desktop_app.core.errors import InvalidField
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import format_local
from desktop_app.core.timezones import to_local
from desktop_app.exports.attendance.data import AttendeeRow
from desktop_app.exports.attendance.labels import AttendanceLabels, labels_for
from desktop_app.exports.attendance.pdf import write_attendance_pdf
from desktop_app.exports.contacts.xlsx import ContactLabels, ContactRow, write_contacts_workbook
from desktop_app.exports.files import Progress, export_format
from desktop_app.exports.invitations.pdf import InvitationLabels, write_invitations
from desktop_app.services.audit import record
from desktop_app.services.invitations.cards import invitation_cards
from desktop_app.services.paper import _queries as q
from desktop_app.services.paper.details import INVITATION_DETAILS, InvitationDetails
from desktop_app.services.reports.service import ReportService
from desktop_app.services.roles import require_admin
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database

SYMPTOM_WORDS = {
    "fever": "demam",
    "cough": "batuk/nyeri tenggorokan",
    "breath": "sesak napas",
    "travel": "perjalanan",
    "contact": "kontak kasus",
    "isolation": "isolasi",
}


@dataclass(frozen=True)
class PaperResult:
    """A written document: where, and how many people (rows or cards) it lists."""

    path: Path
    rows: int


def _address(row) -> str | None:  # type: ignore[no-untyped-def]
    kecamatan = row.org_kecamatan or row.person_kecamatan
    parts = [p for p in (row.address, kecamatan and f"Kec. {kecamatan}") if p]
    if row.desa and row.address and row.desa.casefold() not in row.address.casefold():
        parts.insert(1, row.desa)
    return ", ".join(parts) or None


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class PaperService:
    """The sheet to sign, the invitations and the contact list, for the window and the command line."""

    def __init__(self, db: Database, settings: SettingsService, reports: ReportService) -> None:
        self._db = db
        self._settings = settings
        self._reports = reports

    def signin_sheet(
        self,
        session_id: int,
        path: Path | str,
        *,
        operator_id: int | None = None,
        labels: AttendanceLabels | None = None,
        progress: Progress | None = None,
    ) -> PaperResult:
        """The daftar hadir to print before the event; NIKs masked; audited."""
        export_format(path, ("pdf",))
        path = Path(path)
        report = self._reports.session_report(session_id, rows=False)
        session = report.sessions[0]
        h = session.header
        start = datetime.combine(h.date, h.start_time, tzinfo=ZoneInfo(h.timezone))
        with self._db.session() as s:
            invitees = q.invitee_rows(s, session_id)
        rows = tuple(
            AttendeeRow(
                no=no,
                name=r.name,
                nik=mask_nik(r.nik) or "",
                sex=r.sex,
                organization=r.org_name,
                org_kind=r.org_kind,
                nib=r.nib,
                kecamatan=r.org_kecamatan or r.person_kecamatan,
                phone=format_local(r.phone),
                kpj=r.kpj,
                position=r.position,
                address=_address(r),
                checked_in_at=start,  # not printed: nobody has arrived yet
                temperature=None,
                walk_in=False,
                override_reason=None,
            )
            for no, r in enumerate(invitees, start=1)
        )
        sheet = replace(report, sessions=(replace(session, rows=rows),))
        write_attendance_pdf(
            sheet,
            path,
            labels or labels_for("id"),
            self._settings.print_setup(),
            progress,
            fill_to_capacity=True,
        )
        self._audit("export_signin", session_id, operator_id, rows=len(rows), file=path.name)
        return PaperResult(path, len(rows))

    def invitation_details(self) -> InvitationDetails:
        """The venue address, contact person and health line every invitation prints."""
        return InvitationDetails.from_json(self._settings.get(INVITATION_DETAILS))

    def set_invitation_details(self, details: InvitationDetails, operator_id: int | None) -> None:
        """Change them (admins only; audited)."""
        self._settings.set(INVITATION_DETAILS, details.to_json(), operator_id)

    def invitations(
        self,
        session_id: int,
        path: Path | str,
        *,
        operator_id: int | None = None,
        labels: InvitationLabels | None = None,
        lang: str = "id",
        progress: Progress | None = None,
    ) -> PaperResult:
        """The invitation cards of a session's invitees, on the office's paper; audited."""
        export_format(path, ("pdf",))
        path = Path(path)
        details = self.invitation_details()
        cards = [
            replace(
                card,
                venue_address=details.venue_address,
                contact=details.contact,
                health_line=details.health_line,
            )
            for card in invitation_cards(self._db, session_id, lang)
        ]
        if not cards:
            raise InvalidField("session", "no_invitees")
        write_invitations(path, cards, labels, progress, paper=self._settings.paper_size())
        self._audit("export_invitations", session_id, operator_id, rows=len(cards), file=path.name)
        return PaperResult(path, len(cards))

    def contacts(
        self,
        session_id: int,
        path: Path | str,
        *,
        operator_id: int | None = None,
        labels: ContactLabels | None = None,
    ) -> PaperResult:
        """The close-contact list of a session (admin only: full phones); audited.

        Raises:
            NotAllowed: the operator is not an admin.
        """
        require_admin(self._db, operator_id, "export contact tracing")
        export_format(path, ("xlsx",))
        path = Path(path)
        report = self._reports.session_report(session_id, rows=False)
        h = report.sessions[0].header
        with self._db.session() as s:
            raw = q.contact_rows(s, session_id)
        rows = [
            ContactRow(
                name=r.name,
                sex=r.sex,
                age=_age(r.birth_date, h.date),
                phone=format_local(r.phone),
                address=r.address,
                desa=r.desa,
                kecamatan=r.org_kecamatan or r.person_kecamatan,
                exposure_date=h.date,
                arrived_at=to_local(r.at, h.timezone).replace(tzinfo=None),
                temperature=None if r.purged_at else r.temperature,
                mask="" if r.purged_at or r.mask is None else ("Ya" if r.mask else "Tidak"),
                symptoms=""
                if r.purged_at
                else ", ".join(SYMPTOM_WORDS.get(code, code) for code in r.symptoms or ()),
                organization=r.org_name,
                nik=mask_nik(r.nik) or "",
            )
            for r in raw
        ]
        hours = format_time_range(h.start_time, h.end_time, h.timezone)
        subtitle = (
            f"{h.event_title} · Angkatan {h.batch}",
            f"{format_day_date(h.date)}, {hours} · {h.venue}",
        )
        write_contacts_workbook(path, rows, subtitle, labels)
        self._audit("export_contacts", session_id, operator_id, rows=len(rows), file=path.name)
        return PaperResult(path, len(rows))

    def _audit(self, kind: str, session_id: int, operator_id: int | None, **details: object) -> None:
        with self._db.transaction() as s:
            record(s, "export", "session", session_id, operator_id, document=kind, **details)
