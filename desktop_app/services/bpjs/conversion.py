"""`hadir bpjs report`, the figures on *Laporan & Ekspor* and in the laporan kegiatan.

One query reads the admitted people of the chosen sessions with their membership and interest;
the counting is `core.bpjs_conversion`. `conversion_figures` is what other reports call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial

from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.core.bpjs_conversion import (
    Attendee,
    ConversionReport,
    SessionConversion,
    first_attendance,
    tally,
)
from desktop_app.core.errors import InvalidInput, NotFound
from desktop_app.exports.bpjs.conversion_sheet import conversion_labels, write_conversion_sheet
from desktop_app.services.bpjs.bpjs_settings import followup_settings
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import Attendance, BpjsMembership, Event, Person, Session


class ConversionService:
    """Conversion per session and per event (reading only: any operator may see the figures)."""

    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings

    def report(self, *, session_id: int | None = None, event_id: int | None = None) -> ConversionReport:
        """The figures of one session, or of every session of an event (NotFound if it is not there)."""
        if (session_id is None) == (event_id is None):
            raise InvalidInput("give either a session or an event")
        config = followup_settings(self._settings)
        short, long_ = config.short_days, config.long_days
        with self._db.session() as s:
            if session_id is not None:
                session = s.get(Session, session_id)
                if session is None:
                    raise NotFound("session", session_id)
                event = session.event
                sessions = [(session.id, session.batch, session.date)]
            else:
                event = s.get(Event, event_id)
                if event is None:
                    raise NotFound("event", event_id)
                sessions = list(
                    s.execute(
                        select(Session.id, Session.batch, Session.date)
                        .where(Session.event_id == event.id)
                        .order_by(Session.date, Session.batch, Session.id)
                    ).all()
                )
            dates = {sid: day for sid, _, day in sessions}
            rows = s.execute(
                select(
                    Attendance.session_id,
                    Attendance.person_id,
                    Attendance.walk_in,
                    Person.bpu_interest_at.is_not(None),
                    BpjsMembership.id.is_not(None),
                    BpjsMembership.registered_on,
                )
                .join(Person, Person.id == Attendance.person_id)
                .outerjoin(BpjsMembership, BpjsMembership.person_id == Attendance.person_id)
                .where(Attendance.session_id.in_(list(dates)), Attendance.undone_at.is_(None))
            ).all()
            by_session: dict[int, list[Attendee]] = defaultdict(list)
            for sid, pid, walk_in, interested, member, registered in rows:
                by_session[sid].append(
                    Attendee(pid, dates[sid], bool(walk_in), bool(interested), bool(member), registered)
                )
            title = event.title
            event_key = event.id
        per_session = []
        everyone: list[Attendee] = []
        for sid, batch, day in sessions:
            attendees = by_session.get(sid, [])
            everyone.extend(attendees)
            per_session.append(
                SessionConversion(
                    sid,
                    batch,
                    day,
                    tally(attendees, short, long_),
                    tally((a for a in attendees if a.walk_in), short, long_),
                    tally((a for a in attendees if a.interested), short, long_),
                )
            )
        people = first_attendance(everyone)
        return ConversionReport(
            event_key,
            title,
            short,
            long_,
            tuple(per_session),
            tally(people, short, long_),
            tally((a for a in people if a.walk_in), short, long_),
            tally((a for a in people if a.interested), short, long_),
        )


def conversion_figures(
    db: Database, settings: SettingsService, *, session_id: int | None = None, event_id: int | None = None
) -> ConversionReport:
    """The conversion figures as a frozen dataclass, for the laporan kegiatan and other reports."""
    return ConversionService(db, settings).report(session_id=session_id, event_id=event_id)


def follow_up_used(db: Database) -> bool:
    """Whether the office uses the follow-up: a list was imported or someone said they were interested.

    Until then every attendee would count as "not registered", which says nothing.
    """
    with db.session() as s:
        return s.scalar(select(BpjsMembership.id).limit(1)) is not None or (
            s.scalar(select(Person.id).where(Person.bpu_interest_at.is_not(None)).limit(1)) is not None
        )


def conversion_sheets(
    db: Database, settings: SettingsService, entity: str, entity_id: int, lang: str = "id"
) -> list[Callable[[Workbook], None]]:
    """The *Konversi BPJS* sheet for an attendance workbook of a session or event.

    None (an empty list) while the office does not use the follow-up: no membership list was
    imported and nobody said they were interested.
    """
    if not follow_up_used(db):
        return []
    key = {"session_id": entity_id} if entity == "session" else {"event_id": entity_id}
    report = conversion_figures(db, settings, **key)
    return [partial(write_conversion_sheet, report=report, labels=conversion_labels(lang))]
