"""Tertarik mendaftar BPU: the desk's one key, recorded on the person with when, who and where.

Any operator may record it (it is a yes said at the desk, not a rule to override); it is audited.
Pressing it again takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.errors import NotFound
from desktop_app.services.audit import record
from desktop_app.storage.database import Database
from desktop_app.storage.models import Person
from desktop_app.storage.types import utcnow


@dataclass(frozen=True)
class InterestState:
    """Whether a person said they were interested, and when."""

    person_id: int
    interested: bool
    at: datetime | None


def interest_of(db: Database, person_id: int) -> InterestState:
    """What is recorded for this person now."""
    with db.session() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        return InterestState(person_id, person.bpu_interest_at is not None, person.bpu_interest_at)


def set_interest(
    db: Database, person_id: int, interested: bool, operator_id: int | None, session_id: int | None = None
) -> InterestState:
    """Record (or take back) the person's interest; nothing is written when it is already so."""
    with db.transaction() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        if (person.bpu_interest_at is not None) == interested:
            return InterestState(person_id, interested, person.bpu_interest_at)
        at = utcnow() if interested else None
        person.bpu_interest_at = at
        person.bpu_interest_by = operator_id if interested else None
        person.bpu_interest_session_id = session_id if interested else None
        record(
            s,
            "update",
            "person",
            person_id,
            operator_id,
            field="bpu_interest",
            after=interested,
            session=session_id,
        )
        return InterestState(person_id, interested, at)


def toggle_interest(
    db: Database, person_id: int, operator_id: int | None, session_id: int | None
) -> InterestState:
    """The desk's key: interested if not yet, else taken back."""
    return set_interest(db, person_id, not interest_of(db, person_id).interested, operator_id, session_id)
