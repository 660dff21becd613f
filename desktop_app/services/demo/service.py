"""`hadir demo`: a realistic registry, one event in batches of 30, most people checked in.

It writes with bulk inserts, so 100,000 people take seconds, not minutes, in short transactions
of `SESSIONS_PER_WRITE` batches each (the desk's check-ins go on between them) noted in the undo
journal: a failed demo is taken back whole (storage/write_journal.py).
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from desktop_app.core.codes import new_invitation_code
from desktop_app.core.region import District
from desktop_app.services.audit import record
from desktop_app.services.demo import _data as words
from desktop_app.services.demo._maker import Maker
from desktop_app.services.gc_pause import cycle_collector_paused
from desktop_app.services.invitations.invite import taken_codes
from desktop_app.services.roles import require_admin
from desktop_app.storage.bulk import advance_ids
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Attendance,
    Event,
    Invitation,
    Organization,
    Person,
    Screening,
    Session,
)
from desktop_app.storage.search_index import bulk_people
from desktop_app.storage.write_journal import WriteJournal, ensure_room, undo_abandoned

log = logging.getLogger(__name__)

BATCH_SIZE = 30
SESSIONS_PER_WRITE = 60  # 1,800 people a transaction
SLOTS = ((time(8, 30), time(11, 30)), (time(13, 0), time(16, 0)))
FIRST_DAY = date(2021, 2, 15)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoResult:
    """What `hadir demo` made."""

    event_id: int
    people: int
    sessions: int
    admitted: int


def _session_slots(count: int) -> list[tuple[date, time, time]]:
    """Two sessions a working day from FIRST_DAY on."""
    slots: list[tuple[date, time, time]] = []
    day = FIRST_DAY
    while len(slots) < count:
        if day.weekday() < 5:
            slots += [(day, start, end) for start, end in SLOTS]
        day += timedelta(days=1)
    return slots[:count]


@cycle_collector_paused()
def generate_demo(
    db: Database,
    district: District,
    people: int = 300,
    seed: int = 2021,
    operator_id: int | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Add `people` people, their organisations and one event in batches of 30, ~90 % admitted.

    An operator running it must be an admin (NotAllowed otherwise): a demo fills the
    registry with invented people. Without one it is a test or the
    benchmark harness.
    """
    if operator_id is not None:
        require_admin(db, operator_id, "generate demo data")
    if people < 1:
        from desktop_app.core.errors import InvalidField

        raise InvalidField("people", "out_of_range", ">= 1")
    rng = random.Random(seed)
    undo_abandoned(db)
    ensure_room(db, people * 3)  # a person, an invitation, a screening and a check-in each
    journal = WriteJournal.start(db, "demo")
    try:
        result = _write_demo(db, journal, district, people, rng, operator_id, progress)
    except BaseException:
        try:
            journal.undo()
        except Exception as undo_error:  # e.g. the disk is full: the next open takes it back
            log.warning("the failed demo is taken back at the next open: %s", type(undo_error).__name__)
        raise
    journal.clear()
    return result


def _write_demo(
    db: Database,
    journal: WriteJournal,
    district: District,
    people: int,
    rng: random.Random,
    operator_id: int | None,
    progress: Progress | None,
) -> DemoResult:
    with journal.batch() as s:
        maker = Maker(
            rng,
            district,
            set(s.scalars(select(Person.nik).where(Person.nik.is_not(None)))),
            set(s.scalars(select(Organization.name_key))),
        )
        maker.phones = set(s.scalars(select(Person.phone).where(Person.phone.is_not(None))))
        codes = taken_codes(s.connection())
        event = Event(title=words.EVENT_TITLE, organizer=words.EVENT_ORGANIZER, partner=words.EVENT_PARTNER)
        s.add(event)
        s.flush()
        n_sessions = math.ceil(people / BATCH_SIZE)
        sessions = []
        for batch, (day, start, end) in enumerate(_session_slots(n_sessions), start=1):
            sessions.append(
                {
                    "event_id": event.id,
                    "batch": batch,
                    "date": day,
                    "start_time": start,
                    "end_time": end,
                    "venue": words.VENUES[(batch - 1) % len(words.VENUES)],
                    "capacity": BATCH_SIZE,
                    "max_temp": 37.3,
                }
            )
        session_ids = list(
            s.scalars(insert(Session).returning(Session.id, sort_by_parameter_order=True), sessions)
        )
        journal.added(s.connection(), "event", [event.id])
        journal.added(s.connection(), "session", session_ids)
    writer = _DemoWriter(maker, district, journal, operator_id, codes)
    admitted = 0
    step = SESSIONS_PER_WRITE * BATCH_SIZE
    for first in range(0, people, step):
        count = min(step, people - first)
        with journal.batch(durable=False) as s:  # durable: the last, below
            admitted += writer.write(s.connection(), first, count, sessions, session_ids)
        if progress:
            progress(first + count, people)
    with journal.batch() as s:
        record(s, "demo", "event", event.id, operator_id, people=people, sessions=n_sessions)
        journal.finish(s.connection())
    return DemoResult(event.id, people, n_sessions, admitted)


