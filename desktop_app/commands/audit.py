"""`hadir audit export -o FILE.xlsx [--from DATE] [--to DATE]` (admin): the audit log as a workbook."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidInput
from desktop_app.services.roles import require_admin


def _day(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{flag} must be a date as YYYY-MM-DD, not {text!r}") from None


def export(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Write the entries of the period (days in WIB, both included) the way the window exports them."""
    from desktop_app.exports.audit.rows import AuditLabels
    from desktop_app.services.audit_log.service import AuditFilter

    require_admin(ctx.services.db, ctx.operator.id, "export the audit log")
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if first and last and first > last:
        raise InvalidInput("--from is after --to")
    period = ""
    if first or last:
        period = f"Periode: {first:%d/%m/%Y} s.d. " if first else "Periode: s.d. "
        period += f"{last:%d/%m/%Y}" if last else "sekarang"
    done = ctx.services.audit_log.export_xlsx(
        AuditFilter(date_from=first, date_to=last),
        Path(args.output),
        ctx.operator.id,
        AuditLabels(period=period),
    )
    path = done.path.resolve()
    return Result({"path": str(path), "rows": done.rows}, [f"Wrote {path} ({done.rows} audit entries)"])


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of `audit export`."""
    parser.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (WIB)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (WIB)")
