"""Finding a person as they arrive: one query over the session's invitees, then the registry.

Each word of the query must match (any order, any case): a name part, the organisation, a NIK
or its last digits, a phone in any spelling (`0812…`, `+62 812…`, `812…`), or an invitation
code. The session's invitees are few, so they are matched in Python; the registry is searched
through the FTS5 trigram index, taking its first hits instead of ranking every match (a ranked
query over a common word such as "kop" costs 50 ms on 100,000 people; this costs about 1 ms).
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

MIN_TRIGRAM = 3
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


def _fts(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build_match(words: Sequence[Word]) -> str | None:
    """The FTS5 MATCH expression for the words long enough for the trigram index."""
    clauses = []
    for word in words:
        if word.is_digits:
            parts = [f"nik : {_fts(word.text)}"] if len(word.text) >= MIN_TRIGRAM else []
            if word.phone and len(word.phone) >= MIN_TRIGRAM:
                parts.append(f"phone : {_fts(word.phone)}")
            if parts:
                clauses.append("(" + " OR ".join(parts) + ")")
        elif len(word.text) >= MIN_TRIGRAM:
            clauses.append(_fts(word.text))
    return " AND ".join(clauses) or None


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
    return [_Row(*r) for r in conn.exec_driver_sql(sql, params)]


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
    invitees = [r for r in _rows(conn, _INVITEES, session_id, session_id, session_id) if matches(r, words)]
    hits = [_hit(r) for r in invitees[:limit]]
    match = build_match(words)
    if len(hits) >= limit or match is None:
        return hits
    seen = {h.person_id for h in hits}
    if conn.dialect.name != "sqlite":  # pragma: no cover - future server mode
        rows = _rows(conn, _LIKE, session_id, session_id, f"%{query.casefold()}%", limit)
        return hits + [_hit(r) for r in rows if r.id not in seen][: limit - len(hits)]
    want = limit - len(hits)
    # Short words filter after the index, so ask the index for more than we keep.
    short = any(len(w.text) < MIN_TRIGRAM for w in words)
    found = conn.exec_driver_sql(_INDEX, (match, (want * 5 if short else want) + len(seen)))
    ids = [i for (i,) in found if i not in seen]
    if not ids:
        return hits
    marks = ", ".join("?" for _ in ids)
    rows = _rows(
        conn, f"SELECT {_COLUMNS} {_FROM_PERSON} WHERE p.id IN ({marks})", session_id, session_id, *ids
    )
    order = {pid: n for n, pid in enumerate(ids)}
    rows = sorted((r for r in rows if matches(r, words)), key=lambda r: order[r.id])
    return hits + [_hit(r) for r in rows[:want]]
