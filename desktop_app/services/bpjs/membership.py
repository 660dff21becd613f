"""`hadir bpjs import` and *Peserta → Data kepesertaan BPJS…*: the branch's list into memberships.

Matched by NIK only, never by name: a row whose NIK is not in the registry is counted and listed,
and nobody is added to the registry. A person has one membership row, replaced by what a newer
list says; importing the same list twice changes nothing. One transaction, audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.bpjs_row import MemberRow
from desktop_app.core.nik import mask_nik
from desktop_app.services.audit import record
from desktop_app.services.bpjs.member_file import CheckedMembers, MemberPlan, check_members
from desktop_app.services.gc_pause import cycle_collector_paused
from desktop_app.services.roles import require_admin
from desktop_app.storage import driver_sql
from desktop_app.storage.bulk import insert_rows, stored_date, stored_time
from desktop_app.storage.database import Database
from desktop_app.storage.models import BpjsMembership, Person
from desktop_app.storage.types import utcnow

_VALUES = ("kpj", "name", "registered_on", "segment", "programs")
_UPDATE = (
    "UPDATE bpjs_membership SET kpj = ?, name = ?, registered_on = ?, segment = ?, programs = ?, "
    "source = ?, updated_at = ? WHERE person_id = ?"
)


@dataclass(frozen=True)
class RejectedMember:
    """A row refused by the rules: its number, reason codes and cells as they were."""

    number: int
    reasons: tuple[str, ...]
    cells: tuple[str, ...]


@dataclass(frozen=True)
class UnmatchedMember:
    """A valid row whose NIK is nobody in the registry (the NIK masked)."""

    number: int
    nik_masked: str
    name: str


@dataclass(frozen=True)
class MemberImportSummary:
    """What an import did: each of `rows` is matched, unmatched or rejected; `skipped` are not members."""

    rows: int
    matched: int
    unmatched: int
    rejected: int
    updated: int  # memberships created or changed
    added: int  # of those, people who had none before
    unchanged: int
    skipped: int
    sheet: str
    headers: tuple[str, ...]
    rejected_rows: tuple[RejectedMember, ...]
    unmatched_rows: tuple[UnmatchedMember, ...]


def _stored(row: MemberRow) -> tuple[object, ...]:
    return (row.kpj, row.name, stored_date(row.registered_on), row.segment, row.programs)


class MembershipImportService:
    """Import membership lists (admins only: this is personal data shared by BPJS)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def run(
        self,
        path: Path,
        operator_id: int | None,
        plan: MemberPlan | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> MemberImportSummary:
        """Read, check, match by NIK and write the memberships in one transaction.

        `progress(done, 3)` is called after reading and checking and before writing: a job
        cancelled there (the callback raises) has written nothing.
        """
        require_admin(self._db, operator_id, "import BPJS memberships")
        with cycle_collector_paused():
            if progress:
                progress(0, 3)
            checked = check_members(path, plan)
            if progress:
                progress(2, 3)
            summary = self._write(path, checked, operator_id)
            if progress:
                progress(3, 3)
            return summary

    def _write(self, path: Path, checked: CheckedMembers, operator_id: int | None) -> MemberImportSummary:
        valid = [row for row in checked.rows if not row.problems]
        latest = {row.nik: row for row in valid}  # the same NIK twice: the later row is the last word
        rejected = [
            RejectedMember(row.number, row.problems, checked.originals[row.number])
            for row in checked.rows
            if row.problems
        ]
        now = stored_time(utcnow())
        source = path.name[:300]
        with self._db.transaction() as s:
            conn = s.connection()
            people = dict(
                conn.execute(select(Person.nik, Person.id).where(Person.nik.in_(list(latest)))).all()
                if len(latest) < 900
                else conn.execute(select(Person.nik, Person.id).where(Person.nik.is_not(None))).all()
            )
            table = BpjsMembership.__table__
            existing = {
                r[0]: tuple(r[1:])
                for r in conn.execute(select(table.c.person_id, *(table.c[c] for c in _VALUES))).all()
            }
            unmatched = [
                UnmatchedMember(row.number, mask_nik(row.nik), row.name or "")
                for row in valid
                if row.nik not in people
            ]
            inserts, updates = [], []
            matched_people = 0
            for nik, row in latest.items():
                person_id = people.get(nik)
                if person_id is None:
                    continue
                matched_people += 1
                before = existing.get(person_id)
                if before is None:
                    inserts.append((person_id, *_stored(row), source, now, now))
                elif before != (row.kpj, row.name, row.registered_on, row.segment, row.programs):
                    updates.append((*_stored(row), source, now, person_id))
            insert_rows(
                conn,
                table,
                ("person_id", *_VALUES, "source", "imported_at", "updated_at"),
                inserts,
            )
            if updates:
                driver_sql.run(conn, _UPDATE, updates)
            summary = MemberImportSummary(
                rows=len(checked.rows),
                matched=len(valid) - len(unmatched),
                unmatched=len(unmatched),
                rejected=len(rejected),
                updated=len(inserts) + len(updates),
                added=len(inserts),
                unchanged=matched_people - len(inserts) - len(updates),
                skipped=checked.skipped,
                sheet=checked.sheet.name,
                headers=checked.headers,
                rejected_rows=tuple(rejected),
                unmatched_rows=tuple(unmatched),
            )
            record(
                s,
                "import",
                "bpjs_membership",
                None,
                operator_id,
                file=source,
                rows=summary.rows,
                matched=summary.matched,
                unmatched=summary.unmatched,
                rejected=summary.rejected,
                updated=summary.updated,
            )
        return summary
