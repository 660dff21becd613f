"""`hadir certificates` and `hadir verify`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField

REASONS = {
    "malformed": "this is not a Hadir certificate code",
    "forged": "the code's signature does not match: forged or altered",
    "unknown": "no certificate with this number was issued from this database",
    "revoked": "the certificate was issued, but the admission was taken back since",
}


def add_arguments(certificates: argparse.ArgumentParser, verify: argparse.ArgumentParser) -> None:
    """The options of both commands."""
    scope = certificates.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=int, help="the certificates of one session (batch)")
    scope.add_argument("--event", type=int, help="the certificates of every session of an event")
    certificates.add_argument("-o", "--output", required=True, help="the combined PDF to write")
    certificates.add_argument("--each", metavar="DIR", help="also one PDF per person in this folder")
    verify.add_argument("code", help="exactly what the certificate's QR code holds")


def certificates(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Make the certificates of a session or event."""
    from desktop_app.services.certificates.names_check import unprintable_names

    output = Path(args.output).expanduser()
    if output.suffix.lower() != ".pdf":
        raise InvalidField("output", "extension", ".pdf")
    if output.is_dir():
        raise InvalidField("output", "is_a_folder", str(output))
    each = Path(args.each).expanduser() if args.each else None
    if each is not None and each.exists() and not each.is_dir():
        raise InvalidField("each", "not_a_folder", str(each))
    # Named before printing: a name the font cannot draw would print as boxes without a word.
    problems = unprintable_names(ctx.services.db, args.session, args.event)
    result = ctx.services.certificates.generate(
        output.resolve(),
        session_id=args.session,
        event_id=args.event,
        each_dir=each.resolve() if each else None,
        operator_id=ctx.operator.id,
    )
    data = {"certificates": result.count, "path": str(result.path), "new": result.newly_numbered}
    data["missing_glyphs"] = [p.as_json() for p in problems]
    lines = [f"{result.count} certificates written to {result.path} ({result.newly_numbered} newly numbered)"]
    for p in problems:
        why = "is written right to left (not supported: type it in Latin letters)"
        if p.reason == "missing_glyphs":
            why = f"has characters the font cannot print ({p.characters}): they print as boxes"
        lines.append(f"warning: the name {p.name!r} {why}")
    if each is not None:
        data |= {"each": str(each.resolve()), "files": len(result.files)}
        lines.append(f"{len(result.files)} single certificates in {each.resolve()}")
    return Result(data, lines)


def verify(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Check a scanned QR code: exit 0 if genuine, 3 if not."""
    answer = ctx.services.certificates.verify(args.code)
    data = answer.as_json()
    if answer.valid:
        line = (
            f"VALID: {answer.number} — {answer.name} — {answer.event} (batch {answer.batch}, {answer.date})"
        )
        return Result(data, [line])
    reason = answer.reason or "forged"
    data["message"] = REASONS.get(reason, reason)
    return Result(data, [f"NOT VALID: {data['message']}"], exit_code=3)
