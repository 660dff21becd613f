"""Events and their sessions with their totals, read in plain SQL (the lists and `hadir event list`).

Plain SQL through the driver, as the desk's search reads: listing an event's 3,334 batches is
the command line's most common read, and it starts without SQLAlchemy's ORM and Hadir's models
(importing them is most of what `hadir event list` waited for). The column names below are the
models' (`storage/models/event.py`); the events service and its tests on both engines use this
same code, so a renamed column fails them.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from desktop_app.services.events.records import EventInfo, SessionInfo
from desktop_app.storage import driver_sql
from desktop_app.storage.database import Database

# Admissions are counted per event through the admitted-once index, session by session: joining
# every attendance row to its session cost 60-90 ms on 90,000 check-ins.
_EVENTS = """
SELECT e.id, e.title, e.organizer, e.partner, e.description, s.n, s.cap,
       (SELECT count(a.id) FROM attendance a
         WHERE a.undone_at IS NULL
           AND a.session_id IN (SELECT t.id FROM session t WHERE t.event_id = e.id))
FROM event e
LEFT OUTER JOIN (SELECT event_id, count(id) AS n, sum(capacity) AS cap
                 FROM session GROUP BY event_id) s ON s.event_id = e.id
ORDER BY e.id DESC
"""

# Counted session by session through the indexes on (session_id, …), which reads only the
# sessions listed: grouping whole tables first read every invitation and check-in.
_SESSIONS = """
SELECT s.id, s.event_id, e.title, s.batch, s.date, s.start_time, s.end_time, s.venue, s.capacity,
       s.max_temp, s.require_mask, s.check_pl, s.timezone,
       (SELECT count(i.id) FROM invitation i WHERE i.session_id = s.id),
       (SELECT count(a.id) FROM attendance a WHERE a.session_id = s.id AND a.undone_at IS NULL),
       s.temperature_taken
FROM session s JOIN event e ON e.id = s.event_id
{where}
ORDER BY s.date, s.start_time, s.batch
"""


class EventListing:
    """The events and sessions lists of one database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def events(self) -> list[EventInfo]:
        """Every event, newest first, with session, seat and attendance totals."""
        with self._db.reads() as conn:
            rows = driver_sql.fetch(conn, _EVENTS)
        return [
            EventInfo(id_, title, organizer, partner, description, n or 0, cap or 0, attended or 0)
            for id_, title, organizer, partner, description, n, cap, attended in rows
        ]

    def sessions(self, event_id: int | None = None) -> list[SessionInfo]:
        """Sessions of one event (or all), by date and batch, with invited and admitted counts."""
        if event_id is None:
            sql, params = _SESSIONS.format(where=""), ()
        else:
            sql, params = _SESSIONS.format(where="WHERE s.event_id = ?"), (event_id,)
        with self._db.reads() as conn:
            rows = driver_sql.fetch(conn, sql, params)
        return [_session(row) for row in rows]

    def session(self, session_id: int) -> SessionInfo | None:
        """One session with its counts, if it exists."""
        with self._db.reads() as conn:
            rows = driver_sql.fetch(conn, _SESSIONS.format(where="WHERE s.id = ?"), (session_id,))
        return _session(rows[0]) if rows else None


def _session(row: tuple[Any, ...]) -> SessionInfo:
    # SQLite gives dates, times and booleans as SQLAlchemy stored them (ISO text, 0/1); a
    # server gives them typed.
    (id_, event_id, title, batch, day, start, end, venue, capacity, max_temp, mask, pl, zone) = row[:13]
    invited, attended, temperature_taken = row[13:]
    return SessionInfo(
        id=id_,
        event_id=event_id,
        event_title=title,
        batch=batch,
        date=date.fromisoformat(day) if isinstance(day, str) else day,
        start_time=time.fromisoformat(start) if isinstance(start, str) else start,
        end_time=time.fromisoformat(end) if isinstance(end, str) else end,
        venue=venue,
        capacity=capacity,
        max_temp=max_temp,
        require_mask=bool(mask),
        check_pl=bool(pl),
        timezone=zone,
        invited=invited or 0,
        attended=attended or 0,
        temperature_taken=bool(temperature_taken),
    )
