"""Peserta's people list a screenful at a time, from where the last screenful ended (keyset paging).

Every order is a value, then the name, then the id, with the people who have no value (no NIK,
no organisation…) last, by name. A screenful after a person continues from that person's value,
name and id, so "Show more" reads only the next rows, and each read is a walk along one index of
migration 0013_people_pages (or the name index) that stops after the screenful:

- orders with many values (name, NIK, phone, organisation) read the rest of the last person's
  value, then the values beyond it; the database sorts only the people who share a value;
- orders with few values (type, kecamatan, attended count) read one value at a time, its people
  in name order straight from the index, so a descending order keeps names A to Z within a value
  without sorting, say, the 900,000 people who attended once.

Search words find their people through the trigram index when they are few; when they are many
(a common word, a NIK's region digits), the list walks its chosen order and keeps the rows the
index found (or, when most people match, the rows the words match), which reads a screenful
long before the index's hits could be sorted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, Row, func, select, tuple_
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.sql import Select

from desktop_app.services.registry._queries import _like_word, attended_count, kind_is, search_conditions
from desktop_app.services.registry.types import PersonSort
from desktop_app.services.search.query import MIN_TRIGRAM, index_terms, split_query
from desktop_app.storage.models import ORG_KINDS, Organization, Person
from desktop_app.storage.search_index import find_people
from desktop_app.storage.search_walk import people_walked_in_index

# Up to this many people found by the index are listed by id; more, and the list walks its order.
FEW_HITS = 2000
# Above this share of the registry found, a walk checks the words on each row instead of
# building the index's list of hits (900,000 hits for `3311` on a million people).
WALK_CHECKING_WORDS = 0.2
# An organisation type with fewer organisations than this is read from them (see kind_is).
RARE_KIND = 2000


@dataclass(frozen=True)
class _Order:
    key: ColumnElement  # the value sorted on
    few: bool  # few distinct values: read one value at a time
    has_value: ColumnElement[bool] | None  # None: every person has one
    blank: ColumnElement[bool] | None  # the people listed last, by name
    tie: ColumnElement | None = None  # an extra column that keeps the planner on its index
    group: ColumnElement | None = None  # what one value is, on the person (default: the key)


class _Position(NamedTuple):
    """Where a person stands in the order: the value, its group, the lowered name and the id."""

    value: object
    group: object
    name: str
    id: int


def _order(sort: PersonSort, indexed: bool) -> _Order:
    if sort == PersonSort.NAME:
        return _Order(func.lower(Person.name), False, None, None)
    if sort == PersonSort.NIK:
        return _Order(Person.nik, False, Person.nik.is_not(None), Person.nik.is_(None))
    if sort == PersonSort.PHONE:
        return _Order(Person.phone, False, Person.phone.is_not(None), Person.phone.is_(None))
    if sort == PersonSort.ORGANIZATION:
        # One organisation per lowered name (names are unique case-folded), walked by name,
        # each one's people through ix_person_organization_sort.
        return _Order(
            func.lower(Organization.name),
            False,
            Organization.id.is_not(None),
            Person.organization_id.is_(None),
            Organization.id,
            Person.organization_id,
        )
    if sort == PersonSort.KIND:
        return _Order(Organization.kind, True, Organization.id.is_not(None), Person.organization_id.is_(None))
    if sort == PersonSort.KECAMATAN:
        kecamatan = func.lower(Person.kecamatan)
        return _Order(kecamatan, True, kecamatan.is_not(None), kecamatan.is_(None))
    return _Order(attended_count(indexed), True, None, None)


def page_search(s: DbSession, query: str, indexed: bool) -> list[ColumnElement[bool]]:
    """Conditions for the search words, chosen by how many people the index finds for them."""
    words = split_query(query)
    terms = index_terms(words) if indexed else []
    if not terms:
        return search_conditions(query, indexed)
    hits = find_people(s.connection(), terms, FEW_HITS + 1)
    conditions: list[ColumnElement[bool]] = []
    if len(hits) <= FEW_HITS:
        conditions.append(Person.id.in_(hits))
    else:
        # Many people match. When most of the registry does (`3311`), the walk along the order
        # meets a match every row or two and checks the words on it; else the walk checks each
        # id against the index's hits, which costs an index read per row, not a row read.
        density = len(hits) / max(hits[-1], 1)
        if density >= WALK_CHECKING_WORDS:
            return [_like_word(word) for word in words]
        conditions.append(people_walked_in_index(terms))
    for word in words:
        if len(word.text) < MIN_TRIGRAM and not (word.phone and len(word.phone) >= MIN_TRIGRAM):
            conditions.append(_like_word(word))
    return conditions


def kind_is_rare(s: DbSession, kind: str) -> bool:
    """True when few organisations have this type (counted through its index, at most RARE_KIND)."""
    few = select(Organization.id).where(Organization.kind == kind).limit(RARE_KIND).subquery()
    return (s.scalar(select(func.count()).select_from(few)) or 0) < RARE_KIND


class PageReader:
    """Reads screenfuls of `base` (the list's select with its filters) in one order."""

    def __init__(
        self,
        s: DbSession,
        base: Select,
        sort: PersonSort,
        descending: bool,
        indexed: bool,
        kind: str | None = None,
    ) -> None:
        self._s = s
        self._base = base
        self._sort = sort
        self._order = _order(sort, indexed)
        self._descending = descending
        self._name = func.lower(Person.name)
        self._kind = kind  # the type filter: the order by type reads that type's people only

    def read(self, limit: int, after_id: int | None = None) -> list[Row]:
        """The next `limit` rows after the person `after_id` (from the top when None or gone)."""
        order, rows = self._order, []
        start = self._position(after_id) if after_id is not None else None
        in_blanks = start is not None and order.blank is not None and start.value is None
        if not in_blanks:
            if start is not None:  # the rest of that person's value, by name
                rows += self._fetch(
                    [
                        self._is_group(start.group),
                        tuple_(self._name, Person.id) > tuple_(start.name, start.id),
                    ],
                    [self._name, Person.id],
                    limit,
                )
            value = start.value if start is not None else None
            if order.few:
                rows += self._by_value(value, limit - len(rows))
            elif len(rows) < limit:
                rows += self._beyond(value, start is not None, limit - len(rows))
        if order.blank is not None and len(rows) < limit:
            where = [order.blank]
            if in_blanks and start is not None:
                where.append(tuple_(self._name, Person.id) > tuple_(start.name, start.id))
            rows += self._fetch(where, [self._name, Person.id], limit - len(rows))
        return rows

    def _position(self, person_id: int) -> _Position | None:
        group = self._order.group if self._order.group is not None else self._order.key
        found = self._s.execute(
            select(self._order.key, group, self._name, Person.id)
            .select_from(Person)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id == person_id)
        ).first()
        return _Position(*found) if found is not None else None

    def _fetch(
        self, where: Sequence[ColumnElement[bool]], order_by: Sequence[object], limit: int
    ) -> list[Row]:
        if limit <= 0:
            return []
        return list(self._s.execute(self._base.where(*where).order_by(*order_by).limit(limit)).all())

    def _beyond(self, value: object, started: bool, limit: int) -> list[Row]:
        """Rows whose value comes after `value` (every valued row when not `started`)."""
        order, desc = self._order, self._descending
        where = [order.has_value] if order.has_value is not None else []
        if started:
            where.append(order.key < value if desc else order.key > value)
        keys = [order.key] + ([order.tie] if order.tie is not None else [])
        order_by = [k.desc() if desc else k.asc() for k in keys] + [self._name, Person.id]
        return self._fetch(where, order_by, limit)

    def _by_value(self, value: object, limit: int) -> list[Row]:
        """Rows of the values after `value`, one value at a time, each in name order."""
        rows: list[Row] = []
        while len(rows) < limit:
            value = self._next_value(value)
            if value is None:
                break
            rows += self._fetch([self._is_group(value)], [self._name, Person.id], limit - len(rows))
        return rows

    def _is_group(self, value: object) -> ColumnElement[bool]:
        """The people of one value (for the organisation order, `value` is the organisation's id)."""
        if self._sort == PersonSort.KIND:
            return kind_is(str(value), kind_is_rare(self._s, str(value)))
        return (self._order.group if self._order.group is not None else self._order.key) == value

    def _next_value(self, value: object) -> object:
        order, desc = self._order, self._descending
        if self._sort == PersonSort.KIND:  # three known types: no need to ask
            kinds = [k for k in sorted(ORG_KINDS, reverse=desc) if self._kind in (None, k)]
            later = kinds if value is None else [k for k in kinds if (k < value if desc else k > value)]
            return later[0] if later else None
        where = [order.has_value] if order.has_value is not None else []
        if value is not None:
            where.append(order.key < value if desc else order.key > value)
        seek = self._base.with_only_columns(order.key).where(*where)
        return self._s.scalar(seek.order_by(order.key.desc() if desc else order.key.asc()).limit(1))
