"""Finding a person as they arrive: the session's invitees first, then the registry.

Each word of the query must match (any order, any case): a name part, the organisation, a NIK
or its last digits, a phone in any spelling (`0812…`, `+62 812…`, `812…`), or an invitation
code. A keystroke costs what the words find, not what the batch or the registry holds:

- a batch of up to SMALL_BATCH invitees (30 is usual) is filtered by the database itself;
- a bigger batch (an allowed 10,000 for one seminar) is searched from the index side: the
  trigram index's hits (FTS5 on SQLite, pg_trgm on PostgreSQL) joined with the invitation
  index, stopping at a screenful; when more than a screenful match, the first found are shown;
- the registry is searched through the index, taking its first hits instead of ranking every
  match (a ranked query over a common word such as "kop" costs 50 ms on 100,000 people).

Invitees are shown by name, then the registry's hits in the index's order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Connection

from desktop_app.core.codes import normalize_invitation_code
from desktop_app.core.names import strip_control
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import mask_phone, phone_search_keys
from desktop_app.storage import driver_sql
from desktop_app.storage.search_index import IndexTerm, find_invited, find_people

MIN_TRIGRAM = 3
SMALL_BATCH = 300  # a batch up to this size is read whole; a bigger one from the index side
INDEX_SCAN = 5000  # index hits a big batch probes before it is read whole instead
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
        if not digits:  # "+" or "(": the start of a phone number, nothing to find yet
            continue
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


# Plain SQL through the driver's cursor: this runs on every keystroke, and SQLAlchemy's session,
# statement and result handling cost more than the queries themselves.
_COLUMNS = """
    p.id, p.name, o.name AS org, p.nik, p.phone,
    EXISTS (SELECT 1 FROM invitation i WHERE i.session_id = ? AND i.person_id = p.id) AS invited,
    EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ? AND a.person_id = p.id
            AND a.undone_at IS NULL) AS here
"""
_FROM_PERSON = "FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
_INVITEES = (
    f"SELECT {_COLUMNS} FROM invitation inv JOIN person p ON p.id = inv.person_id "
    "LEFT JOIN organization o ON o.id = p.organization_id WHERE inv.session_id = ?"
)
# A code printed on a card: the invitation's own, or one a merge folded into it (an alias).
_BY_CODE = (
    f"SELECT {_COLUMNS} FROM invitation inv JOIN person p ON p.id = inv.person_id "
    "LEFT JOIN organization o ON o.id = p.organization_id WHERE inv.code = ? "
    "OR inv.id = (SELECT invitation_id FROM invitation_alias WHERE code = ?)"
)
_INVITEE_COUNT = "SELECT count(*) FROM (SELECT 1 FROM invitation WHERE session_id = ? LIMIT ?) c"
# One word of the query, as `matches` reads it, for the database to test (lower() folds ASCII
# only, so only ASCII words are tested there). strpos() is instr() on both engines.
_TEXT_WORD = (
    "(strpos(lower(p.name || ' ' || coalesce(o.name, '')), ?) > 0 OR strpos(coalesce(p.nik, ''), ?) > 0)"
)
_DIGIT_WORD = (
    "(strpos(coalesce(p.nik, ''), ?) > 0 OR (? <> '' AND strpos(substr(coalesce(p.phone, ''), 4), ?) > 0))"
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
    if conn.dialect.name == "sqlite":
        sql = sql.replace("strpos(", "instr(")
    return [_Row(*r) for r in driver_sql.fetch(conn, sql, params)]


# Typing on brings back the same people keystroke after keystroke: each row (which holds whether
# the person is invited and here) is turned into a hit, masks included, once.
@lru_cache(maxsize=4096)
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


def _by_name(rows: Iterable[_Row]) -> list[_Row]:
    return sorted(rows, key=lambda r: r.name)


def _people(conn: Connection, session_id: int, ids: Sequence[int]) -> list[_Row]:
    """The rows of these people, in the order of `ids`."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = _rows(
        conn, f"SELECT {_COLUMNS} {_FROM_PERSON} WHERE p.id IN ({marks})", session_id, session_id, *ids
    )
    order = {pid: n for n, pid in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r.id])


def _word_clauses(words: Sequence[Word]) -> tuple[str, list[object]]:
    """The ASCII words as a condition on `p` and `o` (as `matches` reads them), with its values."""
    clauses, params = [], []
    for word in words:
        if word.is_digits:
            clauses.append(_DIGIT_WORD)
            params += [word.text, word.phone or "", word.phone or ""]
        else:
            clauses.append(_TEXT_WORD)
            params += [word.text, word.text]
    return " AND ".join(clauses), params


