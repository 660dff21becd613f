"""Admit and undo through the services, with every refusal turned into an `Outcome` the desk can show.

The page stays a view: it asks the runner, then paints what comes back. Nothing here raises; an
unexpected failure becomes an ERROR outcome (logged), so no traceback ever reaches the operator.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject

from desktop_app.core.capacity import Seats
from desktop_app.core.errors import (
    AlreadyCheckedIn,
    CapacityFull,
    HadirError,
    InvalidInput,
    InvitedElsewhere,
    ScreeningFailed,
)
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest, AdmitResult, ElsewhereInvitation, RecentCheckin
from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionInfo
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.target import problem_from_any as database_problem_from
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.checkin.desk_warnings import invited_elsewhere_banner
from desktop_app.ui.error_messages import error_text

log = logging.getLogger(__name__)


class OutcomeKind(StrEnum):
    """How an attempt ended."""

    ADMITTED = "admitted"
    REFUSED = "refused"  # the health screening said no (recorded)
    FULL = "full"  # no seat left; an admin may override
    ALREADY = "already"  # admitted before
    ELSEWHERE = "elsewhere"  # invited to another batch: admitted here only once confirmed
    INVALID = "invalid"  # the walk-in's data needs correcting
    ERROR = "error"


@dataclass(frozen=True)
class Outcome:
    """What the banner says, and what the page needs to go on."""

    kind: OutcomeKind
    text: str
    reasons: str = ""  # the screening's reasons, for the red line under the answers
    result: AdmitResult | None = None
    full: CapacityFull | None = None
    person_id: int | None = None  # who was screened (a refused walk-in is now in the registry)
    elsewhere: ElsewhereInvitation | None = None  # the batch the person is invited to instead


class AdmissionRunner(QObject):
    """The desk's writes: admit an invitee or a walk-in, undo a check-in."""

    def __init__(self, services: Services, operator: OperatorInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.operator = operator

    def admit(
        self,
        session: SessionInfo,
        person_id: int | None,
        draft: WalkInDraft | None,
        answers: ScreeningAnswers,
        name: str,
        override_reason: str | None = None,
        accept_elsewhere: bool = False,
    ) -> Outcome:
        """Admit `person_id` (or register and admit `draft`) with these screening answers."""
        checkin = self._services.checkin
        try:
            if person_id is not None:
                request = AdmitRequest(session.id, person_id, answers, override_reason, accept_elsewhere)
                result = checkin.admit(request, self.operator)
            else:
                assert draft is not None
                result = checkin.admit_walk_in(session.id, draft, answers, self.operator, override_reason)
        except ScreeningFailed as exc:
            questions = self._services.settings.screening_questions()
            reasons = [
                CheckinMessages.reason(code, questions, answers.temperature, session.max_temp)
                for code in exc.reasons
            ]
            pid = person_id if person_id is not None else exc.person_id  # a refused walk-in is registered
            return Outcome(
                OutcomeKind.REFUSED,
                CheckinMessages.screening_refused(name, reasons),
                reasons="\n".join("• " + r for r in reasons),
                person_id=pid,
            )
        except CapacityFull as exc:
            return Outcome(
                OutcomeKind.FULL, CheckinMessages.capacity_full(exc), full=exc, person_id=person_id
            )
        except InvitedElsewhere as exc:
            invitation = ElsewhereInvitation(exc.session_id, exc.batch, exc.day, exc.start, session.timezone)
            text = invited_elsewhere_banner(name, invitation)
            return Outcome(OutcomeKind.ELSEWHERE, text, person_id=person_id, elsewhere=invitation)
        except AlreadyCheckedIn as exc:
            return Outcome(
                OutcomeKind.ALREADY, CheckinMessages.error(exc, session.timezone), person_id=person_id
            )
        except InvalidInput as exc:
            return Outcome(
                OutcomeKind.INVALID, CheckinMessages.error(exc, session.timezone), person_id=person_id
            )
        except HadirError as exc:
            return Outcome(
                OutcomeKind.ERROR, CheckinMessages.error(exc, session.timezone), person_id=person_id
            )
        except Exception as exc:  # a locked or full disk, a lost connection: say so, never a traceback
            log.exception("admission failed")
            return Outcome(OutcomeKind.ERROR, self._unexpected(exc), person_id=person_id)
        return Outcome(
            OutcomeKind.ADMITTED, self._admitted_text(result), result=result, person_id=result.person_id
        )

    def undo(self, session: SessionInfo, row: RecentCheckin, reason: str) -> tuple[Seats | None, str]:
        """Take back `row`; the seats after it (None if refused) and the sentence to show."""
        try:
            seats = self._services.checkin.undo(session.id, row.person_id, reason, self.operator)
        except HadirError as exc:
            return None, CheckinMessages.error(exc, session.timezone)
        except Exception as exc:
            log.exception("undo failed")
            return None, self._unexpected(exc)
        return seats, self.tr("Check-in of {name} undone. Seats left: {left}").format(
            name=row.name, left=seats.left
        )

    def _admitted_text(self, result: AdmitResult) -> str:
        count = f"{result.attended}/{result.capacity}"
        if result.override:
            return self.tr("Admitted with override: {name} ({count})").format(name=result.name, count=count)
        if result.invited_elsewhere is not None:
            return self.tr("Admitted here as walk-in (invited to another batch): {name} ({count})").format(
                name=result.name, count=count
            )
        if result.walk_in:
            return self.tr("Admitted (walk-in): {name} ({count})").format(name=result.name, count=count)
        return self.tr("Admitted: {name} ({count})").format(name=result.name, count=count)

    def _unexpected(self, exc: Exception) -> str:
        problem = database_problem_from(exc, self._services.db.label)
        if problem is not None:  # the disk is full or another program holds the database
            return error_text(problem)
        return self.tr("Hadir could not record this; nothing was saved. Try again. ({detail})").format(
            detail=type(exc).__name__
        )
