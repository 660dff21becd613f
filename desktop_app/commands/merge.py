"""`hadir merge FILE [--dry-run]`: a field laptop's database into this one."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's own arguments."""
    parser.add_argument("file", help="another Hadir database or backup file (it is only read)")
    parser.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")
    parser.add_argument("--recovery-key", help="opens the file when that laptop encrypted it")


def merge(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Merge the file (admins only) and print the report."""
    from desktop_app.storage.encryption import parse_recovery

    key = parse_recovery(args.recovery_key) if args.recovery_key else None
    report = ctx.services.merge.merge(Path(args.file), ctx.operator, dry_run=args.dry_run, key=key)
    data = report.as_json()
    verb = "Would merge" if args.dry_run else "Merged"
    lines = [
        f"{verb} {args.file}: {report.events} new events, {report.sessions_new} new and "
        f"{report.sessions_matched} matched sessions, {report.people_new} new and "
        f"{report.people_matched} matched people, {report.attendance_new} new check-ins, "
        f"{report.duplicates} duplicates",
    ]
    if report.over_capacity:
        lines.append("Over capacity (session ids): " + ", ".join(map(str, report.over_capacity)))
    for conflict in data["conflicts"]:
        lines.append("Conflict: " + ", ".join(f"{k}={v}" for k, v in conflict.items()))
    return Result(data, lines)
