"""What the desk's batch chooser lists: events by title, and one event's batches a page at a time.

At a million people one event has 33,000 batches. The chooser read them all with their invited
and admitted counts (a count over every invitation and attendance row) and built a combo item
per batch: 7.7 s before the desk appeared. Here a chooser asks how many batches there are, where
the chosen one stands, and the page of batches its list shows, with the batch's own columns
only; the counts of the batch on show are read for it alone (`EventService.get_session`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, tuple_

from desktop_app.storage.database import Database
from desktop_app.storage.models import Event, Session

_ORDER = (Session.date, Session.start_time, Session.batch)
_COLUMNS = (
    Session.id,
    Session.event_id,
    Session.batch,
    Session.date,
    Session.start_time,
    Session.end_time,
    Session.venue,
    Session.timezone,
)


@dataclass(frozen=True)
class SessionChoice:
    """A batch as a chooser lists it: when and where, no counts."""

    id: int
    event_id: int
    batch: int
    date: date
    start_time: time
    end_time: time
    venue: str
    timezone: str


class SessionChoices:
    """Light reads of events and batches for choosers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def events(self) -> list[tuple[int, str]]:
        """(id, title) of every event, newest first."""
        with self._db.session() as s:
            return [(i, t) for i, t in s.execute(select(Event.id, Event.title).order_by(Event.id.desc()))]

    def count(self, event_id: int) -> int:
        """How many batches the event has."""
        with self._db.session() as s:
            return s.scalar(select(func.count(Session.id)).where(Session.event_id == event_id)) or 0

    def page(self, event_id: int, offset: int, limit: int) -> list[SessionChoice]:
        """The event's batches from `offset` on, by date, start and batch number."""
        query = (
            select(*_COLUMNS)
            .where(Session.event_id == event_id)
            .order_by(*_ORDER)
            .offset(offset)
            .limit(limit)
        )
        with self._db.session() as s:
            return [SessionChoice(*row) for row in s.execute(query)]

    def position(self, choice: SessionChoice) -> int:
        """Where `choice` stands in its event's batches (the row `page` gives it)."""
        before = tuple_(*_ORDER) < tuple_(choice.date, choice.start_time, choice.batch)
        with self._db.session() as s:
            query = select(func.count(Session.id)).where(Session.event_id == choice.event_id, before)
            return s.scalar(query) or 0

    def get(self, session_id: int) -> SessionChoice | None:
        """One batch, or None."""
        with self._db.session() as s:
            row = s.execute(select(*_COLUMNS).where(Session.id == session_id)).one_or_none()
        return SessionChoice(*row) if row is not None else None

    def around_today(self, event_id: int | None = None, now: datetime | None = None) -> list[SessionChoice]:
        """The batches (of one event, or all) that may be today on their own clock.

        Those dated a day either side of UTC's today: no time zone is further from UTC.
        """
        today = (now or datetime.now(UTC)).astimezone(UTC).date()
        query = (
            select(*_COLUMNS)
            .where(Session.date.between(today - timedelta(days=1), today + timedelta(days=1)))
            .order_by(*_ORDER)
        )
        if event_id is not None:
            query = query.where(Session.event_id == event_id)
        with self._db.session() as s:
            return [SessionChoice(*row) for row in s.execute(query)]

    def latest(self, event_id: int | None = None) -> SessionChoice | None:
        """The batch with the latest date, start and number (of one event, or any)."""
        query = select(*_COLUMNS).order_by(*(column.desc() for column in _ORDER)).limit(1)
        if event_id is not None:
            query = query.where(Session.event_id == event_id)
        with self._db.session() as s:
            row = s.execute(query).one_or_none()
        return SessionChoice(*row) if row is not None else None
