"""Laporan & Ekspor: the numbers of a session or an event, and the files the office asks for.

Reports are plain frozen rows (`exports.attendance.data`); NIKs are masked unless the caller
asks for the full number, which the audit log then records with every export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from desktop_app.core.errors import NotFound
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import format_local
from desktop_app.core.timezones import to_local
from desktop_app.exports.attendance.data import (
    ORG_KIND_ORDER,
    SEX_ORDER,
    AttendanceSummary,
    AttendeeRow,
    EventReport,
    SessionHeader,
    SessionReport,
)
from desktop_app.exports.attendance.labels import AttendanceLabels, labels_for
from desktop_app.exports.attendance.pdf import write_attendance_pdf
from desktop_app.exports.attendance.xlsx import write_attendance_workbook
from desktop_app.exports.files import Progress, export_format
from desktop_app.services.audit import record
from desktop_app.services.bpjs.conversion import conversion_sheets
from desktop_app.services.reports import _queries as q
from desktop_app.services.roles import require_admin
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import Event

__all__ = ["AttendanceSummary", "EventReport", "ExportResult", "ReportService", "SessionReport"]


@dataclass(frozen=True)
class ExportResult:
    """A written export: where, what format, how many attendees in how many sessions."""

    path: Path
    format: str
    rows: int
    sessions: int
    full_nik: bool


def _address(row) -> str | None:  # type: ignore[no-untyped-def]
    """The address as the sheet prints it: street/RT-RW and village, then the kecamatan."""
    parts = [p for p in (row.address, row.kecamatan and f"Kec. {row.kecamatan}") if p]
    if row.desa and row.address and row.desa.casefold() not in row.address.casefold():
        parts.insert(1, row.desa)
    return ", ".join(parts) or None


def _attendee(no: int, row, zone: str, full_nik: bool) -> AttendeeRow:  # type: ignore[no-untyped-def]
    return AttendeeRow(
        no=no,
        name=row.name,
        nik=(row.nik if full_nik else mask_nik(row.nik)) or "",
        sex=row.sex,
        organization=row.org_name,
        org_kind=row.org_kind,
        nib=row.nib,
        kecamatan=row.kecamatan,
        phone=format_local(row.phone),
        kpj=row.kpj,
        position=row.position,
        address=_address(row),
        checked_in_at=to_local(row.at, zone),
        temperature=row.temperature,
        walk_in=row.walk_in,
        override_reason=row.override_reason,
    )


def _summary(capacity: int, c: q.Counts) -> AttendanceSummary:
    return AttendanceSummary(
        capacity=capacity,
        invited=c.invited,
        admitted=c.admitted,
        walk_ins=c.walk_ins,
        refused=c.refused,
        no_shows=c.no_shows,
        by_kind=AttendanceSummary.ordered(c.by_kind, ORG_KIND_ORDER),
        by_sex=AttendanceSummary.ordered(c.by_sex, SEX_ORDER),
        by_kecamatan=AttendanceSummary.ordered(c.by_kecamatan),
    )


class ReportService:
    """Summaries for the window and the attendance exports for the window and the command line."""

    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings

    # -- reading --------------------------------------------------------------------------------

    def event_report(self, event_id: int, *, full_nik: bool = False, rows: bool = True) -> EventReport:
        """Every session of an event; with `rows=False` only the numbers (fast, for the window)."""
        with self._db.session() as s:
            event = s.get(Event, event_id)
            if event is None:
                raise NotFound("event", event_id)
            return self._report(s, q.sessions_of(s, event_id=event_id), full_nik, rows, event)

    def session_report(self, session_id: int, *, full_nik: bool = False, rows: bool = True) -> EventReport:
        """One session, shaped as an event report with that session alone."""
        with self._db.session() as s:
            sessions = q.sessions_of(s, session_id=session_id)
            if not sessions:
                raise NotFound("session", session_id)
            return self._report(s, sessions, full_nik, rows, sessions[0][0].event)

    def _report(self, s: DbSession, sessions: list, full_nik: bool, rows: bool, event: Event) -> EventReport:  # type: ignore[type-arg]
        ids = [row[0].id for row in sessions]
        counts = q.session_counts(s, ids)
        by_session: dict[int, list[AttendeeRow]] = {sid: [] for sid in ids}
        if rows:
            zones = {row[0].id: row[0].timezone for row in sessions}
            for raw in q.attendee_rows(s, ids):
                bucket = by_session[raw.session_id]
                bucket.append(_attendee(len(bucket) + 1, raw, zones[raw.session_id], full_nik))
        reports = []
        for session, title, organizer, partner in sessions:
            header = SessionHeader(
                session_id=session.id,
                event_id=session.event_id,
                event_title=title,
                organizer=organizer,
                partner=partner,
                batch=session.batch,
                date=session.date,
                start_time=session.start_time,
                end_time=session.end_time,
                timezone=session.timezone,
                venue=session.venue,
                capacity=session.capacity,
            )
            summary = _summary(session.capacity, counts[session.id])
            reports.append(SessionReport(header, summary, tuple(by_session[session.id])))
        return EventReport(
            event_id=event.id,
            title=event.title,
            organizer=event.organizer,
            partner=event.partner,
            sessions=tuple(reports),
            totals=AttendanceSummary.total(r.summary for r in reports),
            full_nik=full_nik,
        )

    # -- exporting ------------------------------------------------------------------------------

    def export_session(
        self,
        session_id: int,
        path: Path | str,
        *,
        full_nik: bool = False,
        operator_id: int | None = None,
        labels: AttendanceLabels | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write one session's workbook (.xlsx) or printable sheet (.pdf); audited.

        Raises:
            NotAllowed: full NIKs asked for by someone who is not an admin.
        """
        report = partial(self.session_report, session_id, full_nik=full_nik)
        return self._export(report, path, full_nik, "session", session_id, operator_id, labels, progress)

    def export_event(
        self,
        event_id: int,
        path: Path | str,
        *,
        full_nik: bool = False,
        operator_id: int | None = None,
        labels: AttendanceLabels | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write an event's workbook (.xlsx: a sheet per session) or its sheets (.pdf); audited.

        Raises:
            NotAllowed: full NIKs asked for by someone who is not an admin.
        """
        report = partial(self.event_report, event_id, full_nik=full_nik)
        return self._export(report, path, full_nik, "event", event_id, operator_id, labels, progress)

    def _export(
        self,
        build_report: Callable[[], EventReport],
        path: Path | str,
        full_nik: bool,
        entity: str,
        entity_id: int,
        operator_id: int | None,
        labels: AttendanceLabels | None,
        progress: Progress | None,
    ) -> ExportResult:
        """The steps every export shares: who may, which format, the report, the file, the audit."""
        if full_nik:
            require_admin(self._db, operator_id, "export full NIKs")
        fmt = export_format(path)
        path = Path(path)
        if progress:
            progress(0, 1)
        report = build_report()
        labels = labels or labels_for("id")
        setup = self._settings.print_setup()
        if fmt == "xlsx":
            bpjs = conversion_sheets(self._db, self._settings, entity, entity_id, labels.lang)  # issue 19
            write_attendance_workbook(report, path, labels, setup, progress, bpjs)
        else:
            write_attendance_pdf(report, path, labels, setup, progress)
        with self._db.transaction() as s:
            record(
                s,
                "export",
                entity,
                entity_id,
                operator_id,
                format=fmt,
                full_nik=report.full_nik,
                rows=report.row_count,
                file=path.name,
            )
        return ExportResult(path, fmt, report.row_count, len(report.sessions), report.full_nik)
