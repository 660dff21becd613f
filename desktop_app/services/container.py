"""One object holding every service over one open database (built by the composition root)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desktop_app.core.region import District
from desktop_app.paths import AppPaths
from desktop_app.services.audit_log.service import AuditLogService
from desktop_app.services.backup.service import BackupService
from desktop_app.services.certificates.service import CertificateService
from desktop_app.services.checkin.service import CheckinService
from desktop_app.services.events.service import EventService
from desktop_app.services.merge.service import MergeService
from desktop_app.services.operators.security import SecuritySettings
from desktop_app.services.operators.service import OperatorService
from desktop_app.services.privacy.service import PrivacyService
from desktop_app.services.registry.people import PeopleService
from desktop_app.services.registry.service import RegistryService
from desktop_app.services.reports.service import ReportService
from desktop_app.services.roster.service import RosterImportService
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database, open_database

log = logging.getLogger(__name__)


@dataclass
class Services:
    """The use cases the window and the command line share."""

    db: Database
    district: District = field(default_factory=District)
    backup_dir: Path | None = None

    def __post_init__(self) -> None:
        self.operators = OperatorService(self.db)
        self.events = EventService(self.db)
        self.people = PeopleService(self.db, self.district)
        self.checkin = CheckinService(self.db, self.people)
        self.settings = SettingsService(self.db)
        self.certificates = CertificateService(self.db, self.settings, self.district)
        self.reports = ReportService(self.db, self.settings)
        self.roster = RosterImportService(self.db, self.district)
        self.registry = RegistryService(self.db, self.district)
        self.privacy = PrivacyService(self.db, self.settings)
        self.security = SecuritySettings(self.settings)
        self.audit_log = AuditLogService(self.db)
        self.merge = MergeService(self.db, self.certificates)
        self.backups = BackupService(self.db, self.backup_dir or self.db.path.parent / "backups")

    @classmethod
    def open(cls, paths: AppPaths) -> Services:
        """Open (and migrate) the database the paths name; the first open of a day keeps a copy."""
        services = cls(open_database(paths.db_path, paths.backup_dir), backup_dir=paths.backup_dir)
        services.backups.daily_backup()
        try:
            services.privacy.purge_health_answers()  # the retention rule runs on every open
        except SQLAlchemyError as exc:  # housekeeping waits for the next open; the desk must not
            log.warning("health data purge postponed: %s", type(exc).__name__)
        return services

    def close(self) -> None:
        """Release the database file."""
        self.db.close()
