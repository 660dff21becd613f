"""Times are stored in UTC and shown in the session's zone, with Indonesia's zone names."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop_app.core.dates import zone_label

DEFAULT_ZONE = "Asia/Jakarta"


def to_local(at: datetime, zone: str = DEFAULT_ZONE) -> datetime:
    """An aware UTC time in the session's zone."""
    return at.astimezone(ZoneInfo(zone))


def local_clock(at: datetime, zone: str = DEFAULT_ZONE) -> str:
    """`09:14 WIB`."""
    return f"{to_local(at, zone):%H:%M} {zone_label(zone)}"
