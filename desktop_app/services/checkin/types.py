"""What the check-in desk shows: frozen rows built from the database, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from desktop_app.core.screening import ScreeningAnswers


@dataclass(frozen=True)
class ElsewhereInvitation:
    """Another session of the same event that a person is invited to (and not to this one)."""

    session_id: int
    batch: int
    date: date
    start_time: time
    timezone: str


@dataclass(frozen=True)
class PersonCard:
    """Everything the desk needs to recognise and admit one person."""

    person_id: int
    name: str
    organization: str | None
    organization_kind: str | None
    nik_masked: str
    phone_display: str
    sex: str | None
    kecamatan: str | None
    invited: bool
    invitation_code: str | None
    other_batches: tuple[int, ...]  # other batches of the same event this person attended
    checked_in_at: datetime | None
    checked_in_by: str | None
    screenings_today: int
    invited_elsewhere: ElsewhereInvitation | None = None  # invited to another batch, not this one


@dataclass(frozen=True)
class AdmitRequest:
    """One admission as the desk or the command line asks for it."""

    session_id: int
    person_id: int
    answers: ScreeningAnswers = field(default_factory=ScreeningAnswers)
    override_reason: str | None = None
    accept_elsewhere: bool = False  # admit as a walk-in although invited to another session


@dataclass(frozen=True)
class AdmitResult:
    """A person admitted: who, and how full the session now is."""

    attendance_id: int
    person_id: int
    name: str
    organization: str | None
    walk_in: bool
    attended: int
    capacity: int
    at: datetime
    override: bool
    invited_elsewhere: int | None = None  # the session the person was invited to instead (accepted)


@dataclass(frozen=True)
class RecentCheckin:
    """One line of the desk's recent check-ins."""

    attendance_id: int
    person_id: int
    name: str
    organization: str | None
    at: datetime
    operator: str | None
    walk_in: bool
    temperature: float | None
    undone: bool
