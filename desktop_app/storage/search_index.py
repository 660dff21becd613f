"""The people search index, one interface over both engines, and keeping it right during bulk writes.

SQLite has an FTS5 trigram table (migration 0002), PostgreSQL a pg_trgm GIN index over
`person_search` (migration 0004_postgres). Both answer the same question the same way: the ids,
lowest first, of the people in whom every term is found (a word in the name, NIK, phone or
organisation; digits in the NIK or the phone), so the desk shows the same hits on either.

The per-row trigger costs about 60 µs a person; indexing the new rows in one statement costs a
sixth of that. `bulk_people` switches the trigger off for the caller's transaction only: the
switch is a row in `search_control`, so a crash or a rollback turns it back on with everything
else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, bindparam, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement

# What separates the fields of PostgreSQL's `person_search.doc` (nobody types it).
_SEP = chr(31)


@dataclass(frozen=True)
class IndexTerm:
    """One typed word for the index: `text` found in any field, or digits in the NIK or the phone."""

    text: str | None = None
    nik: str | None = None  # digits to find in the NIK
    phone: str | None = None  # national digits to find in the phone


def _fts(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_match(terms: Sequence[IndexTerm]) -> str | None:
    """The FTS5 MATCH expression of `terms` (SQLite)."""
    clauses = []
    for term in terms:
        if term.text is not None:
            clauses.append(_fts(term.text))
            continue
        parts = [f"nik : {_fts(term.nik)}"] if term.nik else []
        if term.phone:
            parts.append(f"phone : {_fts(term.phone)}")
        clauses.append("(" + " OR ".join(parts) + ")")
    return " AND ".join(clauses) or None


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _pg_where(terms: Sequence[IndexTerm], mark: Callable[[str, str], str]) -> str:
    """The WHERE of PostgreSQL's index query; `mark(name, value)` places each LIKE pattern."""
    clauses = []
    for n, term in enumerate(terms):
        if term.text is not None:
            clauses.append(f"s.doc LIKE {mark(f't{n}', _like(term.text))}")
            continue
        parts = [
            f"s.{field} LIKE {mark(f'{field}{n}', _like(value))}"
            for field, value in (("nik", term.nik), ("phone", term.phone))
            if value
        ]
        clauses.append("(" + " OR ".join(parts) + ")")
    return " AND ".join(clauses)


def find_people(conn: Connection, terms: Sequence[IndexTerm], limit: int) -> list[int]:
    """The ids (lowest first, at most `limit`) of the people every term is found in."""
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        params: dict[str, object] = {"limit": limit}

        def mark(name: str, value: str) -> str:
            params[name] = value
            return f":{name}"

        where = _pg_where(terms, mark)
        sql = f"SELECT s.person_id FROM person_search s WHERE {where} ORDER BY s.person_id LIMIT :limit"
        return [i for (i,) in conn.execute(text(sql), params)]
    found = conn.exec_driver_sql(
        "SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?", (fts_match(terms), limit)
    )
    return [i for (i,) in found]


class people_in_index(ColumnElement[bool]):  # noqa: N801 - used like a function in a query
    """`person.id IN (the people every term is found in)`, for SQLAlchemy queries on either engine."""

    type = Boolean()
    inherit_cache = False

    def __init__(self, terms: Sequence[IndexTerm]) -> None:
        self.terms = tuple(terms)


@compiles(people_in_index, "sqlite")
def _in_fts(element: people_in_index, compiler: Any, **kw: Any) -> str:
    match = compiler.process(bindparam("index_match", fts_match(element.terms), unique=True), **kw)
    return f"person.id IN (SELECT rowid FROM person_search WHERE person_search MATCH {match})"


@compiles(people_in_index, "postgresql")
def _in_trgm(element: people_in_index, compiler: Any, **kw: Any) -> str:
    def mark(name: str, value: str) -> str:
        return str(compiler.process(bindparam(name, value, unique=True), **kw))

    where = _pg_where(element.terms, mark)
    return f"person.id IN (SELECT s.person_id FROM person_search s WHERE {where})"


_INDEX_RANGE = text(
    "INSERT INTO person_search(rowid, name, nik, phone, org) "
    "SELECT p.id, p.name, coalesce(p.nik, ''), coalesce(substr(p.phone, 4), ''), coalesce(o.name, '') "
    "FROM person p LEFT JOIN organization o ON o.id = p.organization_id "
    "WHERE p.id BETWEEN :first AND :last"
)


_PG_INDEX_RANGE = text(
    "INSERT INTO person_search (person_id, doc, nik, phone) "
    "SELECT p.id, lower(p.name) || chr(31) || coalesce(p.nik, '') || chr(31) || coalesce(substr(p.phone, 4), '') "
    "|| chr(31) || lower(coalesce(o.name, '')), coalesce(p.nik, ''), coalesce(substr(p.phone, 4), '') "
    "FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id >= :first "
    "ON CONFLICT (person_id) DO UPDATE SET doc = EXCLUDED.doc, nik = EXCLUDED.nik, phone = EXCLUDED.phone"
)


@contextmanager
def _bulk_people_pg(conn: Connection, first_id: int) -> Iterator[None]:
    """PostgreSQL's per-row trigger steps aside for the transaction (migration 0019_pg_bulk_people)."""
    conn.execute(text("SELECT set_config('hadir.bulk_people', 'on', true)"))
    yield
    conn.execute(text("SELECT set_config('hadir.bulk_people', 'off', true)"))
    conn.execute(_PG_INDEX_RANGE, {"first": first_id})


def has_search_index(conn: Connection) -> bool:
    """True where a migration made the index: SQLite (0002) and PostgreSQL (0004_postgres)."""
    return conn.dialect.name in ("sqlite", "postgresql")


@contextmanager
def bulk_people(conn: Connection, first_id: int) -> Iterator[None]:
    """Insert people with ids from `first_id` up inside the block; they are indexed at its end."""
    if conn.dialect.name == "postgresql":
        with _bulk_people_pg(conn, first_id):
            yield
        return
    conn.execute(text("UPDATE search_control SET bulk = 1 WHERE id = 1"))
    yield
    last = conn.execute(text("SELECT max(id) FROM person")).scalar() or 0
    if last >= first_id:
        conn.execute(_INDEX_RANGE, {"first": first_id, "last": last})
    conn.execute(text("UPDATE search_control SET bulk = 0 WHERE id = 1"))
