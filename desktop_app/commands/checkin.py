"""`hadir checkin` and `hadir checkin undo`."""

from __future__ import annotations

import argparse
from datetime import date, time
from typing import TYPE_CHECKING

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField, InvalidInput, InvitedElsewhere
from desktop_app.core.screening import PL_COLOURS, ScreeningAnswers, check_temperature
from desktop_app.core.session_day import days_from_today, local_now

# The check-in's own types are loaded when a check-in runs, not for every command (cli_start_s).
if TYPE_CHECKING:
    from desktop_app.services.checkin.types import AdmitResult
    from desktop_app.services.events.service import SessionInfo


def _answers(ctx: CommandContext, args: argparse.Namespace) -> ScreeningAnswers:
    """The screening answers, or InvalidField (exit 2) before anything is written."""
    asked = [q.code for q in ctx.services.settings.screening_questions()]
    symptoms = frozenset(name.strip().lower() for name in args.symptom or ())
    unknown = sorted(symptoms - set(asked))
    if unknown:
        raise InvalidField(
            "symptom", "unknown", f"{', '.join(unknown)}; the questions are {', '.join(asked)}"
        )
    return ScreeningAnswers(
        temperature=check_temperature(args.temp),
        mask=not args.no_mask,
        symptoms=symptoms,
        pl_colour=args.pl,
    )


def _session_json(session_id: int, batch: int, day: date, start: time) -> dict[str, object]:
    return {"session_id": session_id, "batch": batch, "date": day.isoformat(), "start": f"{start:%H:%M}"}


def _not_today(session: SessionInfo) -> list[dict[str, object]]:
    """A warning when the session is not today in its own zone (a check-in for last year's batch)."""
    days = days_from_today(session.date, session.timezone)
    if days == 0:
        return []
    today = local_now(session.timezone).date()
    return [
        {"reason": "not_today", "date": session.date.isoformat(), "today": today.isoformat(), "days": days}
    ]


def _elsewhere_refusal(exc: InvitedElsewhere) -> Result:
    data = {
        "status": "refused",
        "reason": exc.reason,
        "message": exc.message + "; --accept-elsewhere admits them here as a walk-in",
        "session": _session_json(exc.session_id, exc.batch, exc.day, exc.start),
    }
    return Result(data, [f"hadir: {data['message']}"], exit_code=exc.exit_code)


def _admitted(result: AdmitResult, session: SessionInfo | None = None) -> Result:
    data: dict[str, object] = {
        "status": "admitted",
        "person": {"name": result.name, "organization": result.organization},
        "attended": result.attended,
        "capacity": result.capacity,
        "walk_in": result.walk_in,
        "override": result.override,
    }
    lines = [
        f"Admitted ({'walk-in' if result.walk_in else 'invited'}): {result.name} — "
        f"{result.attended}/{result.capacity} seats taken"
    ]
    if result.invited_elsewhere is not None:
        data["invited_elsewhere"] = {"session_id": result.invited_elsewhere}
        lines.append(f"Note: invited to session {result.invited_elsewhere}, admitted here as a walk-in")
    warnings = _not_today(session) if session is not None else []
    if warnings:
        data["warnings"] = warnings
        lines.append(f"Warning: this session is on {session.date.isoformat()}, not today")  # type: ignore[union-attr]
    return Result(data, lines)


def _walk_in_person(ctx: CommandContext, args: argparse.Namespace) -> int | None:
    """An existing person the walk-in's NIK or phone already names, if exactly one."""
    candidates = ctx.services.people.find_duplicates(args.nik, args.phone)
    by_nik = [c for c in candidates if c.same_nik]
    if by_nik:
        return by_nik[0].person_id
    by_phone = [c for c in candidates if c.same_phone]
    return by_phone[0].person_id if len(by_phone) == 1 else None


def checkin(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Admit one person: by NIK, invitation code or phone, or as a walk-in."""
    if args.session is None:
        raise InvalidField("session", "required", "--session N")
    answers = _answers(ctx, args)
    svc = ctx.services.checkin
    session = ctx.services.events.get_session(args.session)  # NotFound (exit 2) before anything else
    if args.walk_in:
        if not args.name:
            raise InvalidField("name", "required", "--walk-in needs --name")
        existing = _walk_in_person(ctx, args)
        if existing is None:
            from desktop_app.services.registry.types import WalkInDraft

            draft = WalkInDraft(
                name=args.name,
                nik=args.nik,
                phone=args.phone,
                organization=args.org,
                organization_kind=args.org_kind,
            )
            result = svc.admit_walk_in(args.session, draft, answers, ctx.operator, args.override)
            return _admitted(result, session)
        person_id = existing
    else:
        given = [x for x in (args.nik, args.code, args.phone) if x is not None]
        if len(given) != 1:
            raise InvalidInput("give exactly one of --nik, --code or --phone (or --walk-in --name)")
        person_id = svc.find(args.session, nik=args.nik, code=args.code, phone=args.phone)
    from desktop_app.services.checkin.types import AdmitRequest

    request = AdmitRequest(args.session, person_id, answers, args.override, args.accept_elsewhere)
    try:
        return _admitted(svc.admit(request, ctx.operator), session)
    except InvitedElsewhere as exc:
        return _elsewhere_refusal(exc)


def undo(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Take back an admission; the seat is free again."""
    svc = ctx.services.checkin
    ctx.services.events.get_session(args.session)
    person_id = svc.find(args.session, nik=args.nik, code=args.code, phone=args.phone)
    seats = svc.undo(args.session, person_id, args.reason, ctx.operator)
    data = {"status": "undone", "attended": seats.attended, "capacity": seats.capacity}
    return Result(data, [f"Check-in undone — {seats.attended}/{seats.capacity} seats taken"])


def add_arguments(parser: argparse.ArgumentParser, undo_parser: argparse.ArgumentParser) -> None:
    """The flags of `checkin` and `checkin undo`."""
    parser.add_argument("--session", type=int, required=False)
    for p in (parser, undo_parser):
        who = p.add_argument_group("who (one of)")
        who.add_argument("--nik")
        who.add_argument("--code", help="the invitation code (what its QR code holds)")
        who.add_argument("--phone")
    parser.add_argument("--temp", type=float, help="temperature in °C")
    parser.add_argument("--symptom", action="append", help="a screening question answered yes (repeatable)")
    parser.add_argument("--no-mask", action="store_true", help="the person wears no mask")
    parser.add_argument("--pl", choices=PL_COLOURS, help="PeduliLindungi colour, where the session checks it")
    parser.add_argument("--walk-in", action="store_true", help="a person without invitation")
    parser.add_argument("--name")
    parser.add_argument("--org", help="organisation of a walk-in (found or created)")
    parser.add_argument("--org-kind", default="umkm", choices=("umkm", "koperasi", "lainnya"))
    parser.add_argument(
        "--override", metavar="REASON", help="admit beyond capacity (admin only), with the reason"
    )
    parser.add_argument(
        "--accept-elsewhere",
        action="store_true",
        help="admit as a walk-in someone invited to another session of the event (else exit 3)",
    )
    undo_parser.add_argument("--session", type=int, required=True)
    undo_parser.add_argument("--reason", default="dibatalkan lewat baris perintah", help="why it is undone")
