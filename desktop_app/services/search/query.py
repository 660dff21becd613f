"""Finding a person as they arrive: one query over the session's invitees, then the registry.

Each word of the query must match (any order, any case): a name part, the organisation, a NIK
or its last digits, a phone in any spelling (`0812…`, `+62 812…`, `812…`), or an invitation
code. A batch's invitees are usually few (30), so they are matched in Python; a big batch (an
allowed 10,000 for one seminar) is filtered by SQLite itself, which costs 2–4 ms where Python took
over 100 ms a keystroke (on PostgreSQL a big batch is still matched in Python). The registry is
searched through the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL), taking its first hits
instead of ranking every match (a ranked query over a common word such as "kop" costs 50 ms on
100,000 people; this costs about 1 ms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection

from desktop_app.core.codes import normalize_invitation_code
from desktop_app.core.names import strip_control
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import mask_phone, phone_search_keys
from desktop_app.storage import driver_sql
from desktop_app.storage.search_index import IndexTerm, find_people, fts_match

MIN_TRIGRAM = 3
INVITEES_IN_PYTHON = 300  # a batch up to this size is matched in Python; a bigger one in SQL
_PHONE_LIKE = re.compile(r"^[+\d][\d\s().\-]*$")
_SEPARATORS = re.compile(r"[\s().\-]")


@dataclass(frozen=True)
class SearchHit:
    """One person in the result list."""

    person_id: int
    name: str
    organization: str | None
    nik_masked: str
    phone_masked: str
    invited: bool
    checked_in: bool


@dataclass(frozen=True)
class Word:
    """One word of the query: text to find, or digits to find in the NIK or phone."""

    text: str
    phone: str | None = None  # national digits, for a digit word

    @property
    def is_digits(self) -> bool:
        """True for a word made of digits (a NIK or phone fragment)."""
        return self.text.isdigit()


def split_query(query: str) -> list[Word]:
    """Words of a query; a query that is all digits and separators is one number (`+62 812 3`)."""
    query = strip_control(query).strip()
    if not query:
        return []
    if _PHONE_LIKE.match(query) and sum(c.isdigit() for c in query) >= MIN_TRIGRAM:
        digits = _SEPARATORS.sub("", query).lstrip("+")
        return [Word(digits, phone_search_keys(query))]
    words = []
    for raw in query.split():
        digits = _SEPARATORS.sub("", raw).lstrip("+")
        if digits.isdigit():
            words.append(Word(digits, phone_search_keys(raw)))
        else:
            words.append(Word(raw.casefold()))
    return words


def index_terms(words: Sequence[Word]) -> list[IndexTerm]:
    """The words long enough for the trigram index, as the index's terms (shorter ones filter after)."""
    terms = []
    for word in words:
        if word.is_digits:
            nik = word.text if len(word.text) >= MIN_TRIGRAM else None
            phone = word.phone if word.phone and len(word.phone) >= MIN_TRIGRAM else None
            if nik or phone:
                terms.append(IndexTerm(nik=nik, phone=phone))
        elif len(word.text) >= MIN_TRIGRAM:
            terms.append(IndexTerm(text=word.text))
    return terms


def matches(row: _Row, words: Iterable[Word]) -> bool:
    """The same rule as the index, in Python: every word is found somewhere in the person."""
    text_ = " ".join(filter(None, (row.name, row.org))).casefold()
    nik = row.nik or ""
    phone = (row.phone or "")[3:]
    for word in words:
        if word.is_digits:
            if word.text not in nik and not (word.phone and word.phone in phone):
                return False
        elif word.text not in text_ and word.text not in nik:
            return False
    return True


# Plain SQL through the driver: this runs on every keystroke, and SQLAlchemy's session and
# statement handling cost more than the queries themselves (2 ms of a 3.5 ms search).
_COLUMNS = """
    p.id, p.name, o.name AS org, p.nik, p.phone,
    EXISTS (SELECT 1 FROM invitation i WHERE i.session_id = ? AND i.person_id = p.id) AS invited,
    EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ? AND a.person_id = p.id
            AND a.undone_at IS NULL) AS here
"""
_FROM_PERSON = "FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
_INVITEES = (
    f"SELECT {_COLUMNS} FROM invitation inv JOIN person p ON p.id = inv.person_id "
    "LEFT JOIN organization o ON o.id = p.organization_id WHERE inv.session_id = ? ORDER BY p.name"
)
# A code printed on a card: the invitation's own, or one a merge folded into it (an alias).
_BY_CODE = (
    f"SELECT {_COLUMNS} FROM invitation inv JOIN person p ON p.id = inv.person_id "
    "LEFT JOIN organization o ON o.id = p.organization_id WHERE inv.code = ? "
    "OR inv.id = (SELECT invitation_id FROM invitation_alias WHERE code = ?)"
)
_INVITEE_COUNT = "SELECT count(*) FROM invitation WHERE session_id = ?"
# One word of the query, as `matches` reads it, for SQLite to test (lower() folds ASCII only).
_TEXT_WORD = "(instr(lower(p.name || ' ' || coalesce(o.name, '')), ?) OR instr(coalesce(p.nik, ''), ?))"
_DIGIT_WORD = (
    "(instr(coalesce(p.nik, ''), ?) OR (? IS NOT NULL AND instr(substr(coalesce(p.phone, ''), 4), ?)))"
)
# The registry's index hits that are invited to the batch (the index drives; each hit one probe).
_INVITED_HITS = (
    f"SELECT {_COLUMNS} {_FROM_PERSON} WHERE p.id IN (SELECT rowid FROM person_search "
    "WHERE person_search MATCH ? AND EXISTS (SELECT 1 FROM invitation "
    "WHERE session_id = ? AND person_id = person_search.rowid)) ORDER BY p.name"
)
_HITS_UP_TO = "SELECT count(*) FROM (SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?)"
_INDEX = "SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?"
_LIKE = (
    f"SELECT {_COLUMNS} {_FROM_PERSON} WHERE lower(p.name || ' ' || coalesce(o.name, '') || ' ' || "
    "coalesce(p.nik, '') || ' ' || coalesce(p.phone, '')) LIKE ? LIMIT ?"
)