class _DemoWriter:
    """Writes the demo's people batch by batch, each a short transaction noted in the journal."""

    def __init__(self, maker: Maker, district: District, journal: WriteJournal, operator_id, codes):  # type: ignore[no-untyped-def]
        self.maker = maker
        self.district = district
        self.journal = journal
        self.operator_id = operator_id
        self.codes = codes
        self.zone = ZoneInfo("Asia/Jakarta")
        self.org_id: int | None = None
        self.kind = "umkm"
        self.members_left = 0

    def write(self, conn, first: int, count: int, sessions: list[dict], session_ids: list[int]) -> int:  # type: ignore[no-untyped-def]
        """People `first` to `first + count` of the demo, with their invitations and check-ins."""
        rng, maker, district = self.maker.rng, self.maker, self.district
        next_person = (conn.scalar(select(func.max(Person.id))) or 0) + 1
        next_org = (conn.scalar(select(func.max(Organization.id))) or 0) + 1
        orgs: list[dict[str, object]] = []
        persons: list[dict[str, object]] = []
        for i in range(count):
            sex = "P" if rng.random() < 0.48 else "L"
            nik, kecamatan = maker.nik(sex)
            if self.members_left == 0:
                org = maker.organization(kecamatan or rng.choice(list(district.kecamatan.values())))
                org["id"] = self.org_id = next_org + len(orgs)
                orgs.append(org)
                self.members_left = rng.choice((1, 1, 1, 2, 2, 3))
                self.kind = str(org["kind"])
            self.members_left -= 1
            positions = words.POSITIONS_KOPERASI if self.kind == "koperasi" else words.POSITIONS_UMKM
            desa = rng.choice(words.DESA)
            persons.append(
                {
                    "id": next_person + i,
                    "nik": nik,
                    "name": maker.name(sex),
                    "sex": sex,
                    "birth_date": _birth_date(nik),
                    "phone": maker.phone() if rng.random() < 0.97 else None,
                    "address": f"RT {rng.randint(1, 9):02d}/RW {rng.randint(1, 12):02d}, {desa}",
                    "desa": desa,
                    "kecamatan": kecamatan,
                    "organization_id": self.org_id,
                    "position": rng.choice(positions),
                }
            )
        # Core executemany: several times faster than the ORM's bulk path
        if orgs:
            conn.execute(insert(Organization.__table__), orgs)
        with bulk_people(conn, next_person):
            conn.execute(insert(Person.__table__), persons)
        advance_ids(conn, "organization")  # rows written with their ids: the next ones follow them
        advance_ids(conn, "person")
        self.journal.added(conn, "organization", [o["id"] for o in orgs])
        self.journal.added(conn, "person", [p["id"] for p in persons])

        invitations, screenings, attendances = [], [], []
        next_screening = (conn.scalar(select(func.max(Screening.id))) or 0) + 1
        for index, person in enumerate(persons, start=first):
            session_index = index // BATCH_SIZE
            session_id = session_ids[session_index]
            slot = sessions[session_index]
            code = new_invitation_code(rng)
            while code in self.codes:
                code = new_invitation_code(rng)
            self.codes.add(code)
            invitations.append({"session_id": session_id, "person_id": person["id"], "code": code})
            roll = rng.random()
            if roll >= 0.92:
                continue  # no-show
            start = datetime.combine(slot["date"], slot["start_time"], self.zone).astimezone(UTC)
            at = start + timedelta(minutes=rng.randint(-25, 20), seconds=rng.randint(0, 59))
            fever = roll >= 0.905
            temp = round(rng.uniform(37.5, 38.4) if fever else rng.uniform(35.9, 37.1), 1)
            screening_id = next_screening + len(screenings)
            screenings.append(
                {
                    "id": screening_id,
                    "session_id": session_id,
                    "person_id": person["id"],
                    "at": at,
                    "operator_id": self.operator_id,
                    "temperature": temp,
                    "mask": True,
                    "symptoms": [],
                    "passed": not fever,
                    "reasons": ["fever"] if fever else [],
                }
            )
            if not fever:
                attendances.append(
                    {
                        "session_id": session_id,
                        "person_id": person["id"],
                        "at": at + timedelta(seconds=20),
                        "operator_id": self.operator_id,
                        "screening_id": screening_id,
                    }
                )
        batch_sessions = sorted({i["session_id"] for i in invitations})
        before = {model: conn.scalar(select(func.max(model.id))) or 0 for model in (Invitation, Attendance)}
        conn.execute(insert(Invitation.__table__), invitations)
        if screenings:
            conn.execute(insert(Screening.__table__), screenings)
            advance_ids(conn, "screening")
        if attendances:
            conn.execute(insert(Attendance.__table__), attendances)
        self.journal.added(conn, "screening", [r["id"] for r in screenings])
        for model in (Invitation, Attendance):  # their ids come from the database
            ids = conn.scalars(
                select(model.id).where(model.id > before[model], model.session_id.in_(batch_sessions))
            )
            self.journal.added(conn, model.__tablename__, list(ids))
        return len(attendances)


def _birth_date(nik: str) -> date:
    day, month, yy = int(nik[6:8]) % 40, int(nik[8:10]), int(nik[10:12])
    return date((2000 if yy <= 5 else 1900) + yy, month, day)
