"""`hadir checkin` and `hadir checkin undo`."""

from __future__ import annotations

import argparse

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField, InvalidInput
from desktop_app.core.screening import PL_COLOURS, ScreeningAnswers, check_temperature
from desktop_app.services.checkin.types import AdmitRequest, AdmitResult
from desktop_app.services.registry.types import WalkInDraft


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


def _admitted(result: AdmitResult) -> Result:
    data = {
        "status": "admitted",
        "person": {"name": result.name, "organization": result.organization},
        "attended": result.attended,
        "capacity": result.capacity,
        "walk_in": result.walk_in,
        "override": result.override,
    }
    kind = "walk-in" if result.walk_in else "invited"
    line = f"Admitted ({kind}): {result.name} — {result.attended}/{result.capacity} seats taken"
    return Result(data, [line])


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
    ctx.services.events.get_session(args.session)  # NotFound (exit 2) before anything else
    if args.walk_in:
        if not args.name:
            raise InvalidField("name", "required", "--walk-in needs --name")
        existing = _walk_in_person(ctx, args)
        if existing is None:
            draft = WalkInDraft(
                name=args.name,
                nik=args.nik,
                phone=args.phone,
                organization=args.org,
                organization_kind=args.org_kind,
            )
            return _admitted(svc.admit_walk_in(args.session, draft, answers, ctx.operator, args.override))
        person_id = existing
    else:
        given = [x for x in (args.nik, args.code, args.phone) if x is not None]
        if len(given) != 1:
            raise InvalidInput("give exactly one of --nik, --code or --phone (or --walk-in --name)")
        person_id = svc.find(args.session, nik=args.nik, code=args.code, phone=args.phone)
    request = AdmitRequest(args.session, person_id, answers, args.override)
    return _admitted(svc.admit(request, ctx.operator))


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
    undo_parser.add_argument("--session", type=int, required=True)
    undo_parser.add_argument("--reason", default="dibatalkan lewat baris perintah", help="why it is undone")