def _big_batch_invitees(
    conn: Connection, session_id: int, words: Sequence[Word], terms: Sequence[IndexTerm], limit: int
) -> list[_Row]:
    """A big batch's invitees matching every word, from the index side, by name, at most `limit`."""
    # The words the index cannot take (one or two letters) are tested beside it.
    short = [w for w in words if len(w.text) < MIN_TRIGRAM and w.text.isascii()]
    where, params = _word_clauses(short)
    if conn.dialect.name == "sqlite":
        where = where.replace("strpos(", "instr(")
    asked = limit if all(w.text.isascii() for w in words) else limit * 5
    ids, complete = find_invited(conn, terms, session_id, asked, INDEX_SCAN, where, params)
    rows = [r for r in _people(conn, session_id, ids) if matches(r, words)]
    if len(rows) >= limit or complete:
        return _by_name(rows[:limit])
    return _read_batch(conn, session_id, words, limit, big=True)


def _read_batch(
    conn: Connection, session_id: int, words: Sequence[Word], limit: int, big: bool
) -> list[_Row]:
    """The invitees matching every word, read from the batch.

    The ASCII words are tested by the database (exactly as `matches` does), the rest in Python.

    A big batch gets here before typing, for its first one or two letters (which the index cannot
    take), or when the index's first hits held too few of its invitees: then the first `limit`
    found are shown by name (sorting 10,000 names costs 20 ms).
    """
    ascii_words = [w for w in words if w.text.isascii()]
    exact = len(ascii_words) == len(words)
    where, params = _word_clauses(ascii_words)
    sql = _INVITEES + (f" AND {where}" if where else "")
    params = [session_id, session_id, session_id, *params]
    if not exact:
        return _by_name(r for r in _rows(conn, sql, *params) if matches(r, words))[:limit]
    if big:
        return _by_name(_rows(conn, sql + " LIMIT ?", *params, limit))
    return _rows(conn, sql + " ORDER BY p.name LIMIT ?", *params, limit)


def find_by_code(conn: Connection, session_id: int, query: str) -> SearchHit | None:
    """The person an invitation code (scanned or typed) belongs to, if the query is one."""
    code = normalize_invitation_code(query)
    if code is None:
        return None
    rows = _rows(conn, _BY_CODE, session_id, session_id, code, code)
    return _hit(rows[0]) if rows else None


def search_people(conn: Connection, session_id: int, query: str, limit: int = 30) -> list[SearchHit]:
    """People matching `query`: this session's invitees first (by name), then the rest of the registry.

    An empty query lists the invitees. Words shorter than three characters cannot use the index
    alone; they narrow what the longer words found, or (when there are none) the invitees.
    """
    query = strip_control(query)  # a NUL made SQLite refuse the whole statement
    by_code = find_by_code(conn, session_id, query)
    if by_code:
        return [by_code]
    words = split_query(query)
    terms = index_terms(words)
    (count,) = driver_sql.fetch(conn, _INVITEE_COUNT, (session_id, SMALL_BATCH + 1))[0]
    big = count > SMALL_BATCH
    if not terms:
        return [_hit(r) for r in _read_batch(conn, session_id, words, limit, big)]
    # The index's first hits: when they are all of them (a name, a NIK: the usual keystroke),
    # they hold the invitees too, and one query answers the whole list.
    short = any(len(w.text) < MIN_TRIGRAM for w in words)
    head = (limit * 5 if short else limit) + 1  # short words filter after the index
    found = find_people(conn, terms, head)
    if len(found) < head:
        rows = [r for r in _people(conn, session_id, found) if matches(r, words)]
        invitees = _by_name(r for r in rows if r.invited)[:limit]
        others = [r for r in rows if not r.invited][: limit - len(invitees)]
        return [_hit(r) for r in invitees + others]
    if big:
        invitees = _big_batch_invitees(conn, session_id, words, terms, limit)
    else:
        invitees = _read_batch(conn, session_id, words, limit, big)
    hits = [_hit(r) for r in invitees]
    if len(hits) >= limit:
        return hits
    seen = {h.person_id for h in hits}
    want = limit - len(hits)
    if len(found) < (want * 5 if short else want) + len(seen):
        found = find_people(conn, terms, (want * 5 if short else want) + len(seen))
    ids = [i for i in found if i not in seen]
    rows = [r for r in _people(conn, session_id, ids) if matches(r, words)]
    return hits + [_hit(r) for r in rows[:want]]
