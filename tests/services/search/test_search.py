"""The desk's search: every way people are looked up at the door."""

from __future__ import annotations

import pytest

from desktop_app.services.search.query import index_terms, split_query
from desktop_app.storage.search_index import fts_match


def names(desk, query: str, session_id=None) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.name for h in desk.services.checkin.search(session_id or desk.session_id, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("wahyuni sri", ["Sri Wahyuni"]),  # parts of a name in any order
        ("SRI wAhYu", ["Sri Wahyuni"]),  # any case
        ("santoso", ["Budi Santoso"]),
        ("0004", ["Dodi Prasetyo"]),  # the NIK's last digits
        ("3311010202850002", ["Budi Santoso"]),  # a whole NIK
        ("0812-0000-0013", ["Citra Lestari"]),  # phone, local with dashes
        ("+62 812 0000 0013", ["Citra Lestari"]),  # phone, international with spaces
        ("81200000013", ["Citra Lestari"]),  # phone, the leading zero lost
        ("keripik tempe", ["Citra Lestari"]),  # the organisation
        ("koperasi maju", ["Budi Santoso"]),
        ("zzzz", []),
    ],
)
def test_search_finds_people_however_they_are_typed(desk, query, expected) -> None:
    assert names(desk, query) == expected


def test_an_invitation_code_selects_exactly_its_person(desk) -> None:
    code = desk.codes["Dodi Prasetyo"]
    assert names(desk, code) == ["Dodi Prasetyo"]
    assert names(desk, code.lower().replace("-", "")) == ["Dodi Prasetyo"]


def test_empty_query_lists_the_invitees_and_short_words_filter_them(desk) -> None:
    assert sorted(names(desk, "")) == sorted(desk.people)
    assert names(desk, "do") == ["Dodi Prasetyo"]  # two letters: the invitees are filtered in Python
    assert names(desk, "bu") == ["Budi Santoso", "Citra Lestari"]  # "Bu Citra" is her business


def test_invitees_come_first_then_the_registry(services, admin, desk, make_session) -> None:
    from desktop_app.core.codes import new_invitation_code
    from desktop_app.services.registry.types import WalkInDraft
    from desktop_app.storage.models import Invitation

    _, other = make_session(capacity=10)
    with services.db.transaction() as s:
        stranger = services.people.create_person(s, WalkInDraft(name="Sri Handayani"), admin.id)
        s.add(Invitation(session_id=other, person_id=stranger.id, code=new_invitation_code()))
    hits = services.checkin.search(other, "sri")
    assert [h.name for h in hits] == ["Sri Handayani", "Sri Wahyuni"]
    assert [h.invited for h in hits] == [True, False]


def test_hits_show_masked_identifiers_and_who_is_here(desk) -> None:
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest

    desk.services.checkin.admit(
        AdmitRequest(desk.session_id, desk.people["Sri Wahyuni"], ScreeningAnswers(36.5)), desk.admin
    )
    [hit] = desk.services.checkin.search(desk.session_id, "wahyuni")
    assert hit.nik_masked == "3311********0001" and hit.phone_masked == "0812-****-0011"
    assert hit.checked_in and hit.invited


def test_query_words_become_an_fts_expression_that_quotes_user_text() -> None:
    words = split_query('sri "x" 0812')
    assert fts_match(index_terms(words)) == '"sri" AND """x""" AND (nik : "0812" OR phone : "812")'
    assert fts_match(index_terms(split_query("+62 812 3456"))) == '(nik : "628123456" OR phone : "8123456")'
    assert fts_match(index_terms(split_query("ab"))) is None
