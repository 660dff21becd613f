"""The registry's list queries: search words, filters and sort order as SQL conditions.

The search reuses the check-in desk's rules (services/search/query.py): every word must match, a
word of digits is a NIK or phone fragment in any spelling. Words of three characters or more
go through the trigram index (storage/search_index.py); shorter words (which the index cannot match) and every word
on a server without the index become LIKE conditions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.sql import Select

from desktop_app.core.names import organization_key
from desktop_app.services.registry.types import OrganizationSort, PersonSort
from desktop_app.services.search.query import MIN_TRIGRAM, Word, index_terms, split_query
from desktop_app.storage.models import Attendance, Organization, Person
from desktop_app.storage.search_index import people_in_index


@dataclass(frozen=True)
class PeopleFilter:
    """What narrows the people list (None: no restriction)."""

    query: str = ""
    kind: str | None = None  # umkm, koperasi, lainnya (also people without an organisation)
    kecamatan: str | None = None
    attended: bool | None = None


def attended_count(indexed: bool = False) -> ColumnElement[int]:
    """Sessions a person attended: the kept count on SQLite, else counted (for the rows shown only)."""
    if indexed:
        return Person.attended
    return (
        select(func.count(func.distinct(Attendance.session_id)))
        .where(Attendance.person_id == Person.id, Attendance.undone_at.is_(None))
        .scalar_subquery()
    )


def _attended_exists(indexed: bool) -> ColumnElement[bool]:
    if indexed:
        return Person.attended > 0
    return exists().where(Attendance.person_id == Person.id, Attendance.undone_at.is_(None))


def _like_word(word: Word) -> ColumnElement[bool]:
    if word.is_digits:
        parts = [Person.nik.contains(word.text, autoescape=True)]
        if word.phone:
            parts.append(Person.phone.contains(word.phone, autoescape=True))
        return or_(*parts)
    return or_(
        func.lower(Person.name).contains(word.text, autoescape=True),
        func.lower(func.coalesce(Organization.name, "")).contains(word.text, autoescape=True),
        Person.nik.contains(word.text, autoescape=True),
    )


def search_conditions(query: str, indexed: bool) -> list[ColumnElement[bool]]:
    """Conditions that keep the people every word of `query` matches."""
    words = split_query(query)
    if not indexed:
        return [_like_word(w) for w in words]
    conditions: list[ColumnElement[bool]] = []
    terms = index_terms(words)
    if terms:
        conditions.append(people_in_index(terms))
    for word in words:
        short = len(word.text) < MIN_TRIGRAM and not (word.phone and len(word.phone) >= MIN_TRIGRAM)
        if short:
            conditions.append(_like_word(word))
    return conditions


def kind_is(kind: str, rare: bool = False) -> ColumnElement[bool]:
    """People whose organisation is of this type.

    A common type is checked on each person the list walks in its order (the coalesce keeps the
    planner off the type index, which would read and sort every person of that type); a rare one
    is read from its few organisations through the type index.
    """
    if rare:
        return Person.organization_id.in_(select(Organization.id).where(Organization.kind == kind))
    return func.coalesce(Organization.kind, "") == kind


def people_conditions(
    f: PeopleFilter,
    indexed: bool,
    search: list[ColumnElement[bool]] | None = None,
    rare_kind: bool = False,
) -> list[ColumnElement[bool]]:
    """Every condition of the filter, for the list and its count alike.

    `search` replaces the search words' conditions when the caller already chose them (the paged
    list does, from how many people the words find); `rare_kind` says the type filter is rare.
    """
    conditions = list(search) if search is not None else search_conditions(f.query, indexed)
    if f.kind == "lainnya":
        conditions.append(or_(Person.organization_id.is_(None), kind_is("lainnya", rare_kind)))
    elif f.kind:
        conditions.append(kind_is(f.kind, rare_kind))
    if f.kecamatan:
        conditions.append(func.lower(Person.kecamatan) == f.kecamatan.casefold())
    if f.attended is True:
        conditions.append(_attended_exists(indexed))
    elif f.attended is False:
        conditions.append(~_attended_exists(indexed))
    return conditions


def people_select(f: PeopleFilter, indexed: bool, sort: PersonSort, descending: bool) -> Select:
    """The people list's rows: person, organisation name and kind, sessions attended."""
    attended = attended_count(indexed).label("attended")
    order = {
        PersonSort.NAME: func.lower(Person.name),
        PersonSort.NIK: Person.nik,
        PersonSort.PHONE: Person.phone,
        PersonSort.ORGANIZATION: func.lower(Organization.name),
        PersonSort.KIND: Organization.kind,
        PersonSort.KECAMATAN: func.lower(Person.kecamatan),
        PersonSort.ATTENDED: attended,
    }[sort]
    # Blanks last whichever the direction; the name (then the id) settles ties the same way.
    blanks_last = case((order.is_(None), 1), else_=0)
    primary = order.desc() if descending else order.asc()
    ordering = [blanks_last, primary, func.lower(Person.name), Person.id]
    if sort == PersonSort.NAME and not descending:
        # A name is never blank: the same order, which the index ix_person_name_lower serves,
        # so the first screenful is read from the index instead of sorting the whole registry.
        ordering = [func.lower(Person.name), Person.id]
    return (
        select(Person, Organization.name, Organization.kind, attended)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(and_(True, *people_conditions(f, indexed)))
        .order_by(*ordering)
    )


