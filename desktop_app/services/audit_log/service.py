"""Reading the audit log: filters, pages of frozen rows, and an export to Excel.

Details are shown as `key: value` text. They are written without full NIKs or phone numbers, and
anything that still looks like one (16 digits, a mobile number) is masked again on the way out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import aliased

from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import mask_phone, try_normalize_phone
from desktop_app.core.timezones import DEFAULT_ZONE, to_local
from desktop_app.exports.audit.rows import AuditExportRow, AuditLabels
from desktop_app.exports.audit.words import AuditWords, details_words
from desktop_app.exports.files import Progress, export_format
from desktop_app.services.audit import record
from desktop_app.services.roles import require_admin
from desktop_app.storage.database import Database
from desktop_app.storage.models import Attendance, AuditEntry, Operator, Person

PAGE_SIZE = 200
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
_PHONE = re.compile(r"(?<![\d*])(?:\+62|62|0)8\d{7,12}(?!\d)")


def scrub(text: str) -> str:
    """`text` with anything like a full NIK or mobile number masked."""
    text = _NIK.sub(lambda m: mask_nik(m.group()), text)
    return _PHONE.sub(lambda m: mask_phone(try_normalize_phone(m.group())) or "****", text)


def details_text(details: Mapping[str, Any] | None) -> str:
    """`key: value · key: value`, sorted by key; values that are not text as compact JSON."""
    if not details:
        return ""
    parts = []
    for key in sorted(details):
        value = details[key]
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown}")
    return scrub(" · ".join(parts))


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show. Dates are whole days in `zone`, both included."""

    date_from: date | None = None
    date_to: date | None = None
    operator_id: int | None = None
    action: str | None = None
    entity: str | None = None
    text: str = ""
    zone: str = DEFAULT_ZONE


@dataclass(frozen=True)
class AuditRow:
    """One entry. `subject` names the person or operator it is about, when there is one."""

    id: int
    at: datetime  # UTC
    operator: str | None
    action: str
    entity: str
    entity_id: int | None
    subject: str | None
    details: str
    raw_details: Mapping[str, Any] | None = None  # the stored values, for a reader's words (the window)


