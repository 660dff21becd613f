"""Errors particular to certificates (the shared ones are in `core.errors`)."""

from __future__ import annotations

from desktop_app.core.errors import RuleRefusal


class NoAttendees(RuleRefusal):
    """Nobody is admitted to the session or event, so there is no certificate to make (exit 3)."""

    reason = "no_attendees"

    def __init__(self, scope: str, scope_id: int) -> None:
        super().__init__(f"nobody attended {scope} {scope_id}: no certificate to make")
        self.scope = scope
        self.scope_id = scope_id
