"""Kegiatan and Angkatan: creating, editing and listing events and their sessions."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func, select

from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.core.names import TITLE_MAX, clean_name, limited_text
from desktop_app.services.audit import record
from desktop_app.services.events.choices import SessionChoices
from desktop_app.services.events.listing import EventListing
from desktop_app.services.events.records import EventDraft as EventDraft
from desktop_app.services.events.records import EventInfo as EventInfo
from desktop_app.services.events.records import SessionDraft as SessionDraft
from desktop_app.services.events.records import SessionInfo as SessionInfo
from desktop_app.storage.database import Database
from desktop_app.storage.models import Attendance, Event, Session

MAX_CAPACITY = 10_000


def _clean_event(draft: EventDraft) -> EventDraft:
    title = limited_text("title", draft.title, TITLE_MAX, required=True)
    organizer = limited_text("organizer", draft.organizer, TITLE_MAX, required=True)
    assert title is not None and organizer is not None
    return EventDraft(
        title=title,
        organizer=organizer,
        partner=limited_text("partner", draft.partner, TITLE_MAX),
        description=(draft.description or "").strip() or None,
    )


def _check_session(draft: SessionDraft) -> None:
    limited_text("venue", draft.venue, TITLE_MAX, required=True)
    if draft.end_time <= draft.start_time:
        raise InvalidField("end_time", "before_start")
    if not (1 <= draft.capacity <= MAX_CAPACITY):
        raise InvalidField("capacity", "out_of_range", f"1-{MAX_CAPACITY}")
    if not (35.0 <= draft.max_temp <= 40.0):
        raise InvalidField("max_temp", "out_of_range", "35-40")
    if draft.batch is not None and draft.batch < 1:
        raise InvalidField("batch", "out_of_range", ">= 1")


class EventService:
    """Events and sessions."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.choices = SessionChoices(db)  # light lists for choosers (no counts)
        self.listing = EventListing(db)  # the lists with their totals, in plain SQL

    def add_event(self, draft: EventDraft, operator_id: int | None) -> int:
        """Create an event; return its id."""
        clean = _clean_event(draft)
        with self._db.transaction() as s:
            event = Event(**asdict(clean))
            s.add(event)
            s.flush()
            record(s, "create", "event", event.id, operator_id, title=clean.title)
            return event.id

    def update_event(self, event_id: int, draft: EventDraft, operator_id: int | None) -> None:
        """Change an event's texts."""
        clean = _clean_event(draft)
        with self._db.transaction() as s:
            event = s.get(Event, event_id)
            if event is None:
                raise NotFound("event", event_id)
            before = {k: getattr(event, k) for k in asdict(clean)}
            for key, value in asdict(clean).items():
                setattr(event, key, value)
            changed = {k: [before[k], v] for k, v in asdict(clean).items() if before[k] != v}
            record(s, "update", "event", event_id, operator_id, changed=changed)

    def list_events(self) -> list[EventInfo]:
        """Every event, newest first, with session, seat and attendance totals."""
        return self.listing.events()

    def get_event(self, event_id: int) -> EventInfo:
        """One event, or NotFound."""
        for info in self.list_events():
            if info.id == event_id:
                return info
        raise NotFound("event", event_id)

    def add_session(self, draft: SessionDraft, operator_id: int | None) -> int:
        """Create a session of an event; return its id."""
        _check_session(draft)
        with self._db.transaction() as s:
            if s.get(Event, draft.event_id) is None:
                raise NotFound("event", draft.event_id)
            batch = draft.batch
            if batch is None:
                last = s.scalar(select(func.max(Session.batch)).where(Session.event_id == draft.event_id))
                batch = (last or 0) + 1
            elif s.scalar(
                select(Session.id).where(Session.event_id == draft.event_id, Session.batch == batch)
            ):
                raise InvalidField("batch", "taken", str(batch))
            values = asdict(draft) | {"batch": batch, "venue": clean_name(draft.venue)}
            session = Session(**values)
            s.add(session)
            s.flush()
            record(s, "create", "session", session.id, operator_id, event_id=draft.event_id, batch=batch)
            return session.id

    def update_session(self, session_id: int, draft: SessionDraft, operator_id: int | None) -> None:
        """Change a session; its capacity may not drop below the people already admitted."""
        _check_session(draft)
        with self._db.transaction() as s:
            session = s.get(Session, session_id)
            if session is None:
                raise NotFound("session", session_id)
            attended = self._attended(s, session_id)
            if draft.capacity < attended:
                raise InvalidField("capacity", "below_attended", str(attended))
            batch = draft.batch or session.batch
            clash = s.scalar(
                select(Session.id).where(
                    Session.event_id == session.event_id, Session.batch == batch, Session.id != session_id
                )
            )
            if clash:
                raise InvalidField("batch", "taken", str(batch))
            values = asdict(draft) | {"batch": batch, "venue": clean_name(draft.venue)}
            values.pop("event_id")
            changed = {}
            for key, value in values.items():
                if getattr(session, key) != value:
                    changed[key] = [str(getattr(session, key)), str(value)]
                    setattr(session, key, value)
            record(s, "update", "session", session_id, operator_id, changed=changed)

    @staticmethod
    def _attended(s, session_id: int) -> int:  # type: ignore[no-untyped-def]
        return s.scalar(
            select(func.count(Attendance.id)).where(
                Attendance.session_id == session_id, Attendance.undone_at.is_(None)
            )
        )

    def list_sessions(self, event_id: int | None = None) -> list[SessionInfo]:
        """Sessions of one event (or all), by date and batch, with invited and admitted counts."""
        return self.listing.sessions(event_id)

    def get_session(self, session_id: int) -> SessionInfo:
        """One session with its counts, or NotFound."""
        found = self.listing.session(session_id)
        if found is None:
            raise NotFound("session", session_id)
        return found
