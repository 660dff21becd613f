"""`hadir export signin`, `export invitations` and `export contacts`: paper around a session."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result

# Heavy modules are imported where they are used: `hadir event list` must start at once.
if TYPE_CHECKING:
    from desktop_app.services.paper.service import PaperResult


def _result(done: PaperResult, what: str, key: str = "rows") -> Result:
    data = {"path": str(done.path.resolve()), key: done.rows}
    return Result(data, [f"Wrote {done.path} ({done.rows} {what})"])


def export_signin(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """The daftar hadir to print before the event: invitees listed, empty rows up to capacity."""
    from desktop_app.exports.attendance.labels import labels_for

    done = ctx.services.paper.signin_sheet(
        args.session, Path(args.output), operator_id=ctx.operator.id, labels=labels_for(args.lang)
    )
    return _result(done, "invitees listed")


def export_invitations(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """The invitation cards of a session's invitees."""
    done = ctx.services.paper.invitations(
        args.session, Path(args.output), operator_id=ctx.operator.id, lang=args.lang
    )
    return _result(done, "invitation cards", key="cards")


def export_contacts(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """The close-contact list of a session for a health office (admin only; full phones)."""
    done = ctx.services.paper.contacts(args.session, Path(args.output), operator_id=ctx.operator.id)
    return _result(done, "people who were in the room")


def export_receipts(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """The transport-money receipt sheet; `--amount` first sets the session's amount (admin)."""
    from desktop_app.exports.attendance.labels import labels_for

    transport = ctx.services.transport
    if args.amount is not None:
        transport.set_amount(args.session, args.amount, ctx.operator.id)
    done = transport.receipt(
        args.session, Path(args.output), operator_id=ctx.operator.id, words=labels_for(args.lang)
    )
    data = {"path": str(done.path.resolve()), "rows": done.rows, "total": done.total}
    return Result(data, [f"Wrote {done.path} ({done.rows} attendees, Rp{done.total:,} in all)"])


def add_arguments(parser: argparse.ArgumentParser, suffix: str, lang: bool = True) -> None:
    """`--session N -o FILE.<suffix>` (and `--lang`)."""
    parser.add_argument("--session", type=int, required=True)
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=f"FILE.{suffix}")
    if lang:
        parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of the document")
