"""`hadir event add` and `hadir session add`."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField
from desktop_app.services.events.records import EventDraft, SessionDraft


def parse_date(text: str) -> date:
    """YYYY-MM-DD, or a clear InvalidField."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidField("date", "format", "YYYY-MM-DD") from None


def parse_time(text: str, field: str) -> time:
    """HH:MM (or HH.MM, as Indonesians write it), or a clear InvalidField."""
    try:
        return datetime.strptime(text.replace(".", ":"), "%H:%M").time()
    except ValueError:
        raise InvalidField(field, "format", "HH:MM") from None


def add_event(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Create an event."""
    draft = EventDraft(title=args.title, organizer=args.organizer, partner=args.partner)
    event_id = ctx.services.events.add_event(draft, ctx.operator.id)
    return Result({"event_id": event_id}, [f"Event {event_id} created: {draft.title.strip()}"])


def add_session(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Create a session (batch) of an event."""
    draft = SessionDraft(
        event_id=args.event,
        date=parse_date(args.date),
        start_time=parse_time(args.start, "start_time"),
        end_time=parse_time(args.end, "end_time"),
        venue=args.venue,
        capacity=args.capacity,
        batch=args.batch,
        max_temp=args.max_temp,
        temperature_taken=not getattr(args, "no_temperature", False),
    )
    session_id = ctx.services.events.add_session(draft, ctx.operator.id)
    info = ctx.services.events.get_session(session_id)
    return Result(
        {"session_id": session_id, "batch": info.batch, "temperature_taken": info.temperature_taken},
        [
            f"Session {session_id} created: batch {info.batch}, {info.date} {info.start_time:%H:%M}, {info.venue}"
        ],
    )


def list_sessions(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """List events and their sessions."""
    events = ctx.services.event_listing.events()
    data, lines = [], []
    for ev in events:
        if args.event and ev.id != args.event:
            continue
        sessions = ctx.services.event_listing.sessions(ev.id)
        data.append(
            {
                "event_id": ev.id,
                "title": ev.title,
                "sessions": [
                    {
                        "session_id": s.id,
                        "batch": s.batch,
                        "date": s.date.isoformat(),
                        "start": f"{s.start_time:%H:%M}",
                        "end": f"{s.end_time:%H:%M}",
                        "venue": s.venue,
                        "capacity": s.capacity,
                        "invited": s.invited,
                        "attended": s.attended,
                        "temperature_taken": s.temperature_taken,
                    }
                    for s in sessions
                ],
            }
        )
        if args.json:  # the prose of 33,000 batches is not written to be thrown away
            continue
        lines.append(f"[{ev.id}] {ev.title} — {ev.organizer}")
        lines += [
            f"    session {s.id}: batch {s.batch}, {s.date} {s.start_time:%H:%M}-{s.end_time:%H:%M}, "
            f"{s.venue}, {s.attended}/{s.capacity}"
            for s in sessions
        ]
    return Result({"events": data}, lines or ["No events yet."])
