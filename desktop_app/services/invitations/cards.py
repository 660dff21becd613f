"""The rows of the invitation PDF: every invitee of a session, with the session's details."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.core.dates import format_day_date, format_time_range
from desktop_app.core.errors import NotFound
from desktop_app.exports.invitations.pdf import InvitationCard
from desktop_app.storage.database import Database
from desktop_app.storage.models import Event, Invitation, Organization, Person, Session


def invitation_cards(db: Database, session_id: int, lang: str = "id") -> list[InvitationCard]:
    """One card per invitee of the session, by name."""
    with db.session() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFound("session", session_id)
        event = s.get(Event, session.event_id)
        assert event is not None
        rows = s.execute(
            select(Person.name, Organization.name, Invitation.code)
            .join(Invitation, Invitation.person_id == Person.id)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Invitation.session_id == session_id)
            .order_by(Person.name)
        ).all()
        day = format_day_date(session.date, lang)
        hours = format_time_range(session.start_time, session.end_time, session.timezone, lang)
        return [
            InvitationCard(
                name=name,
                organization=org,
                code=code,
                event_title=event.title,
                batch=session.batch,
                day_date=day,
                time_range=hours,
                venue=session.venue,
                organizer=event.organizer,
            )
            for name, org, code in rows
        ]
