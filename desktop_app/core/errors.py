"""Typed errors that carry data; each front end turns them into sentences in its own language.

`exit_code` follows the command-line contract: 2 bad usage or bad input, 3 refused by a rule,
1 anything unexpected. `reason` is the stable machine-readable code used in `--json` answers.
"""

from __future__ import annotations

from datetime import date, datetime, time


class HadirError(Exception):
    """Base class of every error Hadir raises on purpose."""

    exit_code = 1
    reason = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(HadirError):
    """The user gave something that cannot be used (exit 2)."""

    exit_code = 2
    reason = "invalid_input"


class NotFound(InvalidInput):
    """A referenced record (event, session, person) does not exist."""

    reason = "not_found"

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key} does not exist")
        self.entity = entity
        self.key = key


class InvalidField(InvalidInput):
    """One field of a form or command is wrong; `problem` is a stable code the UI translates."""

    reason = "invalid_field"

    def __init__(self, field: str, problem: str, detail: str = "") -> None:
        super().__init__(f"{field}: {problem}" + (f" ({detail})" if detail else ""))
        self.field = field
        self.problem = problem
        self.detail = detail


class InvalidNik(InvalidInput):
    """A NIK that breaks one of the rules; `problem` says which (see `core.nik.NikProblem`)."""

    reason = "invalid_nik"

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"invalid NIK: {problem}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.detail = detail


class InvalidPhone(InvalidInput):
    """A phone number that is not a plausible Indonesian number."""

    reason = "invalid_phone"

    def __init__(self, problem: str) -> None:
        super().__init__(f"invalid phone number: {problem}")
        self.problem = problem


class DatabaseProblem(InvalidInput):
    """The database file cannot be used as it is; `kind` says why. Nothing was changed."""

    reason = "database"
    KINDS = (
        "corrupt",
        "too_new",
        "not_hadir",
        "locked",
        "read_only",
        "missing_dir",
        "io_error",
        "foreign_schema",
        "disk_full",
        "key_missing",  # encrypted: core/encryption_errors.py
        "wrong_key",
    )
    # A PostgreSQL server (`--db postgresql://…`): down or out of reach, or the login refused.
    KINDS += ("unreachable", "login_refused")

    def __init__(self, kind: str, path: str, detail: str = "") -> None:
        assert kind in self.KINDS, kind
        super().__init__(f"database {path}: {kind}" + (f" ({detail})" if detail else ""))
        self.kind = kind
        self.path = path
        self.detail = detail


class RuleRefusal(HadirError):
    """A business rule refused the action (exit 3)."""

    exit_code = 3
    reason = "refused"


class CapacityFull(RuleRefusal):
    """Every seat of the session is taken."""

    reason = "capacity_full"

    def __init__(self, capacity: int, attended: int) -> None:
        super().__init__(f"the session is full ({attended} of {capacity} seats taken)")
        self.capacity = capacity
        self.attended = attended


class ScreeningFailed(RuleRefusal):
    """The health screening refused entry; `reasons` are codes from `core.screening`."""

    reason = "screening_failed"

    def __init__(
        self, reasons: tuple[str, ...], screening_id: int | None = None, person_id: int | None = None
    ) -> None:
        super().__init__("health screening failed: " + ", ".join(reasons))
        self.reasons = reasons
        self.screening_id = screening_id
        self.person_id = person_id  # the person screened (for a walk-in: the one just registered)


class AlreadyCheckedIn(RuleRefusal):
    """The person was already admitted to this session."""

    reason = "already_checked_in"

    def __init__(self, name: str, at: datetime, operator: str | None, zone: str = "Asia/Jakarta") -> None:
        from desktop_app.core.timezones import local_clock

        by = f" by {operator}" if operator else ""
        super().__init__(f"{name} was already checked in at {local_clock(at, zone)}{by}")
        self.name = name
        self.at = at
        self.operator = operator
        self.zone = zone


class InvitedElsewhere(RuleRefusal):
    """The person is invited to another session of the event, not to this one.

    Admitting them here would take a seat meant for this session's own invitees; the desk asks for
    an explicit confirmation, the command line for `--accept-elsewhere`.
    """

    reason = "invited_elsewhere"

    def __init__(self, name: str, session_id: int, batch: int, day: date, start: time) -> None:
        super().__init__(
            f"{name} is invited to batch {batch} ({day.isoformat()} {start:%H:%M}), not to this one"
        )
        self.name = name
        self.session_id = session_id
        self.batch = batch
        self.day = day
        self.start = start


class NotAllowed(RuleRefusal):
    """The operator's role does not allow this action (e.g. a desk operator overriding capacity)."""

    reason = "not_allowed"

    def __init__(self, action: str) -> None:
        super().__init__(f"only an admin may {action}")
        self.action = action


class NotCheckedIn(RuleRefusal):
    """Undo asked for a person who is not admitted to the session."""

    reason = "not_checked_in"

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not checked in to this session")
        self.name = name


class UnknownPerson(RuleRefusal):
    """Nobody in the registry (or the invitation list) matches what was given."""

    reason = "unknown_person"

    def __init__(self, query: str) -> None:
        super().__init__(f"no person matches {query}")
        self.query = query


class Cancelled(HadirError):
    """The user cancelled a long job; whatever it was writing is rolled back."""

    reason = "cancelled"

    def __init__(self) -> None:
        super().__init__("cancelled")
