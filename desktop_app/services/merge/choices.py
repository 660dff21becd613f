"""Deciding a field conflict the merge listed: the laptop's value replaces the office's.

A person's field is written directly (audited, `source=merge`); an event's or a batch's goes
through the events service, so its rules hold (a capacity not below those already admitted, an
end after the start) and the change is audited like any edit.
"""

from __future__ import annotations

from dataclasses import asdict, replace

from sqlalchemy import select, update

from desktop_app.core.errors import InvalidInput
from desktop_app.services.audit import record
from desktop_app.services.events.service import EventDraft, EventService, SessionDraft
from desktop_app.services.merge.types import Conflict
from desktop_app.storage.database import Database
from desktop_app.storage.models import Person


def take_person_field(db: Database, conflict: Conflict, operator_id: int | None) -> None:
    """Write the laptop's value of a person's field.

    Raises:
        InvalidInput: the laptop's NIK belongs to another person now.
    """
    field = conflict.details["field"]
    person_id = conflict.details["person_id"]
    with db.transaction() as s:
        if field == "nik":
            holder = s.scalar(select(Person.id).where(Person.nik == conflict.choice))
            if holder not in (None, person_id):
                raise InvalidInput("that NIK belongs to another person now")
        s.execute(update(Person).where(Person.id == person_id).values({field: conflict.choice}))
        record(
            s,
            "update",
            "person",
            person_id,
            operator_id,
            field=field,
            old=conflict.office,
            new=conflict.incoming,
            source="merge",
        )


def take_event_field(events: EventService, conflict: Conflict, operator_id: int | None) -> None:
    """Edit the event with the laptop's value of one field (its other fields as they are now)."""
    event = events.get_event(conflict.details["event_id"])
    draft = EventDraft(event.title, event.organizer, event.partner, event.description)
    events.update_event(event.id, replace(draft, **{conflict.details["field"]: conflict.choice}), operator_id)


def take_session_field(events: EventService, conflict: Conflict, operator_id: int | None) -> None:
    """Edit the batch with the laptop's value of one field (its other fields as they are now).

    Raises:
        InvalidField: the value breaks a rule now (e.g. a capacity below those already admitted).
    """
    info = asdict(events.get_session(conflict.details["session_id"]))
    fields = {name: info[name] for name in SessionDraft.__dataclass_fields__}
    draft = SessionDraft(**fields)
    events.update_session(
        info["id"], replace(draft, **{conflict.details["field"]: conflict.choice}), operator_id
    )
