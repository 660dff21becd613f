"""Writing checked roster rows, one batch per short transaction, each noted in the undo journal.

Matching: the same NIK is the same person; without a NIK, the same phone and the same name.
Merging fills what the registry does not know yet and never overwrites what it does. Each batch
reads the registry for its own rows inside its transaction (the desk may have registered
someone since the last batch), and notes the rows it adds and the columns it fills, so the
whole import can be taken back (storage/write_journal.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, func, select, update

from desktop_app.core.names import organization_key
from desktop_app.core.roster_row import CleanPerson, RowResult
from desktop_app.services.invitations.invite import invite_people
from desktop_app.services.roster._interest import interest_from_roster
from desktop_app.storage import driver_sql
from desktop_app.storage.bulk import insert_rows, stored_date, stored_time
from desktop_app.storage.models import Invitation, Organization, Person
from desktop_app.storage.search_index import bulk_people
from desktop_app.storage.types import utcnow
from desktop_app.storage.write_journal import WriteJournal

FILLABLE = (
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
_INTEREST = ("bpu_interest_at", "bpu_interest_by", "bpu_interest_session_id")
_CHUNK = 500
_PERSON_COLUMNS = ("id", "nik", "name", *FILLABLE, "created_at", "updated_at")
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


def _chunks(values: list, size: int = _CHUNK):  # type: ignore[no-untyped-def]
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _select(conn: Connection, columns: Sequence[str], table: str, column: str, values: list) -> list[tuple]:
    # Straight to the driver: only presence (None or not) of the fillable values matters here.
    where, params = driver_sql.where_in(conn, column, values)
    return list(driver_sql.run(conn, f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", params))


class _Matcher:
    """Finds the person a row is: earlier in the file, or already in the registry."""

    _COLUMNS = ("id", "nik", "name", *FILLABLE)

    def __init__(self) -> None:
        self.by_nik: dict[str, dict] = {}
        self.by_phone_name: dict[tuple[str, str], dict] = {}
        self._asked_phones: set[str] = set()

    def load(self, conn: Connection, people: list[CleanPerson]) -> None:
        """Read the registry people this batch's rows may be (those not known yet)."""
        niks = list({p.nik for p in people if p.nik and p.nik not in self.by_nik})
        phones = list(
            {p.phone for p in people if p.phone and not p.nik and p.phone not in self._asked_phones}
        )
        self._asked_phones.update(phones)
        for chunk in _chunks(niks):
            for values in _select(conn, self._COLUMNS, "person", "nik", chunk):
                row = dict(zip(self._COLUMNS, values, strict=True))
                self.by_nik[row["nik"]] = row
        for chunk in _chunks(phones):
            for values in _select(conn, self._COLUMNS, "person", "phone", chunk):
                row = dict(zip(self._COLUMNS, values, strict=True))
                self.by_phone_name.setdefault((row["phone"], row["name"].casefold()), row)

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


