"""`hadir db copy --to TARGET`: the whole `--db` database into an empty one, either engine."""

from __future__ import annotations

import argparse

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import NotAllowed


def add_arguments(copy: argparse.ArgumentParser) -> None:
    """The flags of `hadir db copy`."""
    copy.add_argument(
        "--to",
        required=True,
        help="an empty database: a file path or postgresql://user:password@host:port/db",
    )


def copy(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Copy every table (certificate key and audit included) into the empty target; check each."""
    from desktop_app.storage.copy import copy_database
    from desktop_app.storage.postgres.url import is_server_url, masked
    from desktop_app.storage.target import open_target

    if not ctx.operator.is_admin:  # the copy holds every person's data
        raise NotAllowed("copy the database")
    source = ctx.services.db
    shown = masked(args.to) if is_server_url(args.to) else args.to
    target = open_target(args.to, source.path.parent / "backups", source.path)
    try:
        tables = copy_database(source, target)
    finally:
        target.close()
    equal = all(t.equal for t in tables)
    data = {
        "status": "copied" if equal else "error",
        "from": source.label,
        "to": shown,
        "equal": equal,
        "tables": {t.name: {"rows": t.rows, "sha256": t.target_sha256, "equal": t.equal} for t in tables},
    }
    lines = [f"Copied {source.label} to {shown}:"]
    lines += [f"  {t.name}: {t.rows} rows{'' if t.equal else ' (DIFFERENT)'}" for t in tables]
    return Result(data, lines, exit_code=0 if equal else 1)
