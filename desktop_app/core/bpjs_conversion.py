"""Did the sessions make people join? Conversion figures from attendances and memberships (pure).

A person who attended a session is, on the session's day:
- a member before it: registered before the session's date (or a member whose date is unknown);
- registered after it: registered on the session's date or later (`within_short` and
  `within_long` count those within the two windows, 30 and 90 days by default);
- not registered: no membership at all.
A registration date before the session never counts as a conversion.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class Attendee(NamedTuple):
    """One admitted person of one session, with what the membership list says."""

    person_id: int
    session_date: date
    walk_in: bool
    interested: bool
    member: bool
    registered_on: date | None


@dataclass(frozen=True)
class Figures:
    """The counts of one group of attendees (everyone, the walk-ins, or those who said they were interested)."""

    attended: int = 0
    members_before: int = 0
    registered_after: int = 0
    within_short: int = 0
    within_long: int = 0
    not_registered: int = 0

    @property
    def rate(self) -> float:
        """Registered after the session among those who were not members before it (0 when none)."""
        eligible = self.attended - self.members_before
        return self.registered_after / eligible if eligible else 0.0


@dataclass(frozen=True)
class SessionConversion:
    """One session's figures: everyone, the walk-ins and the interested."""

    session_id: int
    batch: int
    date: date
    everyone: Figures
    walk_ins: Figures
    interested: Figures


@dataclass(frozen=True)
class ConversionReport:
    """A session's or an event's conversion, per session and in total (each person counted once)."""

    event_id: int
    event_title: str
    short_days: int
    long_days: int
    sessions: tuple[SessionConversion, ...]
    totals: Figures
    totals_walk_ins: Figures
    totals_interested: Figures
    generated_on: date = field(default_factory=date.today)


def _status(row: Attendee, short_days: int, long_days: int) -> tuple[int, int, int, int, int]:
    """(member before, registered after, within short, within long, not registered) as 0/1."""
    if not row.member:
        return (0, 0, 0, 0, 1)
    if row.registered_on is None or row.registered_on < row.session_date:
        return (1, 0, 0, 0, 0)
    days = (row.registered_on - row.session_date).days
    return (0, 1, int(days <= short_days), int(days <= long_days), 0)


def tally(rows: Iterable[Attendee], short_days: int = 30, long_days: int = 90) -> Figures:
    """The figures of these attendees."""
    counts = [0, 0, 0, 0, 0, 0]
    for row in rows:
        counts[0] += 1
        for i, value in enumerate(_status(row, short_days, long_days), start=1):
            counts[i] += value
    return Figures(*counts)


def first_attendance(rows: Iterable[Attendee]) -> list[Attendee]:
    """Each person once, at the first session they attended (an event's totals count people, not visits)."""
    first: dict[int, Attendee] = {}
    for row in rows:
        seen = first.get(row.person_id)
        if seen is None or row.session_date < seen.session_date:
            first[row.person_id] = row
    return list(first.values())
