"""Which day it is where a session takes place: "today" is the session's zone's today, not the laptop's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from desktop_app.core.timezones import DEFAULT_ZONE


def local_now(zone: str = DEFAULT_ZONE, now: datetime | None = None) -> datetime:
    """`now` (default: this instant) on the wall clock of `zone`; a naive `now` is taken as UTC."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(ZoneInfo(zone))


def days_from_today(day: date, zone: str = DEFAULT_ZONE, now: datetime | None = None) -> int:
    """How many days `day` lies after today in `zone` (negative: in the past, 0: today)."""
    return (day - local_now(zone, now).date()).days