class _Row(NamedTuple):
    id: int
    name: str
    org: str | None
    nik: str | None
    phone: str | None
    invited: int
    here: int


def _rows(conn: Connection, sql: str, *params: object) -> list[_Row]:
    return [_Row(*r) for r in driver_sql.run(conn, sql, params)]


def _hit(row: _Row) -> SearchHit:
    return SearchHit(
        person_id=row.id,
        name=row.name,
        organization=row.org,
        nik_masked=mask_nik(row.nik),
        phone_masked=mask_phone(row.phone),
        invited=bool(row.invited),
        checked_in=bool(row.here),
    )


def _hits_up_to(conn: Connection, match: str, most: int) -> int:
    (found,) = driver_sql.run(conn, _HITS_UP_TO, (match, most)).fetchone()
    return int(found)


def _invitees(conn: Connection, session_id: int, words: Sequence[Word], limit: int) -> list[_Row]:
    """The session's invitees matching every word, by name, at most `limit`.

    A big batch is searched from the index side: the registry's hits for the long words that are
    invited to this batch (each hit one probe of the invitation index), so a keystroke costs what
    the words find, not what the batch holds. Only the first one or two letters, which the index
    cannot take, make SQLite read the batch until it has `limit` of them (then shown by name: the
    first found, not the alphabetically first, since sorting 10,000 names costs 20 ms).
    """
    (count,) = driver_sql.run(conn, _INVITEE_COUNT, (session_id,)).fetchone()
    if count <= INVITEES_IN_PYTHON or conn.dialect.name != "sqlite":
        rows = _rows(conn, _INVITEES, session_id, session_id, session_id)
        return [r for r in rows if matches(r, words)][:limit]
    match = fts_match(index_terms(words))
    # Words the whole registry shares ("3311", the regency in every NIK) find more people than
    # the batch holds: then reading the batch is cheaper than probing for every hit.
    if match is not None and _hits_up_to(conn, match, count) < count:
        sql, params = _INVITED_HITS, [session_id, session_id, match, session_id]
        exact = all(len(w.text) >= MIN_TRIGRAM for w in words)
    else:  # SQLite tests the ASCII words (exactly as `matches` does); Python checks the rest after it.
        ascii_words = [w for w in words if w.text.isascii()]
        exact = len(ascii_words) == len(words)
        clauses = "".join(f" AND {_DIGIT_WORD if w.is_digits else _TEXT_WORD}" for w in ascii_words)
        sql = _INVITEES.replace(" ORDER BY", clauses + " ORDER BY")
        params = [session_id, session_id, session_id]
        for word in ascii_words:
            if word.is_digits:
                params += [word.text, word.phone or None, word.phone or None]
            else:
                params += [word.text, word.text]
        if exact and words:  # the first letters: the first `limit` found, shown by name (no sort of 10,000)
            sql = sql.replace(" ORDER BY p.name", "")
            return sorted(_rows(conn, sql + " LIMIT ?", *params, limit), key=lambda r: r.name)
    if exact:
        return _rows(conn, sql + " LIMIT ?", *params, limit)
    return [r for r in _rows(conn, sql, *params) if matches(r, words)][:limit]


def find_by_code(conn: Connection, session_id: int, query: str) -> SearchHit | None:
    """The person an invitation code (scanned or typed) belongs to, if the query is one."""
    code = normalize_invitation_code(query)
    if code is None:
        return None
    rows = _rows(conn, _BY_CODE, session_id, session_id, code, code)
    return _hit(rows[0]) if rows else None


def search_people(conn: Connection, session_id: int, query: str, limit: int = 30) -> list[SearchHit]:
    """People matching `query`: this session's invitees first, then the rest of the registry.

    An empty query lists the invitees. Words shorter than three characters cannot use the index
    alone; they narrow what the longer words found, or (when there are none) the invitees.
    """
    query = strip_control(query)  # a NUL made SQLite refuse the whole statement
    by_code = find_by_code(conn, session_id, query)
    if by_code:
        return [by_code]
    words = split_query(query)
    hits = [_hit(r) for r in _invitees(conn, session_id, words, limit)]
    terms = index_terms(words)
    if len(hits) >= limit or not terms:
        return hits
    seen = {h.person_id for h in hits}
    want = limit - len(hits)
    # Short words filter after the index, so ask the index for more than we keep.
    short = any(len(w.text) < MIN_TRIGRAM for w in words)
    found = find_people(conn, terms, (want * 5 if short else want) + len(seen))
    ids = [i for i in found if i not in seen]
    if not ids:
        return hits
    marks = ", ".join("?" for _ in ids)
    rows = _rows(
        conn, f"SELECT {_COLUMNS} {_FROM_PERSON} WHERE p.id IN ({marks})", session_id, session_id, *ids
    )
    order = {pid: n for n, pid in enumerate(ids)}
    rows = sorted((r for r in rows if matches(r, words)), key=lambda r: order[r.id])
    return hits + [_hit(r) for r in rows[:want]]
