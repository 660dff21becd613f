"""What a merge reports: counts, sessions over capacity and the conflicts to decide."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Conflicts over one field of one record: the office's value stayed, the laptop's may be chosen.
FIELD_KINDS = ("person_field", "event_field", "session_field")


@dataclass(frozen=True)
class Conflict:
    """Something the merge did not decide alone.

    `kind`: `person_field`, `event_field` or `session_field` (a field of the same record differs:
    the office's value stays), `certificate_number` (a number both databases printed),
    `session_batch` (a batch number both used for different sessions), `invitation_code`.
    `office` and `incoming` are shown values (NIK and phone masked, dates ISO, times HH:MM);
    `choice` is the incoming value itself, for `MergeService.use_incoming` (never printed or logged).
    """

    kind: str
    details: dict[str, Any]
    office: str | None = None
    incoming: str | None = None
    choice: Any = field(default=None, repr=False, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The conflict as `hadir merge --json` lists it (masked values only)."""
        data: dict[str, Any] = {"kind": self.kind, **self.details}
        if self.kind in FIELD_KINDS:
            data["office"] = self.office
            data["incoming"] = self.incoming
        return data


@dataclass(frozen=True)
class MergeReport:
    """The outcome of merging one file (or what it would be, for a dry run)."""

    events: int = 0
    events_matched: int = 0
    sessions_new: int = 0
    sessions_matched: int = 0
    people_new: int = 0
    people_matched: int = 0
    people_filled: int = 0
    attendance_new: int = 0
    duplicates: int = 0
    invitations_new: int = 0
    screenings_new: int = 0
    certificates_new: int = 0
    operators_new: int = 0
    audit_entries_new: int = 0
    over_capacity: tuple[int, ...] = ()
    # (batch, admitted, capacity) of each session in `over_capacity`, for the window
    over_capacity_batches: tuple[tuple[int, int, int], ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    dry_run: bool = False

    def counts(self) -> dict[str, Any]:
        """The numbers alone (for the audit entry)."""
        data = asdict(self)
        data.pop("conflicts")
        data.pop("over_capacity_batches")
        data["over_capacity"] = list(self.over_capacity)
        data["conflicts"] = len(self.conflicts)
        return data

    def as_json(self) -> dict[str, Any]:
        """The `hadir merge --json` answer (the contract's keys first)."""
        data = self.counts()
        data["conflicts"] = [c.as_json() for c in self.conflicts]
        return data
