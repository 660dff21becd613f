"""Personal data rules (Law 27/2022): health answers are kept only as long as the office sets.

A purge clears the temperature, mask, symptom answers, PeduliLindungi colour and refusal
reasons of screenings older than the retention period; whether a screening passed stays, so
the reports' counts (refused at screening) do not change. It reaches every copy: the refusal
reasons in the audit log, the WAL (checkpointed and truncated; freed pages are zeroed by the
engine's `secure_delete`), and the backup folder (old automatic backups deleted, the others
purged the same way).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.errors import InvalidField
from desktop_app.services.audit import record
from desktop_app.services.privacy.backups import BackupPurge, purge_backup_folder
from desktop_app.services.roles import require_admin
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import REFUSAL_WITH_REASONS, AuditEntry, Screening
from desktop_app.storage.scrub import Opener, plain_opener, truncate_wal
from desktop_app.storage.write_lock import write_transaction

RETENTION_KEY = "privacy.health_retention_days"
DEFAULT_RETENTION_DAYS = 30
PURGE_BATCH = 2000  # screenings a transaction clears: the desk waits at most this long


@dataclass(frozen=True)
class PurgeResult:
    """How many screenings lost their health answers, and the cut-off used."""

    purged: int
    before: datetime
    days: int
    audit_entries: int = 0
    backups: BackupPurge = field(default_factory=BackupPurge)


class PrivacyService:
    """Retention of sensitive data."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        backup_dir: Path | None = None,
        backup_opener: Opener = plain_opener,
    ) -> None:
        self._db = db
        self._settings = settings
        self._backup_dir = backup_dir
        self._backup_opener = backup_opener

    def retention_days(self) -> int:
        """Days health answers are kept (a setting; 30 by default)."""
        return int(self._settings.get(RETENTION_KEY, DEFAULT_RETENTION_DAYS))

    def set_retention_days(self, days: int, operator_id: int | None) -> None:
        """Change the retention period (1 to 3650 days)."""
        if not 1 <= days <= 3650:
            raise InvalidField("retention_days", "out_of_range", "1-3650")
        self._settings.set(RETENTION_KEY, days, operator_id)

    def purge_health_answers(
        self, days: int | None = None, operator_id: int | None = None, now: datetime | None = None
    ) -> PurgeResult:
        """Clear the health answers of screenings older than `days` (default: the setting).

        An operator asking for it must be an admin (NotAllowed otherwise); without one it is the
        retention rule running by itself when the database opens.
        """
        if operator_id is not None:
            require_admin(self._db, operator_id, "purge health answers")
        days = self.retention_days() if days is None else days
        if days < 0:
            raise InvalidField("retention_days", "out_of_range", ">= 0")
        now = now or datetime.now(UTC)
        before = now - timedelta(days=days)
        # Batches of short transactions: the desk's check-ins go on between them. Each batch is
        # whole on its own, so a purge cut short leaves nothing half-cleared and the next one
        # goes on where it stopped.
        purged = audit_entries = 0
        while True:
            with write_transaction(self._db) as s:
                ids = list(
                    s.scalars(
                        select(Screening.id)
                        .where(Screening.at < before, Screening.purged_at.is_(None))
                        .limit(PURGE_BATCH)
                    )
                )
                if ids:
                    s.execute(
                        update(Screening)
                        .where(Screening.id.in_(ids))
                        .values(
                            temperature=None,
                            mask=None,
                            symptoms=None,
                            pl_colour=None,
                            reasons=None,
                            purged_at=now,
                        )
                    )
                    purged += len(ids)
            if len(ids) < PURGE_BATCH:
                break
        after_id = 0
        while after_id is not None:
            with write_transaction(self._db) as s:
                stripped, after_id = _strip_refusal_reasons(s, before, after_id)
                audit_entries += stripped
        if purged or audit_entries:
            with write_transaction(self._db) as s:
                record(
                    s,
                    "purge",
                    "screening",
                    None,
                    operator_id,
                    purged=purged,
                    audit_entries=audit_entries,
                    before=before.isoformat(),
                    days=days,
                )
        truncate_wal(self._db.engine)
        backups = BackupPurge()
        if self._backup_dir is not None:
            backups = purge_backup_folder(
                self._backup_dir, before, now, self.retention_days(), self._backup_opener
            )
        return PurgeResult(purged, before, days, audit_entries, backups)


def _strip_refusal_reasons(s: DbSession, before: datetime, after_id: int) -> tuple[int, int | None]:
    """Drop the health reasons from one batch of refusals' audit entries older than `before`.

    Who and when stay. Returns how many were stripped and the id to go on after (None: done).
    Only refusals that still carry reasons are read, through `ix_audit_refusal_reasons` (the
    same words in the query, as literal text, let either engine use that partial index; the
    batches go on by id without letting the id's own index be chosen instead).
    """
    entries = list(
        s.scalars(
            select(AuditEntry)
            .where(
                text(REFUSAL_WITH_REASONS),
                AuditEntry.at < before,
                # The unary plus keeps SQLite from walking the primary key from `after_id` instead.
                text("+audit_entry.id > :after_id").bindparams(after_id=after_id),
            )
            .order_by(text("+audit_entry.id"))
            .limit(PURGE_BATCH)
        )
    )
    stripped = 0
    for entry in entries:
        if entry.details and "reasons" in entry.details:
            entry.details = {k: v for k, v in entry.details.items() if k != "reasons"}
            stripped += 1
    return stripped, entries[-1].id if len(entries) == PURGE_BATCH else None
