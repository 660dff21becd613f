"""Peserta's list read a screenful at a time from the last row shown, in every order and filter."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.registry import _pages
from desktop_app.services.registry.types import PersonSort, WalkInDraft
from desktop_app.storage.models import Person

FILTERS: list[dict[str, object]] = [
    {},
    {"kind": "koperasi"},
    {"kind": "lainnya"},
    {"attended": True},
    {"attended": False},
    {"query": "sri"},
    {"query": "3311"},
    {"query": "bu"},
]


@pytest.fixture
def registry(services, admin):  # type: ignore[no-untyped-def]
    """The 60 demo people, walk-ins without NIK, phone or organisation, one 'lainnya', and twins."""
    generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    with services.db.transaction() as s:
        for draft in (
            WalkInDraft(name="Tanpa Data"),
            WalkInDraft(name="tanpa data"),  # the same name in another case: settled by id
            WalkInDraft(name="Sri Tanpa Usaha", phone="081299990001"),
            WalkInDraft(name="Sri Lain", organization="Paguyuban Seni", organization_kind="lainnya"),
            WalkInDraft(name="Agus Kembar", organization="Paguyuban Seni", organization_kind="lainnya"),
        ):
            services.people.create_person(s, draft, admin.id)
    return services.registry


def _paged(registry, size: int, **kwargs: object) -> list[int]:  # type: ignore[no-untyped-def]
    """Every id, reading `size` rows at a time, each screenful after the last row shown."""
    ids: list[int] = []
    while True:
        rows = registry.list_people(limit=size, after_id=ids[-1] if ids else None, **kwargs)
        ids += [r.id for r in rows]
        if len(rows) < size:
            return ids


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(PersonSort))
def test_show_more_continues_each_order_without_gaps_or_repeats(registry, sort, descending) -> None:
    for filters in FILTERS:
        whole = [r.id for r in registry.list_people(limit=1000, sort=sort, descending=descending, **filters)]
        paged = _paged(registry, 7, sort=sort, descending=descending, **filters)
        assert paged == whole, filters
        assert len(set(whole)) == len(whole) == registry.count_people(**filters), filters


def test_descending_orders_keep_names_a_to_z_within_a_value_and_blanks_last(registry) -> None:
    most = registry.list_people(limit=1000, sort=PersonSort.ATTENDED, descending=True)
    assert [r.attended for r in most] == sorted((r.attended for r in most), reverse=True)
    for count in {r.attended for r in most}:
        names = [r.name.lower() for r in most if r.attended == count]
        assert names == sorted(names)
    for sort, blank in (
        (PersonSort.ORGANIZATION, lambda r: r.organization is None),
        (PersonSort.PHONE, lambda r: not r.phone),
        (PersonSort.KIND, lambda r: r.organization_kind is None),
    ):
        for descending in (False, True):
            rows = registry.list_people(limit=1000, sort=sort, descending=descending)
            blanks = [r for r in rows if blank(r)]
            assert blanks and rows[-len(blanks) :] == blanks  # no value: last, whichever the direction
            assert [r.name.lower() for r in blanks] == sorted(r.name.lower() for r in blanks)
    by_kind = [
        r.organization_kind
        for r in registry.list_people(limit=1000, sort=PersonSort.KIND)
        if r.organization_kind
    ]
    assert by_kind == sorted(by_kind)


def test_a_rare_type_is_found_from_its_organisations(registry) -> None:
    others = registry.list_people(kind="lainnya", limit=1000)
    assert [r.name for r in others] == [
        "Agus Kembar",
        "Sri Lain",
        "Sri Tanpa Usaha",
        "Tanpa Data",
        "tanpa data",
    ]
    assert registry.count_people(kind="lainnya") == 5


def test_a_common_search_walks_the_order_and_finds_the_same_people(registry, monkeypatch) -> None:
    expected = {
        q: [r.id for r in registry.list_people(query=q, limit=1000)] for q in ("sri", "3311", "sri 331")
    }
    assert all(expected.values())
    monkeypatch.setattr(_pages, "FEW_HITS", 3)  # every one of these is now "many people"
    for share in (1.0, 0.0):  # the walk checks each id against the hits, then the words themselves
        monkeypatch.setattr(_pages, "WALK_CHECKING_WORDS", share)
        for query, ids in expected.items():
            assert [r.id for r in registry.list_people(query=query, limit=1000)] == ids
            assert _paged(registry, 4, query=query) == ids
            by_attended = registry.list_people(query=query, limit=1000, sort=PersonSort.ATTENDED)
            assert sorted(r.id for r in by_attended) == sorted(ids)


def test_a_screenful_after_a_removed_person_starts_again_from_the_top(registry, services, admin) -> None:
    first = registry.list_people(limit=3)
    registry.delete_person(first[-1].id, "data ganda", admin.id)
    assert [r.id for r in registry.list_people(limit=3, after_id=first[-1].id)] == [
        r.id for r in registry.list_people(limit=3)
    ]


def test_the_attended_order_and_count_are_right_right_after_an_admission(
    registry, services, admin, make_session
) -> None:
    _, session_id = make_session(capacity=30)
    with services.db.session() as s:
        newcomer = s.scalar(select(Person.id).where(Person.name == "Agus Kembar"))
    before = registry.count_people(attended=True)
    services.checkin.admit(
        AdmitRequest(session_id, newcomer, ScreeningAnswers(temperature=36.6), accept_elsewhere=True),
        admin,
    )
    assert registry.count_people(attended=True) == before + 1
    attended = [r for r in registry.list_people(attended=True, sort=PersonSort.ATTENDED, limit=1000)]
    assert [r.attended for r in attended if r.name == "Agus Kembar"] == [1]
