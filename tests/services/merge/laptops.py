"""Two field laptops made from one office database, as the office does before a busy week."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy import select, text, update

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Base, Person

ROSTER = [
    ("Sri Wahyuni", "3311014101900001", "081200000011", "Batik Sekar Arum"),
    ("Budi Santoso", "3311010202850002", "081200000012", "Koperasi Maju Bersama"),
    ("Citra Lestari", "3311084303880003", "081200000013", "Keripik Tempe Bu Citra"),
    ("Dodi Prasetyo", "3372010505800004", "081200000014", "Bengkel Las Dodi"),
    ("Eko Wibowo", "3311020606790005", "081200000015", "Warung Eko"),
    ("Fitri Handayani", "3311034707910006", "081200000016", "Jamu Fitri"),
]


def open_services(path: Path) -> Services:
    """Services over the database file at `path`."""
    return Services(open_database(path, path.parent / "backups"))


def digest(path: Path) -> str:
    """The file's SHA-256 (to prove a file was not modified)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path, skip: tuple[str, ...] = ("audit_entry",)) -> dict[str, list[tuple]]:
    """Every row of every table except `skip`, sorted (to compare two states of a database)."""
    svc = open_services(path)
    try:
        with svc.db.engine.connect() as conn:
            tables = [
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
                if r[0] not in skip and not r[0].startswith("person_search")
            ]
            return {t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}"))), key=repr) for t in tables}
    finally:
        svc.close()


def rows_of(services: Services, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table of Hadir's (either engine) except `skip`, sorted."""
    with services.db.engine.connect() as conn:
        return {
            t.name: sorted(map(tuple, conn.execute(select(t))), key=repr)
            for t in Base.metadata.sorted_tables
            if t.name not in skip
        }


def fresh_database(path: Path, people: list[WalkInDraft], capacity: int = 30) -> tuple[int, int, list[int]]:
    """A database made on its own (not a copy): one event, batch 1, `people` created and admitted."""
    svc = open_services(path)
    admin = svc.operators.local_admin()
    event_id = svc.events.add_event(EventDraft("Sosialisasi", "Disdagkop UKM"), admin.id)
    session_id = svc.events.add_session(
        SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula", capacity), admin.id
    )
    with svc.db.transaction() as s:
        ids = [svc.people.create_person(s, draft, admin.id).id for draft in people]
    for person in ids:
        admit(svc, session_id, person)
    svc.close()
    return event_id, session_id, ids


@dataclass
class Office:
    """The office database and what was set up in it."""

    path: Path
    event_id: int
    small: int  # session id, capacity 3
    large: int  # session id, capacity 30
    people: dict[str, int]


def make_office(folder: Path) -> Office:
    """An event with two batches and six people invited to the first from one imported roster (csv)."""
    path = folder / "office.db"
    svc = open_services(path)
    admin = svc.operators.local_admin()
    event_id = svc.events.add_event(EventDraft("Sosialisasi BPJS Ketenagakerjaan", "Disdagkop UKM"), admin.id)
    small = svc.events.add_session(
        SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula Kecamatan Weru", 3), admin.id
    )
    large = svc.events.add_session(
        SessionDraft(event_id, date(2021, 2, 17), time(9), time(12), "Aula Kecamatan Bulu", 30), admin.id
    )
    roster = folder / "undangan.csv"  # the roster the office received, imported once
    lines = ["Nama,NIK,No. HP,Lembaga/Usaha"] + [",".join(row) for row in ROSTER]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = svc.roster.run(roster, [small], admin)
    assert (summary.imported, summary.rejected) == (len(ROSTER), 0)
    people = {name: person_id(svc, nik) for name, nik, *_ in ROSTER}
    svc.close()
    return Office(path, event_id, small, large, people)


def copy_to(source: Path, target: Path) -> Path:
    """A laptop's database: a copy of the office's file."""
    return backup_file(source, target)


def admit(svc: Services, session_id: int, person_id: int, override: str | None = None) -> None:
    """Check a person in as the desk does."""
    svc.checkin.admit(
        AdmitRequest(session_id, person_id, ScreeningAnswers(36.5), override_reason=override),
        svc.operators.local_admin(),
    )


def codes_of(svc: Services, session_id: int) -> dict[str, str]:
    """Issue the batch's certificates; name -> the text of each QR code printed."""
    issued, _ = svc.certificates.issue(session_id, None, svc.operators.local_admin().id)
    pages = svc.certificates.pages(issued, svc.certificates.template())
    return {page.name: page.code for page in pages}


def set_phone(svc: Services, person_id: int, phone: str) -> None:
    """Correct a phone number on one laptop only."""
    with svc.db.transaction() as s:
        s.execute(update(Person).where(Person.id == person_id).values(phone=phone))


def edit_session(svc: Services, session_id: int, **changes: object) -> None:
    """Edit a batch on one laptop only (the venue moved, more chairs came)."""
    info = svc.events.get_session(session_id)
    fields = {name: getattr(info, name) for name in SessionDraft.__dataclass_fields__}
    svc.events.update_session(session_id, SessionDraft(**(fields | changes)), svc.operators.local_admin().id)


def rename_event(svc: Services, event_id: int, title: str) -> None:
    """Correct an event's title on one laptop only."""
    event = svc.events.get_event(event_id)
    draft = EventDraft(title, event.organizer, event.partner, event.description)
    svc.events.update_event(event_id, draft, svc.operators.local_admin().id)


def person_id(svc: Services, nik: str) -> int:
    """The id of the person with this NIK."""
    with svc.db.session() as s:
        found = s.scalar(select(Person.id).where(Person.nik == nik))
        assert found is not None
        return found
