"""`hadir backup -o FILE` and `hadir restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.storage.encryption import parse_recovery


def backup(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Copy the database to a file."""
    path = ctx.services.backups.backup_to(Path(args.output).expanduser(), ctx.operator)
    size = path.stat().st_size
    return Result({"path": str(path), "bytes": size}, [f"Backup written to {path} ({size:,} bytes)"])


def restore(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Replace the database by a backup (admins only; the current one is kept as a backup first)."""
    key = parse_recovery(args.recovery_key) if args.recovery_key else None
    result = ctx.services.backups.restore(Path(args.file), ctx.operator, key)
    data = {
        "restored": str(result.source),
        "previous_backup": str(result.previous_backup),
        "migrated_from": result.migrated_from,
    }
    lines = [f"Restored {result.source}", f"The database as it was is kept in {result.previous_backup}"]
    return Result(data, lines)