def people_count(f: PeopleFilter, indexed: bool, rare_kind: bool = False) -> Select:
    """How many people the filter keeps (the organisations joined only when a condition needs them)."""
    count = select(func.count(Person.id)).select_from(Person)
    if f.kind or f.query:
        count = count.outerjoin(Organization, Organization.id == Person.organization_id)
    return count.where(and_(True, *people_conditions(f, indexed, rare_kind=rare_kind)))


@dataclass(frozen=True)
class OrganizationFilter:
    """What narrows the organisations list."""

    query: str = ""
    kind: str | None = None
    kecamatan: str | None = None


def organization_conditions(f: OrganizationFilter) -> list[ColumnElement[bool]]:
    """Each word must be in the (folded) name; then type and kecamatan."""
    conditions: list[ColumnElement[bool]] = [
        Organization.name_key.contains(organization_key(word), autoescape=True) for word in f.query.split()
    ]
    if f.kind:
        conditions.append(Organization.kind == f.kind)
    if f.kecamatan:
        conditions.append(func.lower(Organization.kecamatan) == f.kecamatan.casefold())
    return conditions


def organizations_select(f: OrganizationFilter, sort: OrganizationSort, descending: bool) -> Select:
    """Organisations with their people and how many of them attended."""
    people = select(func.count(Person.id)).where(Person.organization_id == Organization.id).scalar_subquery()
    attended = (
        select(func.count(func.distinct(Attendance.person_id)))
        .join(Person, Person.id == Attendance.person_id)
        .where(Person.organization_id == Organization.id, Attendance.undone_at.is_(None))
        .scalar_subquery()
    )
    people_col, attended_col = people.label("people"), attended.label("attended")
    order = {
        OrganizationSort.NAME: Organization.name_key,
        OrganizationSort.KIND: Organization.kind,
        OrganizationSort.KECAMATAN: func.lower(Organization.kecamatan),
        OrganizationSort.DESA: func.lower(Organization.desa),
        OrganizationSort.WORKERS: Organization.workers,
        OrganizationSort.PEOPLE: people_col,
        OrganizationSort.ATTENDED: attended_col,
    }[sort]
    blanks_last = case((order.is_(None), 1), else_=0)
    primary = order.desc() if descending else order.asc()
    return (
        select(Organization, people_col, attended_col)
        .where(and_(True, *organization_conditions(f)))
        .order_by(blanks_last, primary, Organization.name_key, Organization.id)
    )


def organizations_count(f: OrganizationFilter) -> Select:
    """How many organisations the filter keeps."""
    return select(func.count(Organization.id)).where(and_(True, *organization_conditions(f)))
