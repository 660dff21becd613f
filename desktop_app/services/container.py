"""One object holding every service over one open database (built by the composition root)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from desktop_app.core.region import District
from desktop_app.paths import AppPaths
from desktop_app.storage.database import Database

# Each service is imported and built when first used: a command that lists events should not
# pay for reportlab, openpyxl and the certificate machinery (the CLI started in 1.8 s).
if TYPE_CHECKING:
    from desktop_app.services.activity_report.service import ActivityReportService
    from desktop_app.services.audit_log.service import AuditLogService
    from desktop_app.services.backup.service import BackupService
    from desktop_app.services.bpjs.conversion import ConversionService
    from desktop_app.services.bpjs.followup import FollowupService
    from desktop_app.services.bpjs.membership import MembershipImportService
    from desktop_app.services.certificates.service import CertificateService
    from desktop_app.services.checkin.service import CheckinService
    from desktop_app.services.events.listing import EventListing
    from desktop_app.services.events.service import EventService
    from desktop_app.services.merge.service import MergeService
    from desktop_app.services.operators.security import SecuritySettings
    from desktop_app.services.operators.service import OperatorService
    from desktop_app.services.paper.service import PaperService
    from desktop_app.services.paper.transport import TransportService
    from desktop_app.services.privacy.service import PrivacyService
    from desktop_app.services.registry.people import PeopleService
    from desktop_app.services.registry.service import RegistryService
    from desktop_app.services.reports.service import ReportService
    from desktop_app.services.roster.service import RosterImportService
    from desktop_app.services.settings import SettingsService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """The use cases the window and the command line share."""

    db: Database
    district: District = field(default_factory=District)
    backup_dir: Path | None = None

    @cached_property
    def operators(self) -> OperatorService:
        """Petugas: sign-in, PINs, roles."""
        from desktop_app.services.operators.service import OperatorService

        return OperatorService(self.db)

    @cached_property
    def events(self) -> EventService:
        """Kegiatan and Angkatan."""
        from desktop_app.services.events.service import EventService

        return EventService(self.db)

    @cached_property
    def event_listing(self) -> EventListing:
        """The events and sessions lists with their totals (plain SQL, no ORM: `hadir event list`)."""
        from desktop_app.services.events.listing import EventListing

        return EventListing(self.db)

    @cached_property
    def people(self) -> PeopleService:
        """People in the registry (create, find)."""
        from desktop_app.services.registry.people import PeopleService

        return PeopleService(self.db, self.district)

    @cached_property
    def checkin(self) -> CheckinService:
        """The desk: admit, refuse, undo."""
        from desktop_app.services.checkin.service import CheckinService

        return CheckinService(self.db, self.people)

    @cached_property
    def settings(self) -> SettingsService:
        """The office's settings."""
        from desktop_app.services.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def certificates(self) -> CertificateService:
        """Making and verifying certificates."""
        from desktop_app.services.certificates.service import CertificateService

        return CertificateService(self.db, self.settings, self.district)

    @cached_property
    def reports(self) -> ReportService:
        """The numbers of a session or event, and their files."""
        from desktop_app.services.reports.service import ReportService

        return ReportService(self.db, self.settings)

    @cached_property
    def roster(self) -> RosterImportService:
        """Importing roster files."""
        from desktop_app.services.roster.service import RosterImportService

        return RosterImportService(self.db, self.district)

    @cached_property
    def registry(self) -> RegistryService:
        """Peserta: edit, merge, remove."""
        from desktop_app.services.registry.service import RegistryService

        return RegistryService(self.db, self.district)

    @cached_property
    def privacy(self) -> PrivacyService:
        """Retention of health answers, consent."""
        from desktop_app.services.privacy.service import PrivacyService
        from desktop_app.storage.scrub import opener_for

        return PrivacyService(self.db, self.settings, self._backup_dir, opener_for(self.db.key))

    @cached_property
    def security(self) -> SecuritySettings:
        """Idle lock and sign-in lockout settings."""
        from desktop_app.services.operators.security import SecuritySettings

        return SecuritySettings(self.settings)

    @cached_property
    def audit_log(self) -> AuditLogService:
        """Reading and exporting the audit log."""
        from desktop_app.services.audit_log.service import AuditLogService

        return AuditLogService(self.db)

    @cached_property
    def backups(self) -> BackupService:
        """Backups and restore."""
        from desktop_app.services.backup.service import BackupService

        return BackupService(self.db, self._backup_dir)

    @property
    def _backup_dir(self) -> Path:
        return self.backup_dir or self.db.path.parent / "backups"

    @cached_property
    def paper(self) -> PaperService:
        """The sheet to sign, invitations and contact tracing."""
        from desktop_app.services.paper.service import PaperService

        return PaperService(self.db, self.settings, self.reports)

    @cached_property
    def activity_reports(self) -> ActivityReportService:
        """The laporan kegiatan (SPJ)."""
        from desktop_app.services.activity_report.service import ActivityReportService

        return ActivityReportService(self.db, self.settings, self.reports)

    @cached_property
    def transport(self) -> TransportService:
        """Transport money and its receipt."""
        from desktop_app.services.paper.transport import TransportService

        return TransportService(self.db, self.settings, self.reports)

    @cached_property
    def bpjs_members(self) -> MembershipImportService:
        """Importing the BPJS branch's membership lists."""
        from desktop_app.services.bpjs.membership import MembershipImportService

        return MembershipImportService(self.db)

    @cached_property
    def conversion(self) -> ConversionService:
        """Did attendees join BPJS afterwards: the figures per session and event."""
        from desktop_app.services.bpjs.conversion import ConversionService

        return ConversionService(self.db, self.settings)

    @cached_property
    def followup(self) -> FollowupService:
        """The follow-up list and the registration sheet (admin)."""
        from desktop_app.services.bpjs.followup import FollowupService

        return FollowupService(self.db, self.settings)

    @cached_property
    def merge(self) -> MergeService:
        """Bringing a field laptop's database into this one (hadir merge)."""
        from desktop_app.services.merge.service import MergeService

        return MergeService(self.db, self.certificates, self.events)

    @classmethod
    def open(cls, paths: AppPaths, housekeeping: bool = True) -> Services:
        """Open (and migrate) the database the paths name; the first open of a day keeps a copy.

        Args:
            paths: where the database and its backups live.
            housekeeping: run the daily backup and the purge now; the window passes False and
                calls `start_housekeeping()` once it is on screen.
        """
        from desktop_app.storage.target import open_target

        db = open_target(paths.db_url or paths.db_path, paths.backup_dir, paths.db_path)
        services = cls(db, backup_dir=paths.backup_dir)
        if housekeeping:
            services.housekeep()
        return services

    def housekeep(self) -> None:
        """Open-time chores: a killed import taken back, the purge, the daily backup.

        The retention purge runs on every open, the backup on the first open of a day.
        """
        from desktop_app.storage.write_journal import undo_abandoned

        try:
            undo_abandoned(self.db)
            self.privacy.purge_health_answers()  # the retention rule runs on every open
        except SQLAlchemyError as exc:  # housekeeping waits for the next open; the desk must not
            log.warning("health data purge postponed: %s", type(exc).__name__)
        self.backups.daily_backup()  # after the purge, so the copy holds no expired answers

    def start_housekeeping(self) -> threading.Thread:
        """`housekeep()` on a background thread, once; `close()` waits for it.

        The backup reads through SQLite's backup API in one read transaction: in WAL mode a
        check-in meanwhile neither waits for it nor restarts it.
        """
        started = getattr(self, "_housekeeping", None)
        if started is not None:
            return started
        _ = self.backups, self.privacy  # built on this thread, not raced for
        thread = threading.Thread(target=self._housekeep_quietly, name="hadir-housekeeping")
        self._housekeeping = thread
        thread.start()
        return thread

    def _housekeep_quietly(self) -> None:
        try:
            self.housekeep()
        except Exception:  # a background chore must never take the window down
            log.exception("housekeeping failed")

    def close(self) -> None:
        """Release the database file (after background housekeeping has finished)."""
        thread = getattr(self, "_housekeeping", None)
        if thread is not None:
            thread.join()
        self.db.close()
