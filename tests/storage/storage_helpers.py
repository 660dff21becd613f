"""Helpers for storage tests: file digests and a few rows to point at (imported, not fixtures)."""

from __future__ import annotations

import hashlib
from datetime import date, time
from pathlib import Path

from desktop_app.storage.database import Database
from desktop_app.storage.models import Event, Person, Session


def digest(path: Path) -> str:
    """The file's content hash: a refused file must keep it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """The database file and any -wal, -shm or journal next to it."""
    return sorted(p.name for p in path.parent.glob(path.name + "*"))


def add_event_and_session(db: Database, capacity: int = 30) -> tuple[int, int]:
    with db.transaction() as s:
        event = Event(title="Sosialisasi Jaminan Sosial Ketenagakerjaan", organizer="Disdagkop UKM Sukoharjo")
        s.add(event)
        s.flush()
        session = Session(
            event_id=event.id,
            batch=1,
            date=date(2021, 2, 16),
            start_time=time(8, 30),
            end_time=time(11, 30),
            venue="Aula Disdagkop UKM",
            capacity=capacity,
        )
        s.add(session)
        s.flush()
        return event.id, session.id


def add_person(db: Database, nik: str | None = "3311010101850001", name: str = "Budi Santoso") -> int:
    with db.transaction() as s:
        person = Person(nik=nik, name=name, sex="L", phone="+6281234567890")
        s.add(person)
        s.flush()
        return person.id
