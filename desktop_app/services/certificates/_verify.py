"""What a verified code says about its certificate: who, which event and batch, and whether it stands."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desktop_app.services.certificates.types import Verification
from desktop_app.storage.models import (
    Attendance,
    Certificate,
    CertificateAlias,
    Event,
    Organization,
    Person,
    Session,
)


def lookup_signed(s: DbSession, number: str, key: str, own: bool) -> Verification:
    """The answer for a code whose MAC the key `key` (a key_id) made.

    A code signed with this database's own key names its own certificate first; one signed with
    a merged laptop's key names the certificate that laptop printed under that number (an alias,
    when the number collided with the office's own) first.
    """
    alias = (
        select(Certificate.number)
        .join(CertificateAlias)
        .where(CertificateAlias.number == number, CertificateAlias.key_id == key)
    )
    if own:
        found = lookup(s, number)
        if found.reason != "unknown":
            return found
    aliased = s.scalar(alias)
    if aliased is not None:
        found = lookup(s, aliased)
        return replace(found, number=number) if found.number is not None else found
    return lookup(s, number)


def lookup(s: DbSession, number: str) -> Verification:
    """The answer for a certificate number whose MAC was already found genuine."""
    row = s.execute(
        select(Certificate, Person.name, Organization.name, Session, Event.title)
        .join(Person, Person.id == Certificate.person_id)
        .join(Session, Session.id == Certificate.session_id)
        .join(Event, Event.id == Session.event_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Certificate.number == number)
    ).first()
    if row is None:
        return Verification(False, "unknown", number=number)
    cert, name, org, session, event = row
    standing = s.scalar(
        select(Attendance.id).where(
            Attendance.session_id == cert.session_id,
            Attendance.person_id == cert.person_id,
            Attendance.undone_at.is_(None),
        )
    )
    details = {
        "number": cert.number,
        "name": name,
        "organization": org,
        "event": event,
        "session_id": session.id,
        "batch": session.batch,
        "date": session.date,
        "venue": session.venue,
    }
    if standing is None:  # issued, but the admission was taken back since
        return Verification(False, "revoked", **details)
    return Verification(True, None, **details)