@dataclass(frozen=True)
class AuditRows:
    """`rows` from `offset` on, out of `total` entries that match."""

    rows: tuple[AuditRow, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class AuditChoices:
    """What the filter bar offers: the actions and kinds of record in the log, and the operators."""

    actions: tuple[str, ...]
    entities: tuple[str, ...]
    operators: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class AuditExport:
    """The written workbook and how many entries it holds."""

    path: Path
    rows: int


def _day_start(day: date, zone: str) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class AuditLogService:
    """Read-only access to the audit log (writing is `services.audit.record`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def latest_id(self) -> int:
        """The newest entry's id: every change is audited, so when it moves, data changed (any desk)."""
        with self._db.engine.connect() as conn:
            return conn.scalar(select(func.max(AuditEntry.id))) or 0

    def _select(self, f: AuditFilter, up_to_id: int | None = None):  # type: ignore[no-untyped-def]
        who = aliased(Operator)
        about_op = aliased(Operator)
        person_id = case((AuditEntry.entity == "person", AuditEntry.entity_id), else_=Attendance.person_id)
        query = (
            select(
                AuditEntry.id,
                AuditEntry.at,
                who.name,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                func.coalesce(Person.name, about_op.name),
                AuditEntry.details,
            )
            .outerjoin(who, who.id == AuditEntry.operator_id)
            .outerjoin(
                Attendance,
                and_(AuditEntry.entity == "attendance", Attendance.id == AuditEntry.entity_id),
            )
            .outerjoin(Person, Person.id == person_id)
            .outerjoin(about_op, and_(AuditEntry.entity == "operator", about_op.id == AuditEntry.entity_id))
        )
        conditions = [] if up_to_id is None else [AuditEntry.id <= up_to_id]
        if f.date_from:
            conditions.append(AuditEntry.at >= _day_start(f.date_from, f.zone))
        if f.date_to:
            conditions.append(AuditEntry.at < _day_start(f.date_to + timedelta(days=1), f.zone))
        if f.operator_id is not None:
            conditions.append(AuditEntry.operator_id == f.operator_id)
        if f.action:
            conditions.append(AuditEntry.action == f.action)
        if f.entity:
            conditions.append(AuditEntry.entity == f.entity)
        text = " ".join(f.text.split())
        if text:
            pattern = _like(text)
            matches = [
                type_coerce(AuditEntry.details, String).ilike(pattern, escape="\\"),
                who.name.ilike(pattern, escape="\\"),
                Person.name.ilike(pattern, escape="\\"),
                about_op.name.ilike(pattern, escape="\\"),
            ]
            if _NIK.fullmatch(text):  # a full NIK finds its person's entries, never shown in full
                matches.append(Person.nik == text)
            conditions.append(or_(*matches))
        return query.where(*conditions)

    def query(
        self,
        f: AuditFilter | None = None,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        up_to_id: int | None = None,
    ) -> AuditRows:
        """The matching entries, newest first, `limit` of them from `offset` (none newer than `up_to_id`)."""
        f = f or AuditFilter()
        base = self._select(f, up_to_id)
        with self._db.session() as s:
            total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
            found = s.execute(
                base.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)
            ).all()
        rows = tuple(
            AuditRow(ident, at, op, action, entity, entity_id, subject, details_text(details), details)
            for ident, at, op, action, entity, entity_id, subject, details in found
        )
        return AuditRows(rows, total, offset, limit)

    def last_id(self) -> int:
        """The newest entry's id (0 for an empty log): pages read up to it stay put while others write."""
        with self._db.session() as s:
            return s.scalar(select(func.max(AuditEntry.id))) or 0

    def iter_rows(self, f: AuditFilter, up_to_id: int, chunk: int = 1000) -> Iterator[AuditRow]:
        """Every matching entry up to `up_to_id`, newest first, read a chunk at a time."""
        offset = 0
        while True:
            page = self.query(f, offset, chunk, up_to_id)
            yield from page.rows
            if len(page.rows) < chunk:
                return
            offset += chunk

    def choices(self) -> AuditChoices:
        """The actions and kinds of record present in the log, and every operator by name."""
        with self._db.session() as s:
            actions = tuple(s.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))
            entities = tuple(s.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)))
            operators = tuple(
                (i, n)
                for i, n in s.execute(select(Operator.id, Operator.name).order_by(func.lower(Operator.name)))
            )
        return AuditChoices(actions, entities, operators)

    def export_xlsx(
        self,
        f: AuditFilter,
        path: Path | str,
        operator_id: int | None,
        labels: AuditLabels | None = None,
        words: AuditWords | None = None,
        progress: Progress | None = None,
    ) -> AuditExport:
        """Write the matching entries to an .xlsx workbook; the export itself is audited.

        Actions, kinds of record and every detail are written in `words` (the window's language;
        by default the office's Indonesian), as the window's table shows them. Admins only: the
        log names who did what to whom.
        """
        require_admin(self._db, operator_id, "export the audit log")
        path = Path(path)
        export_format(path, ("xlsx",))
        words = words or AuditWords()
        last = self.last_id()
        total = self.query(f, 0, 1, last).total

        def rows() -> Iterator[AuditExportRow]:
            for row in self.iter_rows(f, last):
                yield AuditExportRow(
                    at=to_local(row.at, f.zone),
                    operator=row.operator or "",
                    action=words.actions.get(row.action, row.action),
                    entity=words.entities.get(row.entity, row.entity),
                    entity_id=row.entity_id,
                    subject=row.subject or "",
                    details=scrub(details_words(row.raw_details, words)),
                )

        # openpyxl is loaded by the export only: every page watching the log imports this service.
        from desktop_app.exports.audit.xlsx import write_audit_workbook

        written = write_audit_workbook(path, rows(), total, labels, progress)
        with self._db.transaction() as s:
            record(s, "export", "audit_log", None, operator_id, format="xlsx", rows=written, file=path.name)
        return AuditExport(path, written)
