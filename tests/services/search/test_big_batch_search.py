"""A big batch (one seminar of thousands) is searched from the index side, with the same answers as a small one.

Reading the whole batch is the reference (SMALL_BATCH raised above its size); a keystroke with a
word of three letters or more never reads the batch (issue 20: the cost follows what the words
find, not how many are invited).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.core.codes import new_invitation_code
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.search import query as search_query
from desktop_app.storage.models import Invitation, Person

QUERIES = [
    "",
    "s",
    "sr",
    "sri",
    "wahyu sri",
    "SRI wAhYu",
    "kop",
    "koperasi maju",
    "bu",
    "3311",
    "0007",
    "0812",
    "+62 857",
    "812 3",
    "batik 33",
    "Ñoño",
    "zzzz",
]


@pytest.fixture
def big_batch(services, admin, make_session):  # type: ignore[no-untyped-def]
    """A batch of 600 invitees (more than SMALL_BATCH) from a demo registry of 900 people."""
    generate_demo(services.db, services.district, people=900, operator_id=admin.id)
    _, session_id = make_session(capacity=1000)
    with services.db.transaction() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id).limit(600)))
        s.add_all(Invitation(session_id=session_id, person_id=i, code=new_invitation_code()) for i in ids)
    assert len(ids) > search_query.SMALL_BATCH
    return session_id


def _answers(services, session_id: int) -> dict[str, list[tuple[str, bool]]]:  # type: ignore[no-untyped-def]
    return {q: [(h.name, h.invited) for h in services.checkin.search(session_id, q)] for q in QUERIES}


def test_the_index_side_finds_what_reading_the_batch_finds_invitees_first_by_name(
    services, big_batch, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_sqlite = _answers(services, big_batch)
    monkeypatch.setattr(search_query, "SMALL_BATCH", 10_000)
    by_python = _answers(services, big_batch)
    with services.db.engine.connect() as conn:
        every = {q: {h.name for h in search_query.search_people(conn, big_batch, q, 10_000)} for q in QUERIES}

    for query in QUERIES:
        found, expected = by_sqlite[query], by_python[query]
        if len(every[query]) <= 30:  # all of them fit
            assert found == expected, query
        else:  # more than a screenful: the first found, invitees first, each by name
            assert len(found) == 30 and {n for n, _ in found} <= every[query], query
            invited = [n for n, i in found if i]
            assert [i for _, i in found] == sorted((i for _, i in found), reverse=True)
            assert invited == sorted(invited)
    assert len(by_sqlite[""]) == 30 and all(invited for _, invited in by_sqlite[""])
    names = [name for name, _ in by_sqlite[""]]
    assert names == sorted(names)  # before typing: a screenful of the batch, by name
    assert by_sqlite["sri"] and by_sqlite["sri"][0][1]  # invitees first


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("wahyuni sri", ["Sri Wahyuni"]),
        ("0004", ["Dodi Prasetyo"]),
        ("0812-0000-0013", ["Citra Lestari"]),
        ("81200000013", ["Citra Lestari"]),
        ("keripik tempe", ["Citra Lestari"]),
        ("bu", ["Budi Santoso", "Citra Lestari"]),
        ("zzzz", []),
    ],
)
def test_the_index_side_finds_people_however_they_are_typed(
    desk, query, expected, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_query, "SMALL_BATCH", 0)  # every batch is searched from the index side
    assert [h.name for h in desk.services.checkin.search(desk.session_id, query)] == expected


@pytest.mark.parametrize("query", ["sri", "santoso", "koperasi maju", "3311", "0812", "sri wa"])
def test_a_keystroke_in_a_big_batch_does_not_read_the_batch(
    services, big_batch, query, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch is read only for the first letters; words the index takes go through it."""
    from desktop_app.storage import driver_sql

    statements: list[str] = []
    fetch = driver_sql.fetch

    def counting(conn, sql, params=()):  # type: ignore[no-untyped-def]
        statements.append(sql)
        return fetch(conn, sql, params)

    monkeypatch.setattr(driver_sql, "fetch", counting)
    hits = services.checkin.search(big_batch, query)
    assert hits and hits[0].invited
    assert not [sql for sql in statements if sql.startswith(search_query._INVITEES)]
