"""`hadir merge FILE`: another Hadir database (a field laptop's, or a backup) into this one.

One transaction: everything or nothing (a dry run and a cancel roll back). The file is checked
like a restore and read from a private copy, so it is never modified. Idempotent: every record
keeps its uuid, so merging the same file again finds everything already there.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.core.errors import InvalidInput
from desktop_app.services.audit import record
from desktop_app.services.certificates.service import CertificateService
from desktop_app.services.events.service import EventService
from desktop_app.services.merge import _attendance, _audit, _certificates, _events, _people, _records, choices
from desktop_app.services.merge._run import SOURCE_CHUNK, Progress, Run, count_rows
from desktop_app.services.merge.incoming import incoming_copy
from desktop_app.services.merge.types import Conflict, MergeReport
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roles import require_admin
from desktop_app.storage.attended import recount_attended
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow

log = logging.getLogger(__name__)

# In this order: each step maps the ids the next ones refer to.
STEPS = (
    _records.merge_operators,
    _records.merge_organizations,
    _events.merge_events,
    _events.merge_sessions,
    _people.merge_people,
    _attendance.merge_invitations,
    _attendance.merge_screenings,
    _attendance.merge_attendance,
    _certificates.merge_certificates,
    _audit.merge_audit,
)
SOURCE_CACHE_KIB = 2048
# The file's tables the steps read, for progress.
TABLES = (
    _records.OPERATORS,
    _records.ORGANIZATIONS,
    _events.EVENTS,
    _events.SESSIONS,
    _people.PEOPLE,
    _attendance.INVITATIONS,
    _attendance.ALIASES,
    _attendance.SCREENINGS,
    _attendance.ATTENDANCE,
    _certificates.CERTIFICATES,
    _audit.AUDIT,
)


class MergeService:
    """Bringing a field laptop's data home, and deciding the conflicts it lists.

    `chunk`: how many of the file's rows are read, matched and written at a time (memory and
    the cancel's delay grow with it; tests make it small).
    """

    chunk = SOURCE_CHUNK

    def __init__(self, db: Database, certificates: CertificateService, events: EventService) -> None:
        self._db = db
        self._certificates = certificates
        self._events = events

    def merge(
        self,
        path: Path,
        operator: OperatorInfo,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        key: bytes | None = None,
    ) -> MergeReport:
        """Merge the database file at `path`; with `dry_run`, only report what would happen.

        Raises:
            NotAllowed: the operator is not an admin.
            InvalidInput / DatabaseProblem: the file is missing, not Hadir's, too new or damaged.
            Cancelled: `progress` raised it (it is called after every chunk of the file's rows);
                the transaction is rolled back, so nothing was written.
        """
        require_admin(self._db, operator.id, "merge another database")
        path = path.expanduser().resolve()
        if path == self._db.path:
            raise InvalidInput("this file is the open database itself")
        pattern = self._certificates.template().number_pattern
        with (
            incoming_copy(path, key) as source_engine,
            source_engine.connect() as source,
            self._db.engine.connect() as target,
        ):
            # The file is read once, in key order: a small page cache is enough (memory stays low).
            source.exec_driver_sql(f"PRAGMA cache_size = -{SOURCE_CACHE_KIB}")
            transaction = target.begin()
            try:
                run = Run(target, source, operator.id, utcnow(), pattern, progress, chunk=self.chunk)
                run.total = count_rows(source, TABLES)
                for step in STEPS:
                    step(run)
                recount_attended(target)  # new people came with their laptop's count, then their admissions
                over = _attendance.over_capacity(run)
                report = MergeReport(
                    **dict(run.counts),
                    over_capacity=tuple(row[0] for row in over),
                    over_capacity_batches=tuple((batch, n, seats) for _, batch, n, seats in over),
                    conflicts=tuple(run.conflicts),
                    dry_run=dry_run,
                )
                record(target, "merge", "database", None, operator.id, file=path.name, **report.counts())
            except BaseException:
                transaction.rollback()
                raise
            if dry_run:
                transaction.rollback()
            else:
                transaction.commit()
        log.info("merged %s: %s", path.name, report.counts())
        return report

    def use_incoming(self, conflict: Conflict, operator: OperatorInfo) -> None:
        """Take the laptop's value of a field conflict (a person's, an event's or a batch's).

        Raises:
            InvalidInput: not a field conflict, or its NIK now belongs to someone else.
            InvalidField: the batch's value breaks a rule now (a capacity below those admitted).
        """
        require_admin(self._db, operator.id, "decide a merge conflict")
        if conflict.kind == "person_field":
            choices.take_person_field(self._db, conflict, operator.id)
        elif conflict.kind == "event_field":
            choices.take_event_field(self._events, conflict, operator.id)
        elif conflict.kind == "session_field":
            choices.take_session_field(self._events, conflict, operator.id)
        else:
            raise InvalidInput("only a field of a person, an event or a batch can be chosen")
