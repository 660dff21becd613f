"""Build the laporan kegiatan from what Hadir holds, and write it; audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.bpjs_conversion import ConversionReport
from desktop_app.exports.attendance.data import EventReport
from desktop_app.exports.attendance.labels import AttendanceLabels, labels_for
from desktop_app.exports.files import Progress, export_format
from desktop_app.exports.report.data import (
    ActivityReport,
    CertificateLine,
    ReportFigure,
    ReportLabels,
    ReportPhoto,
)
from desktop_app.exports.report.pdf import write_activity_report
from desktop_app.services.activity_report.settings import REPORT_ACTIVITY, ReportSettings
from desktop_app.services.audit import record
from desktop_app.services.bpjs.conversion import conversion_figures, follow_up_used
from desktop_app.services.reports.service import ReportService
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import Certificate, Person, Session


@dataclass(frozen=True)
class ActivityReportResult:
    """A written report: where, how many attendees, photos and certificates it holds."""

    path: Path
    attended: int
    photos: int
    certificates: int


def headline_figures(conversion: ConversionReport | None) -> tuple[ReportFigure, ...]:
    """The BPJS lines among the report's numbers (the batches in detail follow in their own table)."""
    if conversion is None:
        return ()
    t = conversion.totals
    rate = f" ({round(t.rate * 100)} %)" if t.attended - t.members_before else ""
    return (
        ReportFigure("Sudah peserta BPJS sebelumnya", f"{t.members_before} orang"),
        ReportFigure("Mendaftar BPJS sesudahnya", f"{t.registered_after} orang{rate}"),
        ReportFigure(
            f"… dalam {conversion.short_days} / {conversion.long_days} hari",
            f"{t.within_short} / {t.within_long} orang",
        ),
        ReportFigure("Belum terdaftar BPJS", f"{t.not_registered} orang"),
    )


class ActivityReportService:
    """The laporan kegiatan for the window and the command line."""

    def __init__(self, db: Database, settings: SettingsService, reports: ReportService) -> None:
        self._db = db
        self._settings = settings
        self._reports = reports

    def report_settings(self) -> ReportSettings:
        """The basis, purpose and speakers the office set (or the defaults)."""
        return ReportSettings.from_json(self._settings.get(REPORT_ACTIVITY))

    def set_report_settings(self, value: ReportSettings, operator_id: int | None) -> None:
        """Change them (admins only; audited)."""
        self._settings.set(REPORT_ACTIVITY, value.to_json(), operator_id)

    def build(
        self,
        *,
        session_id: int | None = None,
        event_id: int | None = None,
        notes: str = "",
        photos: Sequence[ReportPhoto] = (),
    ) -> ActivityReport:
        """The report's data for one batch or a whole event (NIKs masked)."""
        if session_id is not None:
            attendance = self._reports.session_report(session_id)
        else:
            assert event_id is not None, "a session or an event"
            attendance = self._reports.event_report(event_id)
        text = self.report_settings()
        conversion = None
        if follow_up_used(self._db):
            key = {"session_id": session_id} if session_id is not None else {"event_id": event_id}
            conversion = conversion_figures(self._db, self._settings, **key)
        return ActivityReport(
            attendance=attendance,
            basis=text.basis,
            purpose=text.purpose,
            speakers=text.speakers,
            notes=notes,
            photos=tuple(photos),
            certificates=self._certificates(attendance),
            figures=headline_figures(conversion),
            conversion=conversion,
        )

    def _certificates(self, attendance: EventReport) -> tuple[CertificateLine, ...]:
        """Certificates already given to the report's attendees (none are numbered here)."""
        ids = [s.header.session_id for s in attendance.sessions]
        with self._db.session() as s:
            rows = s.execute(
                select(Certificate.number, Person.name, Session.batch)
                .join(Person, Person.id == Certificate.person_id)
                .join(Session, Session.id == Certificate.session_id)
                .where(Certificate.session_id.in_(ids))
                .order_by(Certificate.year, Certificate.seq)
            ).all()
        return tuple(CertificateLine(number, name, batch) for number, name, batch in rows)

    def write(
        self,
        report: ActivityReport,
        path: Path | str,
        *,
        operator_id: int | None = None,
        labels: ReportLabels | None = None,
        words: AttendanceLabels | None = None,
        progress: Progress | None = None,
    ) -> ActivityReportResult:
        """Write the report as a PDF and record the export in the audit log."""
        export_format(path, ("pdf",))
        path = Path(path)
        setup = self._settings.print_setup()
        write_activity_report(report, path, labels, words or labels_for("id"), setup, progress)
        sessions = report.attendance.sessions
        entity, entity_id = (
            ("session", sessions[0].header.session_id)
            if len(sessions) == 1
            else ("event", report.attendance.event_id)
        )
        attended = report.attendance.totals.admitted
        with self._db.transaction() as s:
            record(
                s,
                "export",
                entity,
                entity_id,
                operator_id,
                document="activity_report",
                rows=attended,
                photos=len(report.photos),
                file=path.name,
            )
        return ActivityReportResult(path, attended, len(report.photos), len(report.certificates))
