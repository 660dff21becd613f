"""The queries behind the reports: a handful of grouped statements per event, never one per row.

An event with 6,000 admissions is read with one query for the attendees and five small
aggregates for the numbers, whatever the number of sessions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session as DbSession

from desktop_app.storage.models import Attendance, Event, Invitation, Organization, Person, Screening, Session

ACTIVE = Attendance.undone_at.is_(None)
# The kecamatan a row is counted under: the business's, else the person's (from the NIK or roster).
KECAMATAN = func.coalesce(Organization.kecamatan, Person.kecamatan)


@dataclass
class Counts:
    """Raw numbers of one session, filled by `session_counts`."""

    invited: int = 0
    admitted: int = 0
    walk_ins: int = 0
    refused: int = 0
    no_shows: int = 0
    by_kind: Counter[str | None] = field(default_factory=Counter)
    by_sex: Counter[str | None] = field(default_factory=Counter)
    by_kecamatan: Counter[str | None] = field(default_factory=Counter)


def sessions_of(s: DbSession, event_id: int | None = None, session_id: int | None = None) -> list:  # type: ignore[type-arg]
    """Sessions with their event's texts, in batch order."""
    query = (
        select(Session, Event.title, Event.organizer, Event.partner)
        .join(Event, Event.id == Session.event_id)
        .order_by(Session.batch, Session.date, Session.start_time)
    )
    if event_id is not None:
        query = query.where(Session.event_id == event_id)
    if session_id is not None:
        query = query.where(Session.id == session_id)
    return list(s.execute(query).all())


def _admitted_here():  # type: ignore[no-untyped-def]
    return exists().where(
        Attendance.session_id == Invitation.session_id, Attendance.person_id == Invitation.person_id, ACTIVE
    )


def session_counts(s: DbSession, ids: Sequence[int]) -> dict[int, Counts]:
    """Invited, admitted, walk-ins, refused, no-shows and the breakdowns of each session in `ids`."""
    out: dict[int, Counts] = defaultdict(Counts)
    if not ids:
        return out
    for sid, n in s.execute(
        select(Invitation.session_id, func.count())
        .where(Invitation.session_id.in_(ids))
        .group_by(Invitation.session_id)
    ):
        out[sid].invited = n
    walk_in = func.sum(case((Attendance.walk_in, 1), else_=0))
    for sid, n, walk_ins in s.execute(
        select(Attendance.session_id, func.count(), walk_in)
        .where(Attendance.session_id.in_(ids), ACTIVE)
        .group_by(Attendance.session_id)
    ):
        out[sid].admitted, out[sid].walk_ins = n, walk_ins or 0
    admitted_after = exists().where(
        Attendance.session_id == Screening.session_id, Attendance.person_id == Screening.person_id, ACTIVE
    )
    for sid, n in s.execute(
        select(Screening.session_id, func.count(Screening.person_id.distinct()))
        .where(Screening.session_id.in_(ids), Screening.passed.is_(False), ~admitted_after)
        .group_by(Screening.session_id)
    ):
        out[sid].refused = n
    failed_here = exists().where(
        Screening.session_id == Invitation.session_id,
        Screening.person_id == Invitation.person_id,
        Screening.passed.is_(False),
    )
    for sid, n in s.execute(
        select(Invitation.session_id, func.count())
        .where(Invitation.session_id.in_(ids), ~_admitted_here(), ~failed_here)
        .group_by(Invitation.session_id)
    ):
        out[sid].no_shows = n
    for sid, kind, sex, kecamatan, n in s.execute(
        select(Attendance.session_id, Organization.kind, Person.sex, KECAMATAN, func.count())
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Attendance.session_id.in_(ids), ACTIVE)
        .group_by(Attendance.session_id, Organization.kind, Person.sex, KECAMATAN)
    ):
        counts = out[sid]
        counts.by_kind[kind] += n
        counts.by_sex[sex] += n
        counts.by_kecamatan[kecamatan] += n
    return out


def attendee_rows(s: DbSession, ids: Sequence[int]) -> list:  # type: ignore[type-arg]
    """Every active admission of the sessions in `ids`, by session and arrival, with its person."""
    if not ids:
        return []
    query = (
        select(
            Attendance.session_id,
            Attendance.at,
            Attendance.walk_in,
            Attendance.override_reason,
            Person.name,
            Person.nik,
            Person.sex,
            Person.phone,
            Person.kpj,
            Person.position,
            Person.address,
            Person.desa,
            Organization.name.label("org_name"),
            Organization.kind.label("org_kind"),
            Organization.nib,
            KECAMATAN.label("kecamatan"),
            Screening.temperature,
        )
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .outerjoin(Screening, Screening.id == Attendance.screening_id)
        .where(Attendance.session_id.in_(ids), ACTIVE)
        .order_by(Attendance.session_id, Attendance.at, Attendance.id)
    )
    return list(s.execute(query).all())
