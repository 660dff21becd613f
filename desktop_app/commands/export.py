"""`hadir export attendance` and `hadir export event`: the attendance workbook or printable sheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result

# Imported where used: the command line builds every parser, and most commands write no file.
if TYPE_CHECKING:
    from desktop_app.services.reports.service import ExportResult


def _result(done: ExportResult) -> Result:
    data = {
        "path": str(done.path.resolve()),
        "rows": done.rows,
        "sessions": done.sessions,
        "format": done.format,
        "full_nik": done.full_nik,
    }
    nik = "full NIK" if done.full_nik else "NIK masked"
    line = f"Wrote {done.path} ({done.rows} attendees, {done.sessions} session(s), {nik})"
    return Result(data, [line])


def export_attendance(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """One session's attendance: .xlsx workbook or .pdf sheet to sign."""
    from desktop_app.exports.attendance.labels import labels_for

    done = ctx.services.reports.export_session(
        args.session,
        Path(args.output),
        full_nik=args.full_nik,
        operator_id=ctx.operator.id,
        labels=labels_for(args.lang),
    )
    return _result(done)


def export_event(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """A whole event: a workbook with a sheet per session and the summary (or every sheet as PDF)."""
    from desktop_app.exports.attendance.labels import labels_for

    done = ctx.services.reports.export_event(
        args.event,
        Path(args.output),
        full_nik=args.full_nik,
        operator_id=ctx.operator.id,
        labels=labels_for(args.lang),
    )
    return _result(done)


def add_arguments(parser: argparse.ArgumentParser, *, event: bool) -> None:
    """The flags of `export attendance` (event=False) and `export event` (event=True)."""
    if event:
        parser.add_argument("--event", type=int, required=True)
    else:
        parser.add_argument("--session", type=int, required=True)
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx or FILE.pdf")
    parser.add_argument(
        "--full-nik", action="store_true", help="print the full NIK (masked as 3311********0001 otherwise)"
    )
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of the document")
