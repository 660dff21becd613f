"""`hadir roster import FILE --session N [--rejects OUT]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField


def _session_ids(args: argparse.Namespace) -> list[int]:
    ids = list(args.session or [])
    for part in (args.sessions or "").split(","):
        if part.strip():
            if not part.strip().isdigit():
                raise InvalidField("sessions", "format", "N,M,...")
            ids.append(int(part))
    return ids


def import_roster(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Import a roster file and invite its people."""
    from desktop_app.exports.roster.rejects import write_rejects  # imported where used: openpyxl
    from desktop_app.services.roster.labels import reason_text

    session_ids = _session_ids(args)
    for sid in session_ids:
        ctx.services.events.get_session(sid)  # NotFound (exit 2) before reading anything
    summary = ctx.services.roster.run(Path(args.file), session_ids, ctx.operator)
    rejects_path = None
    if args.rejects and summary.rejected_rows:
        rows = [(r.number, r.cells, [reason_text(c) for c in r.reasons]) for r in summary.rejected_rows]
        rejects_path = str(write_rejects(Path(args.rejects), summary.headers, rows))
    data = {
        "rows": summary.rows,
        "imported": summary.imported,
        "merged": summary.merged,
        "rejected": summary.rejected,
        "warnings": summary.warnings,
        "skipped": summary.skipped,
        "invited": summary.invited,
        "not_invited": summary.not_invited,
        "sheet": summary.sheet,
        "rejects": rejects_path,
        "rejected_rows": [{"row": r.number, "reasons": list(r.reasons)} for r in summary.rejected_rows],
    }
    lines = [
        f"{summary.rows} rows on sheet '{summary.sheet}': {summary.imported} imported, {summary.merged} merged, "
        f"{summary.rejected} rejected, {summary.warnings} warnings; {summary.invited} invited"
        + (f", {summary.not_invited} not invited (no room left)" if summary.not_invited else "")
    ]
    lines += [
        f"  row {r.number}: " + "; ".join(reason_text(c, "en") for c in r.reasons)
        for r in summary.rejected_rows
    ]
    if rejects_path:
        lines.append(f"Rejected rows written to {rejects_path}")
    return Result(data, lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of `roster import`."""
    parser.add_argument("file", help="xlsx, xls, ods or csv")
    parser.add_argument("--session", type=int, action="append", help="invite to this session (repeatable)")
    parser.add_argument("--sessions", help="invite spread over these sessions, e.g. 3,4,5")
    parser.add_argument("--rejects", help="write the rejected rows with their reasons to this xlsx")
