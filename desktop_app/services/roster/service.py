"""`hadir roster import` and the import dialog: checked rows into people, merges and invitations.

The whole import is one transaction: all of it is written, or (on an error or cancel) none.
Matching: the same NIK is the same person; without a NIK, the same phone and the same name.
Merging fills what the registry does not know yet and never overwrites what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, bindparam, func, select, update

from desktop_app.core.names import organization_key
from desktop_app.core.nik import mask_nik
from desktop_app.core.roster_columns import Field
from desktop_app.core.roster_row import CleanPerson
from desktop_app.services.audit import record
from desktop_app.services.gc_pause import cycle_collector_paused
from desktop_app.services.invitations.invite import invite_people
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roster._interest import interest_from_roster
from desktop_app.services.roster.plan import CheckedRoster, ColumnPlan, check_roster
from desktop_app.storage import driver_sql
from desktop_app.storage.bulk import insert_rows, stored_date, stored_time
from desktop_app.storage.database import Database
from desktop_app.storage.models import Organization, Person
from desktop_app.storage.search_index import bulk_people
from desktop_app.storage.types import utcnow
from desktop_app.storage.write_lock import write_transaction

Progress = Callable[[int, int], None]
_FILLABLE = (
    "sex",
    "birth_date",
    "phone",
    "address",
    "desa",
    "kecamatan",
    "position",
    "kpj",
    "organization_id",
)
_CHUNK = 500
_PERSON_COLUMNS = ("id", "nik", "name", *_FILLABLE, "created_at", "updated_at")


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: its number, reasons and cells as they were."""

    number: int
    reasons: tuple[str, ...]
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ImportSummary:
    """What an import did; nothing is dropped without being counted here."""

    rows: int
    imported: int
    merged: int
    rejected: int
    warnings: int
    skipped: int
    invited: int
    not_invited: int
    sheet: str
    headers: tuple[str, ...]
    rejected_rows: tuple[RejectedRow, ...] = ()
    warning_rows: tuple[tuple[int, tuple[str, ...]], ...] = field(default=())


def _cell(row: list[object], col: int) -> object:
    return row[col] if col < len(row) else None


def _chunks(values: list, size: int = _CHUNK):  # type: ignore[no-untyped-def]
    for start in range(0, len(values), size):
        yield values[start : start + size]


class _Matcher:
    """Finds the person a row is: earlier in the file, or already in the registry."""

    _COLUMNS = ("id", "nik", "name", *_FILLABLE)

    def __init__(self, conn: Connection, people: list[CleanPerson]) -> None:
        self.by_nik: dict[str, dict] = {}
        self.by_phone_name: dict[tuple[str, str], dict] = {}
        niks = [p.nik for p in people if p.nik]
        phones = list({p.phone for p in people if p.phone and not p.nik})
        for chunk in _chunks(niks):
            for row in self._select(conn, "nik", chunk):
                self.by_nik[row["nik"]] = row
        for chunk in _chunks(phones):
            for row in self._select(conn, "phone", chunk):
                self.by_phone_name[(row["phone"], row["name"].casefold())] = row

    def _select(self, conn: Connection, column: str, values: list[str]) -> list[dict]:
        # Straight to the driver: only presence (None or not) of the fillable values matters here.
        marks = ", ".join("?" for _ in values)
        sql = f"SELECT {', '.join(self._COLUMNS)} FROM person WHERE {column} IN ({marks})"
        return [
            dict(zip(self._COLUMNS, row, strict=True)) for row in driver_sql.run(conn, sql, tuple(values))
        ]

    def find(self, person: CleanPerson) -> dict | None:
        if person.nik:
            return self.by_nik.get(person.nik)
        if person.phone:
            return self.by_phone_name.get((person.phone, person.name.casefold()))
        return None

    def remember(self, person: CleanPerson, row: dict) -> None:
        if person.nik:
            self.by_nik[person.nik] = row
        elif person.phone:
            self.by_phone_name[(person.phone, person.name.casefold())] = row


_ORG_COLUMNS = (
    "id",
    "name",
    "name_key",
    "kind",
    "kecamatan",
    "desa",
    "address",
    "workers",
    "nib",
    "created_at",
)


def _organizations(conn: Connection, people: list[CleanPerson]) -> dict[str, int]:
    """The id of every organisation the rows name (by the name as written), creating the new ones."""
    keys: dict[str, str] = {}  # name as written -> its key
    first_with: dict[str, CleanPerson] = {}  # key -> the first row naming it
    for p in people:
        if p.organization and p.organization not in keys:
            key = keys[p.organization] = organization_key(p.organization)
            first_with.setdefault(key, p)
    ids: dict[str, int] = {}
    wanted = list(first_with)
    for chunk in _chunks(wanted):
        marks = ", ".join("?" for _ in chunk)
        sql = f"SELECT name_key, id FROM organization WHERE name_key IN ({marks})"
        ids.update(driver_sql.run(conn, sql, tuple(chunk)).all())
    new = [k for k in wanted if k not in ids]
    if new:
        first = (conn.scalar(select(func.max(Organization.id))) or 0) + 1
        stamp = stored_time(utcnow())
        rows = []
        for offset, key in enumerate(new):
            p = first_with[key]
            ids[key] = first + offset
            org = (p.organization, key, p.org_kind, p.kecamatan, p.desa, p.address, p.workers, p.nib)
            rows.append((first + offset, *org, stamp))
        insert_rows(conn, Organization.__table__, _ORG_COLUMNS, rows)
    return {name: ids[key] for name, key in keys.items()}


