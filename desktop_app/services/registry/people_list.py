"""The people side of the *Peserta* page's reading: the list a screenful at a time, its count, the kecamatan."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import format_local
from desktop_app.core.region import District
from desktop_app.services.registry._pages import PageReader, kind_is_rare, page_search
from desktop_app.services.registry._queries import (
    PeopleFilter,
    attended_count,
    people_conditions,
    people_count,
    people_select,
)
from desktop_app.services.registry.types import PersonRow, PersonSort
from desktop_app.storage.database import Database
from desktop_app.storage.models import Organization, Person
from desktop_app.storage.search_index import has_search_index

# Each table's kecamatan, one per lowered value, read along its lower(kecamatan) index from one
# value to the next (a skip scan: ~15 index seeks instead of reading every person).
_KECAMATANS = {
    table: text(
        f"WITH RECURSIVE k(v) AS ("
        f"SELECT min(lower(kecamatan)) FROM {table} "
        f"UNION ALL SELECT (SELECT min(lower(kecamatan)) FROM {table} WHERE lower(kecamatan) > k.v) "
        f"FROM k WHERE k.v IS NOT NULL) "
        f"SELECT (SELECT kecamatan FROM {table} WHERE lower(kecamatan) = k.v LIMIT 1) FROM k "
        f"WHERE k.v IS NOT NULL"
    )
    for table in ("person", "organization")
}

# What a people list row reads (not the whole record: a screenful of ORM objects costs more than its query).
_ROW_COLUMNS = (
    Person.id,
    Person.name,
    Person.nik,
    Person.phone,
    Person.sex,
    Person.organization_id,
    Person.kecamatan,
    Person.position,
    Organization.name,
    Organization.kind,
)


class PeopleList:
    """People as the *Peserta* page's first tab lists them (a part of RegistryService)."""

    _db: Database
    _district: District

    def list_people(
        self,
        query: str = "",
        kind: str | None = None,
        kecamatan: str | None = None,
        attended: bool | None = None,
        limit: int = 200,
        offset: int = 0,
        sort: PersonSort = PersonSort.NAME,
        descending: bool = False,
        after_id: int | None = None,
    ) -> list[PersonRow]:
        """People matching every word of `query` and the filters, sorted by name unless told.

        `after_id` continues the list after that person (keyset paging: the next screenful is
        read from an index, whatever was shown before it); `offset` skips rows the slow way.
        """
        f = PeopleFilter(query, kind, kecamatan, attended)
        with self._db.session() as s:
            indexed = self._indexed(s)
            if offset:
                statement = people_select(f, indexed, PersonSort(sort), descending)
                found = [
                    (p.id, p.name, p.nik, p.phone, p.sex, p.organization_id, p.kecamatan, p.position, *rest)
                    for p, *rest in s.execute(statement.limit(limit).offset(offset)).all()
                ]
            else:
                search = page_search(s, f.query, indexed) if f.query.strip() else []
                rare = kind_is_rare(s, f.kind) if f.kind else False
                base = (
                    select(*_ROW_COLUMNS, attended_count(indexed))
                    .outerjoin(Organization, Organization.id == Person.organization_id)
                    # No `and_(True, …)`: SQLite's planner then reads the organisation order
                    # from the join's wrong end (a "1 = 1" costs 200 ms on 100,000 people).
                    .where(*people_conditions(f, indexed, search, rare))
                )
                reader = PageReader(s, base, PersonSort(sort), descending, indexed, f.kind)
                found = [tuple(row) for row in reader.read(limit, after_id)]
            return [
                PersonRow(
                    id=pid,
                    name=name,
                    nik_masked=mask_nik(nik),
                    phone=format_local(phone),
                    sex=sex,
                    organization_id=org_id,
                    organization=org,
                    organization_kind=org_kind,
                    kecamatan=kecamatan_,
                    position=position,
                    attended=count or 0,
                )
                for pid, name, nik, phone, sex, org_id, kecamatan_, position, org, org_kind, count in found
            ]

    def count_people(
        self,
        query: str = "",
        kind: str | None = None,
        kecamatan: str | None = None,
        attended: bool | None = None,
    ) -> int:
        """How many people `list_people` would list without a limit."""
        with self._db.session() as s:
            f = PeopleFilter(query, kind, kecamatan, attended)
            rare = kind_is_rare(s, kind) if kind else False
            return s.scalar(people_count(f, self._indexed(s), rare)) or 0

    def kecamatans(self) -> list[str]:
        """The district's kecamatan and any other one the registry holds, sorted."""
        with self._db.session() as s:
            found = [n for table in ("person", "organization") for (n,) in s.execute(_KECAMATANS[table])]
        names: dict[str, str] = {}
        for name in [*self._district.kecamatan.values(), *found]:  # the district's spelling first
            if name and name.strip():
                names.setdefault(name.casefold(), name)
        return sorted(names.values(), key=str.casefold)

    @staticmethod
    def _indexed(s: DbSession) -> bool:
        return has_search_index(s.connection())
