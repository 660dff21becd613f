"""`hadir demo`: a realistic registry, one event in batches of 30, most people checked in.

It writes with bulk inserts in one transaction, so 100,000 people take seconds, not minutes.
"""

from __future__ import annotations

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
from desktop_app.storage.write_lock import write_transaction

BATCH_SIZE = 30
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


class _Maker:
    """Draws people, organisations and check-ins from one seeded random source."""

    def __init__(self, rng: random.Random, district: District, taken_niks: set[str], taken_orgs: set[str]):
        self.rng = rng
        self.district = district
        self.niks = taken_niks
        self.org_keys = taken_orgs
        self.phones: set[str] = set()
        female = [s for s in words.SURNAMES if s in words.FEMALE_SURNAMES]
        self.surnames = {"P": female, "L": [s for s in words.SURNAMES if s not in words.FEMALE_SURNAMES]}

    def name(self, sex: str) -> str:
        rng = self.rng
        first = rng.choice(words.FEMALE_NAMES if sex == "P" else words.MALE_NAMES)
        parts = [first, rng.choice(self.surnames[sex])]
        if rng.random() < 0.25:
            parts.insert(1, rng.choice(words.FEMALE_NAMES if sex == "P" else words.MALE_NAMES))
        name = " ".join(dict.fromkeys(parts))
        roll = rng.random()
        if roll < 0.05:
            name = f"{rng.choice(words.TITLES_BEFORE[1:2] if sex == 'P' else words.TITLES_BEFORE[:1])} {name}"
        elif roll < 0.12:
            name = f"{name}, {rng.choice(words.TITLES_AFTER)}"
        return name

    def nik(self, sex: str) -> tuple[str, str | None]:
        rng = self.rng
        while True:
            if rng.random() < 0.9:
                region, kec_code = self.district.code, rng.choice(sorted(self.district.kecamatan))
            else:
                region, kec_code = rng.choice(sorted(self.district.neighbours)), f"{rng.randint(1, 9):02d}"
            born = date(rng.randint(1960, 2002), rng.randint(1, 12), rng.randint(1, 28))
            day = born.day + (40 if sex == "P" else 0)
            value = f"{region}{kec_code}{day:02d}{born:%m%y}{rng.randint(1, 9999):04d}"
            if value not in self.niks:
                self.niks.add(value)
                kecamatan = self.district.kecamatan.get(kec_code) if region == self.district.code else None
                return value, kecamatan

    def phone(self) -> str:
        while True:
            digits = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice((7, 8, 8, 9))))
            value = f"+62{self.rng.choice(words.MOBILE_PREFIXES)}{digits}"
            if value not in self.phones:
                self.phones.add(value)
                return value

    def organization(self, kecamatan: str | None) -> dict[str, object]:
        rng = self.rng
        kind = "koperasi" if rng.random() < 0.25 else "umkm"
        for attempt in range(50):
            if kind == "koperasi":
                name = f"{rng.choice(words.KOPERASI_FORMS)} {rng.choice(words.NICE_WORDS)}"
            else:
                name = f"{rng.choice(words.UMKM_FORMS)} {rng.choice(words.UMKM_PRODUCTS)} {rng.choice(words.NICE_WORDS)}"
            if attempt > 5:
                name = f"{name} {rng.choice(words.DESA)}" + (f" {attempt}" if attempt > 20 else "")
            key = " ".join(name.casefold().split())
            if key not in self.org_keys:
                self.org_keys.add(key)
                break
        return {
            "name": name,
            "name_key": key,
            "kind": kind,
            "kecamatan": kecamatan,
            "desa": rng.choice(words.DESA),
            "workers": rng.choice((1, 2, 3, 4, 5, 8, 12, 20, 35)),
        }


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

    An operator running it must be an admin (NotAllowed otherwise): a big demo holds the write
    lock for long and fills the registry with invented people. Without one it is a test or the
    benchmark harness.
    """
    if operator_id is not None:
        require_admin(db, operator_id, "generate demo data")
    if people < 1:
        from desktop_app.core.errors import InvalidField

        raise InvalidField("people", "out_of_range", ">= 1")
    rng = random.Random(seed)
    zone = ZoneInfo("Asia/Jakarta")
    with write_transaction(db) as s:
        taken_niks = set(s.scalars(select(Person.nik).where(Person.nik.is_not(None))))
        taken_orgs = set(s.scalars(select(Organization.name_key)))
        maker = _Maker(rng, district, taken_niks, taken_orgs)
        maker.phones = set(s.scalars(select(Person.phone).where(Person.phone.is_not(None))))
        next_person = (s.scalar(select(func.max(Person.id))) or 0) + 1
        next_org = (s.scalar(select(func.max(Organization.id))) or 0) + 1

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

        orgs: list[dict[str, object]] = []
        persons: list[dict[str, object]] = []
        org_id = None
        members_left = 0
        for i in range(people):
            sex = "P" if rng.random() < 0.48 else "L"
            nik, kecamatan = maker.nik(sex)
            if members_left == 0:
                org = maker.organization(kecamatan or rng.choice(list(district.kecamatan.values())))
                org["id"] = org_id = next_org + len(orgs)
                orgs.append(org)
                members_left = rng.choice((1, 1, 1, 2, 2, 3))
                kind = org["kind"]
            members_left -= 1
            positions = words.POSITIONS_KOPERASI if kind == "koperasi" else words.POSITIONS_UMKM
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
                    "organization_id": org_id,
                    "position": rng.choice(positions),
                }
            )
            if progress and i % 5000 == 0:
                progress(i, people)
        conn = s.connection()  # Core executemany: several times faster than the ORM's bulk path
        conn.execute(insert(Organization.__table__), orgs)
        with bulk_people(conn, next_person):
            conn.execute(insert(Person.__table__), persons)
        advance_ids(conn, "organization")  # rows written with their ids: the next ones follow them
        advance_ids(conn, "person")

        invitations, screenings, attendances = [], [], []
        next_screening = (s.scalar(select(func.max(Screening.id))) or 0) + 1
        codes = taken_codes(conn)
        for index, person in enumerate(persons):
            session_index = index // BATCH_SIZE
            session_id = session_ids[session_index]
            slot = sessions[session_index]
            code = new_invitation_code(rng)
            while code in codes:
                code = new_invitation_code(rng)
            codes.add(code)
            invitations.append({"session_id": session_id, "person_id": person["id"], "code": code})
            roll = rng.random()
            if roll >= 0.92:
                continue  # no-show
            start = datetime.combine(slot["date"], slot["start_time"], zone).astimezone(UTC)
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
                    "operator_id": operator_id,
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
                        "operator_id": operator_id,
                        "screening_id": screening_id,
                    }
                )
        conn.execute(insert(Invitation.__table__), invitations)
        conn.execute(insert(Screening.__table__), screenings)
        advance_ids(conn, "screening")
        conn.execute(insert(Attendance.__table__), attendances)
        record(s, "demo", "event", event.id, operator_id, people=people, sessions=n_sessions)
        if progress:
            progress(people, people)
        return DemoResult(event.id, people, n_sessions, len(attendances))


def _birth_date(nik: str) -> date:
    day, month, yy = int(nik[6:8]) % 40, int(nik[8:10]), int(nik[10:12])
    return date((2000 if yy <= 5 else 1900) + yy, month, day)
