"""`hadir demo`: fill the database with a realistic registry."""

from __future__ import annotations

import argparse

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result


def demo(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Generate the demo registry and event."""
    from desktop_app.services.demo.service import generate_demo

    result = generate_demo(
        ctx.services.db,
        ctx.services.district,
        people=args.people,
        seed=args.seed,
        operator_id=ctx.operator.id,
    )
    data = {
        "event_id": result.event_id,
        "people": result.people,
        "sessions": result.sessions,
        "admitted": result.admitted,
    }
    line = (
        f"Demo event {result.event_id}: {result.people} people in {result.sessions} batches, "
        f"{result.admitted} admitted."
    )
    return Result(data, [line])