class RosterImportService:
    """Imports roster files into the registry and invites the people."""

    def __init__(self, db: Database, district) -> None:  # type: ignore[no-untyped-def]
        self._db = db
        self._district = district

    def check(
        self, path: Path, plan: ColumnPlan | None = None, progress: Progress | None = None
    ) -> CheckedRoster:
        """Read and check the file without writing anything."""
        return check_roster(path, plan, self._district, date.today(), progress)

    @cycle_collector_paused()
    def run(
        self,
        path: Path,
        session_ids: Sequence[int],
        operator: OperatorInfo,
        plan: ColumnPlan | None = None,
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Import the file in one transaction and invite the people to `session_ids`."""
        checked = self.check(path, plan, progress)
        valid = [r for r in checked.results if r.person is not None]
        people = [r.person for r in valid]
        now = utcnow()
        imported = merged = 0
        warning_rows = [(r.number, r.warnings) for r in checked.results if r.warnings]
        # Reads the registry (matches, the next ids), then writes: the write lock from the start.
        with write_transaction(self._db) as s:
            conn = s.connection()
            orgs = _organizations(conn, people)
            matcher = _Matcher(conn, people)
            first_id = (conn.scalar(select(func.max(Person.id))) or 0) + 1
            new_rows: list[dict] = []
            updates: dict[int, dict] = {}
            person_ids: list[int] = []
            for index, result in enumerate(valid):
                p = result.person
                assert p is not None
                values = {
                    "sex": p.sex,
                    "birth_date": p.birth_date,
                    "phone": p.phone,
                    "address": p.address,
                    "desa": p.desa,
                    "kecamatan": p.kecamatan,
                    "position": p.position,
                    "kpj": p.kpj,
                    "organization_id": orgs.get(p.organization) if p.organization else None,
                }
                existing = matcher.find(p)
                if existing is None:
                    row = {"id": first_id + len(new_rows), "nik": p.nik, "name": p.name, **values}
                    new_rows.append(row)
                    matcher.remember(p, row)
                    imported += 1
                else:
                    fill = {k: v for k, v in values.items() if v is not None and existing.get(k) is None}
                    if fill:
                        existing.update(fill)
                        if existing["id"] < first_id:  # a registry person: update after the inserts
                            updates.setdefault(existing["id"], {}).update(fill)
                    merged += 1
                    if existing["id"] >= first_id:
                        warning_rows.append((result.number, ("duplicate_in_file",)))
                person_ids.append(existing["id"] if existing else row["id"])
                if progress and index % 2000 == 0:
                    progress(index, len(valid))
            with bulk_people(conn, first_id):
                stamp = stored_time(now)  # once, not per row
                for r in new_rows:
                    r["birth_date"] = stored_date(r["birth_date"])
                rows = [(*(r[c] for c in _PERSON_COLUMNS[:-2]), stamp, stamp) for r in new_rows]
                insert_rows(conn, Person.__table__, _PERSON_COLUMNS, rows)
            for pid, fill in updates.items():
                conn.execute(
                    update(Person).where(Person.id == bindparam("pid")),
                    {"pid": pid, **fill, "updated_at": now},
                )
            invited, left = invite_people(conn, person_ids, session_ids)
            interest_col = checked.plan.columns.get(Field.INTEREST)  # issue 19: "Tertarik BPU"
            if interest_col is not None:
                cells = [_cell(checked.sheet.rows[r.number - 1], interest_col) for r in valid]
                interest_from_roster(
                    conn, cells, person_ids, operator.id, session_ids[0] if session_ids else None
                )
            number_of = {pid: valid[i].number for i, pid in reversed(list(enumerate(person_ids)))}
            warning_rows += [(number_of[pid], ("not_invited_full",)) for pid in left]
            record(
                s,
                "import",
                "person",
                None,
                operator.id,
                file=path.name,
                rows=len(checked.results),
                imported=imported,
                merged=merged,
                rejected=len(checked.results) - len(valid),
                new_ids=[first_id, first_id + len(new_rows) - 1] if new_rows else [],
                merged_ids=sorted(updates),
                sessions=list(session_ids),
                niks=[mask_nik(p.nik) for p in people[:20] if p.nik],
            )
            if progress:
                progress(len(valid), len(valid))
        rejected = tuple(
            RejectedRow(r.number, r.problems, tuple(checked.originals.get(r.number, ())))
            for r in checked.results
            if r.person is None
        )
        return ImportSummary(
            rows=len(checked.results),
            imported=imported,
            merged=merged,
            rejected=len(rejected),
            warnings=sum(len(codes) for _, codes in warning_rows),
            skipped=checked.skipped,
            invited=invited,
            not_invited=len(left),
            sheet=checked.sheet.name,
            headers=tuple(checked.headers),
            rejected_rows=rejected,
            warning_rows=tuple(sorted(warning_rows)),
        )
