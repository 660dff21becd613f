"""The schema's own rules, checked with real inserts (a bug in a service must not slip past them)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy.exc import IntegrityError
from storage_helpers import add_event_and_session, add_person

from desktop_app.storage.database import Database
from desktop_app.storage.models import Attendance, Event, Person, Session


def test_a_nik_belongs_to_one_person(db: Database) -> None:
    add_person(db, nik="3311010101850001")
    with pytest.raises(IntegrityError):
        add_person(db, nik="3311010101850001", name="Someone Else")


def test_people_without_a_nik_are_allowed_side_by_side(db: Database) -> None:
    add_person(db, nik=None, name="Tamu Satu")
    add_person(db, nik=None, name="Tamu Dua")


@pytest.mark.parametrize("nik", ["331101010185000", "33110101018500012", ""])
def test_a_nik_is_exactly_16_characters(db: Database, nik: str) -> None:
    with pytest.raises(IntegrityError):
        add_person(db, nik=nik)


def test_phone_and_sex_are_checked(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Person(nik="3311010101850001", name="Budi", phone="081234567890"))
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Person(nik="3311010101850001", name="Budi", sex="X"))


def _admit(db: Database, session_id: int, person_id: int) -> int:
    with db.transaction() as s:
        row = Attendance(session_id=session_id, person_id=person_id)
        s.add(row)
        s.flush()
        return row.id


def test_a_person_is_admitted_once_per_session_until_undone(db: Database) -> None:
    _, session_id = add_event_and_session(db)
    person_id = add_person(db)
    first = _admit(db, session_id, person_id)
    with pytest.raises(IntegrityError):
        _admit(db, session_id, person_id)

    with db.transaction() as s:
        s.get(Attendance, first).undone_at = datetime.now(UTC)
    second = _admit(db, session_id, person_id)  # admitted again after the undo
    assert second != first
    with pytest.raises(IntegrityError):
        _admit(db, session_id, person_id)


def test_foreign_keys_are_enforced(db: Database) -> None:
    _, session_id = add_event_and_session(db)
    with pytest.raises(IntegrityError):
        _admit(db, session_id, 999)
    with pytest.raises(IntegrityError):
        _admit(db, 999, add_person(db))


def _session(changes: dict[str, object]) -> Session:
    values: dict[str, object] = {
        "batch": 2,
        "date": date(2021, 2, 16),
        "start_time": time(13, 0),
        "end_time": time(16, 0),
        "venue": "Aula",
        "capacity": 30,
    }
    return Session(**(values | changes))


@pytest.mark.parametrize(
    "changes",
    [
        {"capacity": 0},
        {"capacity": -5},
        {"start_time": time(16, 0), "end_time": time(13, 0)},
        {"start_time": time(13, 0), "end_time": time(13, 0)},
        {"batch": 1},  # already taken by this event
        {"batch": 0},
        {"max_temp": 41.0},
        {"event_id": 999},
    ],
)
def test_session_rules(db: Database, changes: dict[str, object]) -> None:
    event_id, _ = add_event_and_session(db)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(_session({"event_id": event_id} | changes))


def test_batch_numbers_repeat_across_events(db: Database) -> None:
    add_event_and_session(db)
    with db.transaction() as s:
        other = Event(title="Sosialisasi Kedua", organizer="Disdagkop")
        s.add(other)
        s.flush()
        s.add(_session({"event_id": other.id, "batch": 1}))


def test_an_event_needs_a_title(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Event(title="   ", organizer="Disdagkop"))