class ImportWriter:
    """Writes an import's rows batch by batch; counts what it did for the summary."""

    def __init__(self, journal: WriteJournal, session_ids: Sequence[int], operator_id: int) -> None:
        self.journal = journal
        self.session_ids = list(session_ids)
        self.operator_id = operator_id
        self.imported = self.merged = self.invited = 0
        self.created: set[int] = set()  # people this import added
        self.filled: set[int] = set()  # registry people it filled in
        self.warning_rows: list[tuple[int, tuple[str, ...]]] = []
        self.not_invited = 0
        self._matcher = _Matcher()
        self._orgs: dict[str, int] = {}  # organisation name as written -> id
        self._codes: set[str] | None = None
        self._read_at: tuple[int, int] | None = None  # the newest person and organisation then
        self._new_orgs: set[str] = set()  # organisation keys `prepare` found nowhere in the registry

    def prepare(self, conn: Connection, batch: list[RowResult]) -> None:
        """Read what `batch` needs from the registry, before its write transaction.

        Reads take no write lock: while they run, the desk's check-ins get in. `write` reads
        again only if someone added a person or an organisation in between.
        """
        people = [r.person for r in batch if r.person is not None]
        self._read_at = self._newest(conn)
        self._organizations(conn, people, write=False)
        self._matcher.load(conn, people)
        if self._codes is None and self.session_ids:
            from desktop_app.services.invitations.invite import taken_codes

            # Once, before the first batch's lock (100,000 codes: ~0.1 s the desk would wait).
            # Codes are 40 random bits: one the desk hands out meanwhile is a lottery win, and
            # the unique index would refuse it (the import is then taken back whole).
            self._codes = taken_codes(conn)

    @staticmethod
    def registry_size(conn: Connection) -> int:
        """About how many people the registry holds (the newest id: no count of every row)."""
        return conn.scalar(select(func.max(Person.id))) or 0

    @staticmethod
    def _newest(conn: Connection) -> tuple[int, int]:
        person = conn.scalar(select(func.max(Person.id))) or 0
        return person, conn.scalar(select(func.max(Organization.id))) or 0

    def write(self, conn: Connection, batch: list[RowResult], interest: Sequence[object] | None) -> None:
        """Write `batch` (rows with a clean person) in the caller's transaction."""
        people = [r.person for r in batch if r.person is not None]
        assert len(people) == len(batch)
        now = utcnow()
        if self._read_at != self._newest(conn):  # the desk registered someone since `prepare`
            self._new_orgs.clear()
            self._organizations(conn, people, write=False)
            self._matcher.load(conn, people)
        self._read_at = None
        self._organizations(conn, people, write=True)
        first_id = (conn.scalar(select(func.max(Person.id))) or 0) + 1
        new_rows: list[dict] = []
        updates: dict[int, dict] = {}
        person_ids: list[int] = []
        for result, p in zip(batch, people, strict=True):
            values = {
                "sex": p.sex,
                "birth_date": p.birth_date,
                "phone": p.phone,
                "address": p.address,
                "desa": p.desa,
                "kecamatan": p.kecamatan,
                "position": p.position,
                "kpj": p.kpj,
                "organization_id": self._orgs.get(p.organization) if p.organization else None,
            }
            existing = self._matcher.find(p)
            if existing is None:
                row = {"id": first_id + len(new_rows), "nik": p.nik, "name": p.name, **values}
                new_rows.append(row)
                self._matcher.remember(p, row)
                self.imported += 1
                person_ids.append(row["id"])
                continue
            fill = {k: v for k, v in values.items() if v is not None and existing.get(k) is None}
            if fill:
                existing.update(fill)
                if existing["id"] < first_id:  # written already: update after the inserts
                    updates.setdefault(existing["id"], {}).update(fill)
            self.merged += 1
            if existing["id"] >= first_id or existing["id"] in self.created:
                self.warning_rows.append((result.number, ("duplicate_in_file",)))
            person_ids.append(existing["id"])
        with bulk_people(conn, first_id):
            stamp = stored_time(now)  # once, not per row
            rows = [
                (
                    *(stored_date(r[c]) if c == "birth_date" else r[c] for c in _PERSON_COLUMNS[:-2]),
                    stamp,
                    stamp,
                )
                for r in new_rows
            ]
            insert_rows(conn, Person.__table__, _PERSON_COLUMNS, rows)
        self.created.update(r["id"] for r in new_rows)
        self.journal.added(conn, "person", [r["id"] for r in new_rows])
        for pid, fill in updates.items():
            # coalesce: a value the desk typed in since the registry was read stays
            values = {k: func.coalesce(Person.__table__.c[k], bindparam(f"v_{k}")) for k in fill}
            conn.execute(
                update(Person).where(Person.id == bindparam("pid")).values({**values, "updated_at": now}),
                {"pid": pid, **{f"v_{k}": v for k, v in fill.items()}},
            )
            if pid not in self.created:  # the registry's own people: empty columns to empty again
                self.filled.add(pid)
                self.journal.filled(conn, "person", [pid], sorted(fill))
        self._invite(conn, batch, person_ids)
        if interest is not None:
            marked = interest_from_roster(
                conn,
                interest,
                person_ids,
                self.operator_id,
                self.session_ids[0] if self.session_ids else None,
            )
            self.journal.filled(conn, "person", [pid for pid in marked if pid not in self.created], _INTEREST)

    def _invite(self, conn: Connection, batch: list[RowResult], person_ids: list[int]) -> None:
        if not self.session_ids:
            return
        if self._codes is None:  # `prepare` was not called
            from desktop_app.services.invitations.invite import taken_codes

            self._codes = taken_codes(conn)
        before = conn.scalar(select(func.max(Invitation.id))) or 0
        invited, left = invite_people(conn, person_ids, self.session_ids, taken=self._codes)
        self.invited += invited
        self.not_invited += len(left)
        if invited:
            # The rows after `before`, sorted out here: an IN list of a batch's people made
            # SQLAlchemy render thousands of parameters per batch.
            sessions, people = set(self.session_ids), set(person_ids)
            sql = "SELECT id, session_id, person_id FROM invitation WHERE id > ?"
            ids = [
                i for i, sid, pid in driver_sql.run(conn, sql, (before,)) if sid in sessions and pid in people
            ]
            self.journal.added(conn, "invitation", ids)
        number_of = {pid: batch[i].number for i, pid in reversed(list(enumerate(person_ids)))}
        self.warning_rows += [(number_of[pid], ("not_invited_full",)) for pid in left]

    def _organizations(self, conn: Connection, people: list[CleanPerson], write: bool) -> None:
        """The id of every organisation the rows name (by the name as written); `write`: create new ones."""
        keys: dict[str, str] = {}  # name as written -> its key
        first_with: dict[str, CleanPerson] = {}  # key -> the first row naming it
        for p in people:
            if p.organization and p.organization not in self._orgs and p.organization not in keys:
                key = keys[p.organization] = organization_key(p.organization)
                first_with.setdefault(key, p)
        if not keys:
            return
        ids: dict[str, int] = {}
        wanted = list(first_with)
        # In the write transaction, the keys `prepare` found nowhere are still new (no one has
        # added a person or organisation since: `write` reads again otherwise).
        unknown = [k for k in wanted if k not in self._new_orgs] if write else wanted
        for chunk in _chunks(unknown):
            ids.update(_select(conn, ("name_key", "id"), "organization", "name_key", chunk))
        new = [k for k in wanted if k not in ids]
        if not write:  # known ones remembered; the new ones are made in the write transaction
            self._orgs.update({name: ids[key] for name, key in keys.items() if key in ids})
            self._new_orgs.update(new)
            return
        self._new_orgs.clear()
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
            self.journal.added(conn, "organization", [r[0] for r in rows])
        self._orgs.update({name: ids[key] for name, key in keys.items()})
