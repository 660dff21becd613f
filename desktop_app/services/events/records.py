"""What the events service takes and gives: drafts typed by a person, events and sessions as listed.

Kept apart from the service so a command that only lists (`hadir event list`) imports none of
the ORM models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from desktop_app.core.screening import DEFAULT_MAX_TEMP


@dataclass(frozen=True)
class EventDraft:
    """What a person types to create or edit an event."""

    title: str
    organizer: str
    partner: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class EventInfo:
    """An event as lists show it."""

    id: int
    title: str
    organizer: str
    partner: str | None
    description: str | None
    sessions: int
    capacity: int
    attended: int


@dataclass(frozen=True)
class SessionDraft:
    """What a person types to create or edit a session (batch)."""

    event_id: int
    date: date
    start_time: time
    end_time: time
    venue: str
    capacity: int
    batch: int | None = None  # None: the next free batch number
    max_temp: float = DEFAULT_MAX_TEMP
    temperature_taken: bool = True
    require_mask: bool = True
    check_pl: bool = False
    timezone: str = field(default="Asia/Jakarta")


@dataclass(frozen=True)
class SessionInfo:
    """A session with its counts, as lists and the check-in desk show it."""

    id: int
    event_id: int
    event_title: str
    batch: int
    date: date
    start_time: time
    end_time: time
    venue: str
    capacity: int
    max_temp: float
    require_mask: bool
    check_pl: bool
    timezone: str
    invited: int
    attended: int
    temperature_taken: bool = True

    @property
    def seats_left(self) -> int:
        """Free seats (never negative)."""
        return max(self.capacity - self.attended, 0)
