"""Check-in: find the person, screen them, admit them within capacity, undo a mistake.

The admit transaction starts with a write to the session row (`seat_version`), so two desks
writing to one database take turns: the count of seats each one reads is never stale. The
commit is durable (WAL, synchronous=FULL) before the desk is told "admitted".
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.capacity import Seats
from desktop_app.core.errors import (
    AlreadyCheckedIn,
    CapacityFull,
    InvalidField,
    InvitedElsewhere,
    NotAllowed,
    NotCheckedIn,
    NotFound,
    ScreeningFailed,
)
from desktop_app.core.names import clean_name
from desktop_app.core.nik import mask_nik
from desktop_app.core.screening import ScreeningAnswers, ScreeningRules, decide
from desktop_app.services.audit import record
from desktop_app.services.checkin import _sql as sql
from desktop_app.services.checkin._lookup import active_attendance, find_person, person_card
from desktop_app.services.checkin.types import (
    AdmitRequest,
    AdmitResult,
    PersonCard,
    RecentCheckin,
)
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.registry.people import PeopleService
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.services.search.query import SearchHit, search_people
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Attendance,
    Operator,
    Organization,
    Person,
    Screening,
    Session,
)

log = logging.getLogger(__name__)


def _attended(s: DbSession, session_id: int) -> int:
    return s.scalar(
        select(func.count(Attendance.id)).where(
            Attendance.session_id == session_id, Attendance.undone_at.is_(None)
        )
    )


class CheckinService:
    """The desk's use cases for one database."""

    def __init__(self, db: Database, people: PeopleService) -> None:
        self._db = db
        self._people = people

    # --- finding people ---------------------------------------------------------------

    def search(self, session_id: int, query: str, limit: int = 30) -> list[SearchHit]:
        """People matching what is typed or scanned, this session's invitees first."""
        with self._db.reads() as conn:
            return search_people(conn, session_id, query, limit)

    def find(
        self, session_id: int, *, nik: str | None = None, code: str | None = None, phone: str | None = None
    ) -> int:
        """The one person a NIK, invitation code or phone names, or UnknownPerson (see `find_person`)."""
        return find_person(self._db, session_id, nik=nik, code=code, phone=phone)

    def card(self, session_id: int, person_id: int) -> PersonCard:
        """What the desk shows about one person for this session."""
        return person_card(self._db, session_id, person_id)

    # --- admitting --------------------------------------------------------------------

    def seats(self, session_id: int) -> Seats:
        """Capacity and admitted count of a session."""
        with self._db.session() as s:
            capacity = s.scalar(select(Session.capacity).where(Session.id == session_id))
            if capacity is None:
                raise NotFound("session", session_id)
            return Seats(capacity, _attended(s, session_id))

    def admit(self, request: AdmitRequest, operator: OperatorInfo) -> AdmitResult:
        """Screen and admit one person, or raise the rule that refuses them.

        Order of the rules: already here, then invited to another session of the event (unless
        `accept_elsewhere`: then a walk-in, the other session named in the audit), then capacity (an override needs an admin and a
        reason), then the health screening (recorded even when it refuses).

        Raises:
            AlreadyCheckedIn, InvitedElsewhere, CapacityFull, ScreeningFailed, NotAllowed, NotFound.
        """
        override = clean_name(request.override_reason) or None
        if request.override_reason is not None and override is None:
            raise InvalidField("override_reason", "required")
        if override and not operator.is_admin:
            raise NotAllowed("override capacity")
        refused: ScreeningFailed | None = None
        try:
            # Core statements on the connection: the ORM session's bookkeeping is not needed here.
            with self._db.engine.begin() as conn:
                result, refused = self._admit_in(conn, request, operator, override)
        except IntegrityError:
            # The partial unique index caught a second admission that raced past the check.
            card = self.card(request.session_id, request.person_id)
            raise AlreadyCheckedIn(
                card.name, card.checked_in_at or datetime.now(UTC), card.checked_in_by
            ) from None
        if refused:
            raise refused
        assert result is not None
        return result

    def admit_walk_in(
        self,
        session_id: int,
        draft: WalkInDraft,
        answers: ScreeningAnswers,
        operator: OperatorInfo,
        override_reason: str | None = None,
    ) -> AdmitResult:
        """Register a new person and admit them, in one transaction.

        When the session is full (and no admin overrides) nobody is added to the registry. When
        the screening refuses, the person stays in the registry with the refusal recorded.
        """
        override = clean_name(override_reason) or None
        if override and not operator.is_admin:
            raise NotAllowed("override capacity")
        with self._db.transaction() as s:
            s.execute(
                update(Session).where(Session.id == session_id).values(seat_version=Session.seat_version + 1)
            )
            session = s.get(Session, session_id)
            if session is None:
                raise NotFound("session", session_id)
            attended = _attended(s, session_id)
            if attended >= session.capacity and not override:
                raise CapacityFull(session.capacity, attended)
            person = self._people.create_person(s, draft, operator.id)
            request = AdmitRequest(session_id, person.id, answers, override)
            result, refused = self._admit_in(s.connection(), request, operator, override)
        if refused:
            raise refused
        assert result is not None
        return result

    def _admit_in(
        self, conn: Connection, request: AdmitRequest, operator: OperatorInfo, override: str | None
    ) -> tuple[AdmitResult | None, ScreeningFailed | None]:
        ids = {"sid": request.session_id, "pid": request.person_id}
        rules_row = conn.execute(sql.LOCK_SESSION, ids).first()  # first: the session's write lock
        if rules_row is None:
            raise NotFound("session", request.session_id)
        facts = conn.execute(sql.FACTS, ids).first()
        if facts is None:
            raise NotFound("person", request.person_id)
        if facts.here_at is not None:
            raise AlreadyCheckedIn(facts.name, facts.here_at, facts.here_by, rules_row.timezone)
        invited_here = facts.invitation_id is not None
        elsewhere = facts.elsewhere_id
        if elsewhere is not None and not request.accept_elsewhere:
            when = conn.execute(sql.SESSION_WHEN, {"sid": elsewhere}).one()
            raise InvitedElsewhere(facts.name, elsewhere, when.batch, when.date, when.start_time)
        attended = facts.attended
        if attended >= rules_row.capacity and not override:
            raise CapacityFull(rules_row.capacity, attended)
        answers = request.answers
        if rules_row.temperature_taken and answers.temperature is None:
            # Incomplete, not refused: nothing is recorded (a walk-in is not registered either).
            raise InvalidField("temperature", "required", "this session takes temperatures")
        decision = decide(
            ScreeningRules(rules_row.max_temp, rules_row.require_mask, rules_row.check_pl), answers
        )
        now = datetime.now(UTC)
        screening_id = conn.execute(
            sql.INSERT_SCREENING,
            {
                "session_id": request.session_id,
                "person_id": request.person_id,
                "at": now,
                "operator_id": operator.id,
                "temperature": answers.temperature,
                "mask": answers.mask,
                "symptoms": sorted(answers.symptoms),
                "pl_colour": answers.pl_colour,
                "passed": decision.passed,
                "reasons": list(decision.reasons),
            },
        ).scalar_one()
        if not decision.passed:
            record(
                conn,
                "screening_refused",
                "person",
                request.person_id,
                operator.id,
                **ids,
                reasons=decision.reasons,
            )
            return None, ScreeningFailed(decision.reasons, screening_id, request.person_id)
        walk_in = not invited_here
        over = attended >= rules_row.capacity
        at = now + timedelta(microseconds=1)
        attendance_id = conn.execute(
            sql.INSERT_ATTENDANCE,
            {
                "session_id": request.session_id,
                "person_id": request.person_id,
                "at": at,
                "operator_id": operator.id,
                "walk_in": walk_in,
                "screening_id": screening_id,
                "override_reason": override if over else None,
            },
        ).scalar_one()
        if over:
            record(
                conn,
                "override",
                "session",
                request.session_id,
                operator.id,
                person_id=request.person_id,
                reason=override,
                seats=rules_row.capacity,
            )
        record(
            conn,
            "checkin",
            "attendance",
            attendance_id,
            operator.id,
            session_id=request.session_id,
            nik=mask_nik(facts.nik),
            walk_in=walk_in,
            **({"invited_elsewhere": elsewhere} if elsewhere is not None else {}),
        )
        result = AdmitResult(
            attendance_id=attendance_id,
            person_id=request.person_id,
            name=facts.name,
            organization=facts.org,
            walk_in=walk_in,
            attended=attended + 1,
            capacity=rules_row.capacity,
            at=at,
            override=over,
            invited_elsewhere=elsewhere,
        )
        return result, None

    def undo(self, session_id: int, person_id: int, reason: str, operator: OperatorInfo) -> Seats:
        """Take back an admission: the row stays (undone, with who and why) and the seat is free."""
        reason = clean_name(reason)
        if not reason:
            raise InvalidField("undo_reason", "required")
        with self._db.transaction() as s:
            s.execute(
                update(Session).where(Session.id == session_id).values(seat_version=Session.seat_version + 1)
            )
            attendance = s.scalar(active_attendance(session_id, person_id))
            if attendance is None:
                person = s.get(Person, person_id)
                raise NotCheckedIn(person.name if person else str(person_id))
            attendance.undone_at = datetime.now(UTC)
            attendance.undone_by = operator.id
            attendance.undo_reason = reason
            record(s, "undo", "attendance", attendance.id, operator.id, session_id=session_id, reason=reason)
            capacity = s.scalar(select(Session.capacity).where(Session.id == session_id))
            s.flush()
            return Seats(capacity, _attended(s, session_id))

    def recent(self, session_id: int, limit: int = 20) -> list[RecentCheckin]:
        """The latest admissions of the session, newest first (undone ones included, marked)."""
        with self._db.session() as s:
            rows = s.execute(
                select(Attendance, Person.name, Organization.name, Operator.name, Screening.temperature)
                .join(Person, Person.id == Attendance.person_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .outerjoin(Operator, Operator.id == Attendance.operator_id)
                .outerjoin(Screening, Screening.id == Attendance.screening_id)
                .where(Attendance.session_id == session_id)
                .order_by(Attendance.at.desc(), Attendance.id.desc())
                .limit(limit)
            ).all()
            return [
                RecentCheckin(
                    attendance_id=a.id,
                    person_id=a.person_id,
                    name=name,
                    organization=org,
                    at=a.at,
                    operator=op,
                    walk_in=a.walk_in,
                    temperature=temp,
                    undone=a.undone_at is not None,
                )
                for a, name, org, op, temp in rows
            ]
