"""Smaller rules of a merge: laptops that were never copies, deciding a conflict, keys, people without NIK."""

from __future__ import annotations

from pathlib import Path

import pytest
from laptops import codes_of, copy_to, fresh_database, open_services
from sqlalchemy import select, update

from desktop_app.core.errors import InvalidField, InvalidInput
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import AuditEntry, Organization, Person, Session


def test_a_laptop_that_was_never_a_copy_brings_its_own_event_and_matches_people_by_phone_and_name(
    tmp_path: Path,
) -> None:
    office, laptop = tmp_path / "office.db", tmp_path / "laptop.db"
    fresh_database(
        office, [WalkInDraft(name="Sri Wahyuni", phone="081200000011", organization="Batik Sekar")]
    )
    fresh_database(
        laptop,
        [
            WalkInDraft(name="SRI  wahyuni", phone="0812-0000-0011", organization="Jamu Sari"),
            WalkInDraft(name="Budi Santoso", phone="081200000011"),  # the same phone, another name
        ],
    )
    svc = open_services(office)
    try:
        report = svc.merge.merge(laptop, svc.operators.local_admin())
        assert (report.events, report.sessions_new, report.sessions_matched) == (1, 1, 0)
        assert (report.people_new, report.people_matched, report.attendance_new) == (1, 1, 2)
        [conflict] = [c for c in report.conflicts if c.kind == "person_field"]
        assert (conflict.details["field"], conflict.office, conflict.incoming) == (
            "organization_id",
            "Batik Sekar",
            "Jamu Sari",
        )
        svc.merge.use_incoming(conflict, svc.operators.local_admin())
        with svc.db.session() as s:
            org = s.scalar(
                select(Organization.name)
                .join(Person, Person.organization_id == Organization.id)
                .where(Person.name == "Sri Wahyuni")
            )
            assert org == "Jamu Sari"
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()[-1]
            assert entry.details["source"] == "merge"
            assert sorted(s.scalars(select(Session.batch))) == [1, 1]  # two events, batch 1 each
    finally:
        svc.close()


def test_a_nik_taken_meanwhile_is_refused_when_chosen(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    fresh_database(office, [WalkInDraft(name="Sri Wahyuni", nik="3311014101900001")])
    laptop = copy_to(office, tmp_path / "laptop.db")
    svc = open_services(laptop)
    with svc.db.transaction() as s:
        s.execute(Person.__table__.update().values(nik="3311014101900002"))
    svc.close()
    svc = open_services(office)
    try:
        report = svc.merge.merge(laptop, svc.operators.local_admin())
        [conflict] = report.conflicts
        assert (conflict.office, conflict.incoming) == ("3311********0001", "3311********0002")
        with svc.db.transaction() as s:
            svc.people.create_person(s, WalkInDraft(name="Orang Lain", nik="3311014101900002"), None)
        with pytest.raises(InvalidInput):
            svc.merge.use_incoming(conflict, svc.operators.local_admin())
    finally:
        svc.close()


def test_an_office_that_never_signed_a_certificate_takes_the_laptops_key(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    _event, session_id, _ = fresh_database(office, [WalkInDraft(name="Sri Wahyuni", nik="3311014101900001")])
    laptop = copy_to(office, tmp_path / "laptop.db")
    svc = open_services(laptop)
    codes = codes_of(svc, session_id)
    svc.close()
    svc = open_services(office)
    try:
        assert not svc.certificates.verify(codes["Sri Wahyuni"]).valid
        report = svc.merge.merge(laptop, svc.operators.local_admin())
        assert report.certificates_new == 1 and report.conflicts == ()
        assert svc.certificates.verify(codes["Sri Wahyuni"]).valid
        # The office signs its next certificates with that key too: the same code comes out.
        assert codes_of(svc, session_id) == codes
    finally:
        svc.close()


def test_a_row_some_writer_left_without_a_uuid_is_merged_once(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office.db", tmp_path / "laptop.db"
    fresh_database(office, [])
    fresh_database(laptop, [])
    svc = open_services(laptop)
    with svc.db.engine.begin() as conn:  # as a raw bulk insert that knows nothing of uuids would
        conn.exec_driver_sql(
            "INSERT INTO person (nik, name, created_at, updated_at) VALUES ('3311014101900001', 'Sri', "
            "'2021-02-01T01:00:00.000000+00:00', '2021-02-01T01:00:00.000000+00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO person (name, created_at, updated_at) VALUES ('Tanpa NIK', "
            "'2021-02-01T01:00:00.000000+00:00', '2021-02-01T01:00:00.000000+00:00')"
        )
    svc.close()
    svc = open_services(office)
    try:
        first = svc.merge.merge(laptop, svc.operators.local_admin())
        again = svc.merge.merge(laptop, svc.operators.local_admin())
        assert (first.people_new, again.people_new, again.people_matched) == (2, 0, 2)
    finally:
        svc.close()


def test_a_laptops_capacity_below_those_admitted_is_refused_when_chosen(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    _event, session_id, _ = fresh_database(
        office,
        [
            WalkInDraft(name="Sri Wahyuni", nik="3311014101900001"),
            WalkInDraft(name="Budi", nik="3311010202850002"),
        ],
    )
    laptop = copy_to(office, tmp_path / "laptop.db")
    svc = open_services(laptop)
    with svc.db.transaction() as s:  # an older laptop that let a batch shrink below its admissions
        s.execute(update(Session).values(capacity=1))
    svc.close()
    svc = open_services(office)
    try:
        report = svc.merge.merge(laptop, svc.operators.local_admin())
        [conflict] = report.conflicts
        assert (conflict.kind, conflict.details["field"], conflict.office, conflict.incoming) == (
            "session_field",
            "capacity",
            "30",
            "1",
        )
        with pytest.raises(InvalidField):
            svc.merge.use_incoming(conflict, svc.operators.local_admin())
        assert svc.events.get_session(session_id).capacity == 30
    finally:
        svc.close()
