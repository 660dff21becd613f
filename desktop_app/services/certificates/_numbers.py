"""Who gets a certificate, and numbering them: never twice within a year, the same when made again.

A person gets a certificate for a session while their admission stands (not undone). Numbers
follow the event's batch order, then the check-in order (the attendance sheet's order), whichever
batch is printed first: printing batch 11 first also numbers the admitted people of batches 1–10
who have no number yet, so batch 1 still starts at 001. The first time, a sequence number is allocated in one transaction that starts with a write, so two desks
(or a desk and the command line) take turns: max(seq) + 1 for the year of the session's date.
`unique(year, seq)` and `unique(number)` are the backstop. The certificate row is kept, so the
number stays the same whenever the certificates are made again.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.certificate_number import format_number
from desktop_app.services.audit import record
from desktop_app.services.certificates.types import IssuedCertificate
from desktop_app.storage.models import Attendance, Certificate, Event, Organization, Person, Session, Setting

SECRET_KEY = "certificate.secret"
# Secrets of databases merged into this one (hadir merge): their printed codes still verify.
MERGED_SECRETS_KEY = "certificate.merged_secrets"


def attendee_query(session_id: int | None, event_id: int | None) -> Select:  # type: ignore[type-arg]
    """Admitted, not undone people of a session or an event, with any certificate they already have."""
    query = (
        select(
            Attendance.session_id,
            Person.id,
            Person.name,
            Organization.name,
            Session,
            Event,
            Certificate,
            Attendance.at,
            Attendance.id,
        )
        .join(Person, Person.id == Attendance.person_id)
        .join(Session, Session.id == Attendance.session_id)
        .join(Event, Event.id == Session.event_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .outerjoin(
            Certificate,
            (Certificate.session_id == Attendance.session_id)
            & (Certificate.person_id == Attendance.person_id),
        )
        .where(Attendance.undone_at.is_(None))
    )
    if session_id is not None:
        return query.where(Attendance.session_id == session_id)
    return query.where(Session.event_id == event_id)


def count_attendees(s: DbSession, session_id: int | None, event_id: int | None) -> int:
    """How many certificates a generation would make."""
    inner = attendee_query(session_id, event_id).with_only_columns(Attendance.id).subquery()
    return s.scalar(select(func.count()).select_from(inner)) or 0


def issue_in(
    s: DbSession, session_id: int | None, event_id: int | None, pattern: str, operator_id: int | None
) -> tuple[list[IssuedCertificate], int]:
    """Certificates of every attendee in scope, numbering those who have none yet; the count of new ones.

    Runs in the caller's transaction. Numbers are allocated over the whole event (batch order, then
    check-in order); printing order: session by date and batch, then number.
    """
    # The write lock first: a second desk allocating at the same moment waits for this one.
    s.execute(update(Setting).where(Setting.key == SECRET_KEY).values(value=Setting.value))
    if event_id is None:
        session = s.get(Session, session_id)
        event_id = session.event_id if session is not None else None
    everyone = s.execute(attendee_query(None, event_id)).all()
    missing = [r for r in everyone if r[6] is None]
    missing.sort(key=lambda r: (r[4].date, r[4].batch, r[4].start_time, r[7], r[8]))
    next_seq: dict[int, int] = {}
    taken: dict[int, set[str]] = defaultdict(set)
    new_rows: dict[tuple[int, int], Certificate] = {}
    for session_id_, person_id, _name, _org, session, _event, _cert, _at, _id in missing:
        year = session.date.year
        if year not in next_seq:
            next_seq[year] = (
                s.scalar(select(func.max(Certificate.seq)).where(Certificate.year == year)) or 0
            ) + 1
            taken[year] = set(s.scalars(select(Certificate.number).where(Certificate.year == year)))
        seq = next_seq[year]
        number = format_number(pattern, seq, session.date, session.batch)
        while number in taken[year]:  # a pattern changed mid-year could repeat an old number
            seq += 1
            number = format_number(pattern, seq, session.date, session.batch)
        next_seq[year] = seq + 1
        taken[year].add(number)
        cert = Certificate(session_id=session_id_, person_id=person_id, year=year, seq=seq, number=number)
        s.add(cert)
        new_rows[(session_id_, person_id)] = cert
    if new_rows:
        s.flush()
        for cert in new_rows.values():
            record(
                s,
                "issue",
                "certificate",
                cert.id,
                operator_id,
                number=cert.number,
                session_id=cert.session_id,
                person_id=cert.person_id,
            )
    rows = [r for r in everyone if session_id is None or r[0] == session_id]
    issued = []
    for session_id_, person_id, name, org, session, event, cert, _at, _id in rows:
        cert = cert or new_rows[(session_id_, person_id)]
        issued.append(
            IssuedCertificate(
                certificate_id=cert.id,
                number=cert.number,
                year=cert.year,
                seq=cert.seq,
                session_id=session_id_,
                batch=session.batch,
                person_id=person_id,
                name=name,
                organization=org,
                event_id=event.id,
                event_title=event.title,
                date=session.date,
                venue=session.venue,
            )
        )
    issued.sort(key=lambda c: (c.date, c.batch, c.year, c.seq))
    return issued, sum(1 for r in rows if (r[0], r[1]) in new_rows)
