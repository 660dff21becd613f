"""`hadir demo`: a realistic registry that passes Hadir's own rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.core.nik import parse_nik
from desktop_app.core.phone import normalize_phone
from desktop_app.storage.models import Attendance, Invitation, Person, Screening, Session
from desktop_app.storage.target import open_target

Run = Callable[..., Any]  # the `hadir` / `hadir_process` fixtures: args -> Outcome
Demo = tuple[dict[str, Any], Path]  # the demo's JSON answer and its database


@pytest.fixture
def demo_db(hadir: Run, db_target: Path) -> Demo:
    done = hadir("--db", db_target, "--json", "demo", "--people", 60)
    assert done.code == 0, done.err
    return done.data, db_target


def test_demo_answers_the_contract_keys(demo_db: Demo) -> None:
    data, _ = demo_db
    assert set(data) == {"event_id", "people", "sessions", "admitted"}
    assert (data["people"], data["sessions"]) == (60, 2)
    assert 45 <= data["admitted"] <= 60


def test_demo_people_pass_the_nik_and_phone_rules(demo_db: Demo) -> None:
    _, path = demo_db
    db = open_target(path)
    with db.session() as s:
        people = list(s.scalars(select(Person)))
    db.close()
    assert len(people) == 60
    assert len({p.nik for p in people}) == 60
    for person in people:
        nik = parse_nik(person.nik)  # raises if the demo made an invalid NIK
        assert (person.sex, person.birth_date) == (nik.sex, nik.birth_date), person.nik
        if person.phone is not None:
            assert person.phone.startswith("+628")
            assert normalize_phone(person.phone) == person.phone
    assert sum(p.phone is not None for p in people) >= 50


def test_demo_event_is_two_batches_of_30_mostly_attended(demo_db: Demo) -> None:
    data, path = demo_db
    db = open_target(path)
    with db.session() as s:
        sessions = list(s.scalars(select(Session).where(Session.event_id == data["event_id"])))
        assert [(x.batch, x.capacity) for x in sessions] == [(1, 30), (2, 30)]
        invited = Counter(s.scalars(select(Invitation.session_id)))
        assert sorted(invited.values()) == [30, 30]
        assert s.scalar(select(func.count(func.distinct(Invitation.person_id)))) == 60
        attended = Counter(s.scalars(select(Attendance.session_id).where(Attendance.undone_at.is_(None))))
        assert sum(attended.values()) == data["admitted"]
        assert all(n <= 30 for n in attended.values())
        # everyone admitted passed a screening; refusals were recorded too
        failed = s.scalar(select(func.count(Screening.id)).where(Screening.passed.is_(False)))
        passed = s.scalar(select(func.count(Screening.id)).where(Screening.passed.is_(True)))
        assert passed == data["admitted"]
        assert failed + passed <= 60
    db.close()
    assert 0.75 <= data["admitted"] / 60 <= 1.0  # about 90 %


def test_a_second_demo_adds_a_second_event_without_clashing(hadir: Run, demo_db: Demo) -> None:
    data, path = demo_db
    again = hadir("--db", path, "--json", "demo", "--people", 30)
    assert again.code == 0, again.err
    assert again.data["event_id"] == data["event_id"] + 1
    db = open_target(path)
    with db.session() as s:
        assert s.scalar(select(func.count(func.distinct(Person.nik)))) == 90
    db.close()


def test_demo_needs_at_least_one_person(hadir: Run, db_target: Path) -> None:
    done = hadir("--db", db_target, "--json", "demo", "--people", 0)
    assert done.code == 2
    assert done.data["status"] == "error"
