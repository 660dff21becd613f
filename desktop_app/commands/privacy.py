"""`hadir privacy purge [--days N]`: clear health answers older than the retention period."""

from __future__ import annotations

import argparse

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result


def purge(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Purge health answers now."""
    done = ctx.services.privacy.purge_health_answers(args.days, ctx.operator.id)
    data = {"purged": done.purged, "before": done.before.isoformat(), "days": done.days}
    return Result(data, [f"Health answers of {done.purged} screenings older than {done.days} days cleared."])
