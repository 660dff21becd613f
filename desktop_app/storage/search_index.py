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

from desktop_app.storage import driver_sql
from desktop_app.storage.bulk import KEEP_CHECK_PLANS

# PostgreSQL's `person_search.doc` is the lower-cased name and organisation, apart by chr(31)
# (nobody types it); a term's `text` always holds a character that is not a digit, so it is never
# found in the NIK or the phone, which have their own columns and indexes (0021_lean_import).


@dataclass(frozen=True)
class IndexTerm:
    """One typed word for the index: `text` found in any field, or digits in the NIK or the phone."""

    text: str | None = None  # never all digits: those are `nik`/`phone` terms
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
        # Two words or more ("sri wahyuni") find few people, spread over the table: walking the
        # primary key until enough of them turned up read 27,000 rows (19-29 ms on 100,000
        # people). Ordering by an expression makes the planner take the trigram index and sort
        # what it found (2-3 ms). One word is left to the planner: a common one ("3311", in
        # every NIK) is found at once along the primary key, a rare one through the index.
        order = "s.person_id + 0" if len(terms) > 1 else "s.person_id"
        sql = f"SELECT s.person_id FROM person_search s WHERE {where} ORDER BY {order} LIMIT :limit"
        return [i for (i,) in conn.execute(text(sql), params)]
    found = driver_sql.fetch(
        conn, "SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?", (fts_match(terms), limit)
    )
    return [i for (i,) in found]


# A big batch's invitees among the index's hits: the hits in the index's order, each probed against
# the invitation index (and the caller's condition on the person), stopping at `limit` invitees or
# after `scan` hits, whichever comes first.
_INVITED = (
    "SELECT p.id FROM ({hits} LIMIT ?) h JOIN person p ON p.id = h.{id} "
    "LEFT JOIN organization o ON o.id = p.organization_id "
    "WHERE EXISTS (SELECT 1 FROM invitation i WHERE i.session_id = ? AND i.person_id = h.{id}){where} LIMIT ?"
)
_FTS_HITS = "SELECT rowid FROM person_search WHERE person_search MATCH ?"


def find_invited(
    conn: Connection,
    terms: Sequence[IndexTerm],
    session_id: int,
    limit: int,
    scan: int,
    where: str = "",
    where_params: Sequence[object] = (),
) -> tuple[list[int], bool]:
    """Ids of people every term is found in who are invited to `session_id`, at most `limit`.

    Only the index's first `scan` hits are looked at, so the cost follows what the words find,
    never the size of the batch. `where` (with `?` marks) is a further condition on the person
    `p` and their organisation `o`. The flag says whether every hit was looked at (the list is
    then complete when shorter than `limit`).
    """
    if not terms:
        return [], False
    if conn.dialect.name == "postgresql":
        values: list[object] = []

        def mark(_name: str, value: str) -> str:
            values.append(value)
            return "?"

        hits, key = f"SELECT s.person_id FROM person_search s WHERE {_pg_where(terms, mark)}", "person_id"
    else:
        hits, key, values = _FTS_HITS, "rowid", [fts_match(terms)]
    sql = _INVITED.format(hits=hits, id=key, where=f" AND {where}" if where else "")
    ids = [i for (i,) in driver_sql.fetch(conn, sql, (*values, scan, session_id, *where_params, limit))]
    if len(ids) >= limit:
        return ids, False
    ((seen,),) = driver_sql.fetch(conn, f"SELECT count(*) FROM ({hits} LIMIT ?) h", (*values, scan))
    return ids, seen < scan


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
    "SELECT p.id, lower(p.name) || chr(31) || lower(coalesce(o.name, '')), "
    "coalesce(p.nik, ''), coalesce(substr(p.phone, 4), '') "
    "FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id >= :first "
    "ON CONFLICT (person_id) DO UPDATE SET doc = EXCLUDED.doc, nik = EXCLUDED.nik, phone = EXCLUDED.phone"
)


# GIN indexes put new rows in a pending list that every search reads through until a vacuum moves
# it into the index proper: 269 pages (2 MB) right after a 100,000-person copy made each keystroke
# on the desk 40% slower. Moving it at once after a bulk write is the same work the next vacuum
# would do, done while the writer waits instead of every desk. Only the indexes' owner may; a role
# that is not (a server set up by hand) leaves it to autovacuum instead of failing the write.
_PG_SETTLE = text(
    "SELECT gin_clean_pending_list(c.oid) FROM pg_class c "
    "WHERE c.relname IN ('ix_person_search_doc', 'ix_person_search_nik', 'ix_person_search_phone') "
    "AND c.relkind = 'i' AND pg_has_role(c.relowner, 'USAGE')"
)


def settle_search_index(conn: Connection) -> None:
    """After a bulk write of people: the index answers without reading a backlog (PostgreSQL).

    SQLite's FTS5 table has no backlog to move: nothing to do there.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(_PG_SETTLE).all()


@contextmanager
def _bulk_people_pg(conn: Connection, first_id: int) -> Iterator[None]:
    """PostgreSQL's per-row trigger steps aside for the transaction (migration 0019_pg_bulk_people)."""
    # and the foreign-key checks of the rows and their index entries keep their plans (bulk.py)
    conn.execute(text(f"SELECT set_config('hadir.bulk_people', 'on', true), {KEEP_CHECK_PLANS}"))
    yield
    conn.execute(text("SELECT set_config('hadir.bulk_people', 'off', true)"))
    conn.execute(_PG_INDEX_RANGE, {"first": first_id})
    settle_search_index(conn)


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
