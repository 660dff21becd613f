"""The registry behind the *Peserta* page: lists, edits, merges and removals, as the database holds them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import InvalidField, InvalidNik, InvalidPhone
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.registry._merge import MERGE_UNDO_REASON
from desktop_app.services.registry.types import (
    HasCertificates,
    HasMembers,
    OrganizationDraft,
    PersonDraft,
    PersonSort,
    WalkInDraft,
)
from desktop_app.storage.models import (
    Attendance,
    AuditEntry,
    Certificate,
    Invitation,
    Organization,
    Person,
    Screening,
)

OK = ScreeningAnswers(temperature=36.6)


def audit(services, action: str, entity: str = "person") -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == action, AuditEntry.entity == entity)
                .order_by(AuditEntry.id)
            )
        )


def rows(services, model, **where):  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(s.scalars(query.order_by(model.id)))


def draft_of(record, **changes) -> PersonDraft:  # type: ignore[no-untyped-def]
    values = {
        "name": record.name,
        "nik": record.nik,
        "phone": record.phone,
        "sex": record.sex,
        "address": record.address,
        "desa": record.desa,
        "kecamatan": record.kecamatan,
        "organization_id": record.organization_id,
        "position": record.position,
        "kpj": record.kpj,
    }
    return PersonDraft(**(values | changes))


def certificate(services, session_id: int, person_id: int, seq: int, at: datetime) -> None:  # type: ignore[no-untyped-def]
    with services.db.transaction() as s:
        s.add(
            Certificate(
                session_id=session_id,
                person_id=person_id,
                year=2021,
                seq=seq,
                number=f"{seq:03d}/SOS-BPJSTK/II/2021",
                issued_at=at,
            )
        )


# -- lists -----------------------------------------------------------------------------------------


def test_the_list_masks_niks_shows_local_phones_and_counts_attendance(services, admin) -> None:
    generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    listed = services.registry.list_people()
    assert len(listed) == services.registry.count_people() == 60
    assert [p.name.casefold() for p in listed] == sorted(p.name.casefold() for p in listed)
    with services.db.session() as s:
        stored = {p.id: p for p in s.scalars(select(Person))}
        attended = dict(
            s.execute(
                select(Attendance.person_id, func.count())
                .where(Attendance.undone_at.is_(None))
                .group_by(Attendance.person_id)
            ).all()
        )
    for row in listed:
        nik = stored[row.id].nik
        assert row.nik_masked == nik[:4] + "********" + nik[-4:]
        assert nik not in str(row)
        if stored[row.id].phone:
            assert row.phone.startswith("08") and row.phone.count("-") == 2
        assert row.attended == attended.get(row.id, 0)
    assert services.registry.count_people(attended=True) == len(attended)
    assert services.registry.count_people(attended=False) == 60 - len(attended)


def test_search_and_filters_narrow_the_list(services, admin, desk) -> None:
    registry = services.registry
    assert [p.name for p in registry.list_people("wahyu")] == ["Sri Wahyuni"]
    assert [p.name for p in registry.list_people("sekar arum")] == ["Sri Wahyuni"]  # the organisation
    assert [p.name for p in registry.list_people("0812 0000 0013")] == ["Citra Lestari"]  # a phone
    assert [p.name for p in registry.list_people("+62 812-0000-0014")] == ["Dodi Prasetyo"]
    assert [p.name for p in registry.list_people("3372")] == ["Dodi Prasetyo"]  # NIK digits
    assert [p.name for p in registry.list_people("sri wa")] == ["Sri Wahyuni"]  # a short word narrows
    assert registry.list_people("nobody-here") == [] and registry.count_people("nobody-here") == 0
    assert [p.name for p in registry.list_people(kind="koperasi")] == ["Budi Santoso"]
    assert registry.count_people(kind="umkm") == 3
    assert [p.name for p in registry.list_people(kecamatan="mojolaban")] == ["Citra Lestari"]
    assert registry.count_people(attended=True) == 0
    services.checkin.admit(AdmitRequest(desk.session_id, desk.people["Budi Santoso"], OK), admin)
    assert [p.name for p in registry.list_people(attended=True)] == ["Budi Santoso"]
    assert registry.count_people("a", attended=False) == 3
    by_phone = registry.list_people(sort=PersonSort.PHONE, descending=True)
    assert [p.phone for p in by_phone] == sorted((p.phone for p in by_phone), reverse=True)
    assert [p.name for p in registry.list_people(limit=2, offset=1)] == ["Citra Lestari", "Dodi Prasetyo"]
    assert "Laweyan" not in registry.kecamatans() and "Grogol" in registry.kecamatans()


# -- editing ---------------------------------------------------------------------------------------


def test_edit_changes_the_row_and_audits_what_changed_with_the_nik_masked(services, admin, desk) -> None:
    registry = services.registry
    sri = registry.get_person(desk.people["Sri Wahyuni"])
    assert sri.nik == "3311014101900001" and sri.phone == "0812-0000-0011"
    assert [(s.batch, s.invited, s.attended) for s in sri.sessions] == [(1, True, False)]

    draft = draft_of(sri, phone="+62 857-1111-2222", nik="3311094101900001", desa=" Madegondo ")
    saved = registry.update_person(sri.id, draft, admin.id)

    person = rows(services, Person, id=sri.id)[0]
    assert (person.phone, person.nik, person.desa, person.kecamatan) == (
        "+6285711112222",
        "3311094101900001",
        "Madegondo",
        "Weru",  # unchanged: the kecamatan typed stays, even with a NIK from another one
    )
    assert saved.phone == "0857-1111-2222"
    entry = audit(services, "update")[-1]
    assert entry.entity_id == sri.id and entry.operator_id == admin.id
    assert entry.details["changed"] == {
        "phone": ["0812-****-0011", "0857-****-2222"],
        "nik": ["3311********0001", "3311********0001"],
        "desa": [None, "Madegondo"],
    }
    assert "3311094101900001" not in str(entry.details) and "85711112222" not in str(entry.details)
    assert [p.name for p in registry.list_people("0857 1111")] == ["Sri Wahyuni"]  # the index follows


def test_the_audit_of_an_edit_does_not_give_away_the_masked_nik_digits(services, admin, desk) -> None:
    # Birth date, sex and kecamatan are the digits the masked NIK hides (3311********0001).
    registry = services.registry
    sri = registry.get_person(desk.people["Sri Wahyuni"])
    draft = draft_of(sri, nik="3311080512850001", kecamatan="Mojolaban", sex="L")
    registry.update_person(sri.id, draft, admin.id)

    changed = audit(services, "update")[-1].details["changed"]
    assert changed["nik"] == ["3311********0001", "3311********0001"]
    assert changed["birth_date"] == ["***", "***"] and changed["sex"] == ["***", "***"]
    assert changed["kecamatan"] == ["***", "***"]
    text = str(changed)
    for hidden in ("1990", "1985", "05", "Weru", "Mojolaban", "'L'", "'P'"):
        assert hidden not in text


def test_edit_refuses_a_taken_or_broken_nik_and_a_bad_phone(services, admin, desk) -> None:
    registry = services.registry
    sri = registry.get_person(desk.people["Sri Wahyuni"])
    with pytest.raises(InvalidField) as taken:
        registry.update_person(sri.id, draft_of(sri, nik="3311010202850002"), admin.id)
    assert (taken.value.field, taken.value.problem) == ("nik", "taken")
    with pytest.raises(InvalidNik) as short:
        registry.update_person(sri.id, draft_of(sri, nik="331101410190001"), admin.id)
    assert short.value.problem == "length"
    with pytest.raises(InvalidPhone):
        registry.update_person(sri.id, draft_of(sri, phone="0812"), admin.id)
    with pytest.raises(InvalidField):
        registry.update_person(sri.id, draft_of(sri, name="   "), admin.id)
    assert rows(services, Person, id=sri.id)[0].nik == "3311014101900001"
    assert audit(services, "update") == []


def test_edit_moves_a_person_to_a_new_organisation(services, admin, desk) -> None:
    sri = services.registry.get_person(desk.people["Sri Wahyuni"])
    draft = draft_of(
        sri, organization_id=None, organization="Koperasi Wanita Sejahtera", organization_kind="koperasi"
    )
    saved = services.registry.update_person(sri.id, draft, admin.id)
    assert (saved.organization, saved.organization_kind) == ("Koperasi Wanita Sejahtera", "koperasi")
    assert [p.name for p in services.registry.list_people("wanita sejahtera")] == ["Sri Wahyuni"]


# -- merging ---------------------------------------------------------------------------------------


def test_merge_moves_history_keeps_the_earlier_checkin_and_fills_blanks(
    services, admin, desk, make_session
) -> None:
    registry = services.registry
    sri = desk.people["Sri Wahyuni"]
    with services.db.transaction() as s:
        twin = services.people.create_person(
            s, WalkInDraft(name="Sri Wahyuni", phone="0857 2222 3333", position="Ketua"), admin.id
        ).id
    _, other_session = make_session(capacity=10)
    with services.db.transaction() as s:
        s.add(Invitation(session_id=desk.session_id, person_id=twin, code="HDR-TWIN-0001"))
        s.add(Invitation(session_id=other_session, person_id=twin, code="HDR-TWIN-0002"))
    first = services.checkin.admit(AdmitRequest(desk.session_id, sri, OK), admin)
    second = services.checkin.admit(AdmitRequest(desk.session_id, twin, OK), admin)
    services.checkin.admit(AdmitRequest(other_session, twin, OK), admin)
    base = datetime(2021, 2, 16, 3, tzinfo=UTC)
    certificate(services, desk.session_id, sri, 1, base)
    certificate(services, desk.session_id, twin, 2, base + timedelta(minutes=5))

    result = registry.merge_people(sri, twin, admin.id)

    assert rows(services, Person, id=twin) == []
    kept = rows(services, Person, id=sri)[0]
    assert kept.nik == "3311014101900001" and kept.phone == "+6281200000011"  # not overwritten
    assert kept.position == "Ketua"  # a blank filled from the other record
    assert "position" in result.filled and "phone" not in result.filled
    assert {(i.session_id, i.code) for i in rows(services, Invitation, person_id=sri)} == {
        (desk.session_id, desk.codes["Sri Wahyuni"]),
        (other_session, "HDR-TWIN-0002"),
    }
    attendances = rows(services, Attendance, person_id=sri)
    active = [(a.session_id, a.id) for a in attendances if a.undone_at is None]
    assert sorted(active) == sorted([(desk.session_id, first.attendance_id), (other_session, active[-1][1])])
    undone = [a for a in attendances if a.undone_at is not None]
    assert [(a.id, a.undo_reason, a.undone_by) for a in undone] == [
        (second.attendance_id, MERGE_UNDO_REASON, admin.id)
    ]
    assert len(rows(services, Screening, person_id=sri)) == 3
    assert [c.number for c in rows(services, Certificate, person_id=sri)] == ["001/SOS-BPJSTK/II/2021"]
    assert result.removed_certificates == ("002/SOS-BPJSTK/II/2021",)
    assert (result.undone_attendances, result.removed_invitations) == (1, 1)
    entry = audit(services, "merge")[-1]
    assert entry.entity_id == sri and entry.details["dropped_id"] == twin
    assert entry.details["nik"] == "3311********0001"
    assert entry.details["moved"] == {"invitation": 1, "screening": 2, "attendance": 2, "certificate": 0}
    assert "3311014101900001" not in str(entry.details)
    assert [p.name for p in registry.list_people("wahyuni")] == ["Sri Wahyuni"]
    assert registry.list_people("wahyuni")[0].attended == 2


def test_a_card_printed_for_the_dropped_record_still_opens_the_door(services, admin, desk) -> None:
    sri, session = desk.people["Sri Wahyuni"], desk.session_id
    twins = []
    with services.db.transaction() as s:
        for n, code in enumerate(("HDR-7KQ2-M9XD", "HDR-8PXT-4RWA")):
            twin = services.people.create_person(s, WalkInDraft(name=f"Sri W. {n}"), admin.id).id
            s.add(Invitation(session_id=session, person_id=twin, code=code))
            twins.append(twin)
    services.registry.merge_people(twins[1], twins[0], admin.id)  # a chain: 7KQ2 now names twins[1]
    result = services.registry.merge_people(sri, twins[1], admin.id)

    assert result.removed_invitations == 1
    assert [i.code for i in rows(services, Invitation, session_id=session, person_id=sri)] == [
        desk.codes["Sri Wahyuni"]
    ]
    for printed in (desk.codes["Sri Wahyuni"], "HDR-7KQ2-M9XD", "hdr 8pxt 4rwa"):
        assert services.checkin.find(session, code=printed) == sri
        assert [h.person_id for h in services.checkin.search(session, printed)] == [sri]
    assert audit(services, "merge")[-1].details["codes_kept_as_aliases"] == ["HDR-8PXT-4RWA"]
    assert audit(services, "merge")[0].details["codes_kept_as_aliases"] == ["HDR-7KQ2-M9XD"]
    services.registry.delete_person(sri, "test", admin.id)  # the aliases go with the invitation
    for printed in ("HDR-7KQ2-M9XD", "HDR-8PXT-4RWA"):
        assert services.checkin.search(session, printed) == []


def test_merge_gives_the_kept_record_the_other_ones_nik(services, admin, desk) -> None:
    with services.db.transaction() as s:
        twin = services.people.create_person(s, WalkInDraft(name="Sri W."), admin.id).id
    services.registry.merge_people(twin, desk.people["Sri Wahyuni"], admin.id)
    kept = rows(services, Person, id=twin)[0]
    assert (kept.nik, kept.sex, kept.phone) == ("3311014101900001", "P", "+6281200000011")
    assert rows(services, Invitation, person_id=twin)[0].code == desk.codes["Sri Wahyuni"]


def test_merge_refuses_one_record_with_itself_and_changes_nothing(services, admin, desk) -> None:
    sri = desk.people["Sri Wahyuni"]
    with pytest.raises(InvalidField):
        services.registry.merge_people(sri, sri, admin.id)
    assert services.registry.count_people() == 4 and audit(services, "merge") == []


# -- removing --------------------------------------------------------------------------------------


def test_delete_asks_a_reason_and_is_audited_with_the_nik_masked(services, admin, desk) -> None:
    budi = desk.people["Budi Santoso"]
    services.checkin.admit(AdmitRequest(desk.session_id, budi, OK), admin)
    with pytest.raises(InvalidField) as no_reason:
        services.registry.delete_person(budi, "  ", admin.id)
    assert no_reason.value.field == "reason"

    services.registry.delete_person(budi, "Asked to be removed (UU PDP)", admin.id)

    assert rows(services, Person, id=budi) == []
    assert rows(services, Invitation, person_id=budi) == rows(services, Attendance, person_id=budi) == []
    entry = audit(services, "delete")[-1]
    assert entry.entity_id == budi and entry.operator_id == admin.id
    assert entry.details["nik"] == "3311********0002" and entry.details["reason"].startswith("Asked")
    assert entry.details["removed"] == {"invitation": 1, "screening": 1, "attendance": 1}
    assert "3311010202850002" not in str(entry.details)
    assert services.registry.list_people("budi") == []


def test_a_person_with_a_certificate_is_not_removed(services, admin, desk) -> None:
    sri = desk.people["Sri Wahyuni"]
    certificate(services, desk.session_id, sri, 1, datetime(2021, 2, 16, tzinfo=UTC))
    with pytest.raises(HasCertificates) as refused:
        services.registry.delete_person(sri, "duplicate", admin.id)
    assert refused.value.count == 1 and refused.value.exit_code == 3
    assert rows(services, Person, id=sri) and audit(services, "delete") == []


# -- organisations ---------------------------------------------------------------------------------


def test_organisations_are_listed_edited_merged_and_removed(services, admin, desk) -> None:
    registry = services.registry
    orgs = {o.name: o for o in registry.list_organizations()}
    assert sorted(orgs) == [
        "Batik Sekar Arum",
        "Bengkel Las Dodi",
        "Keripik Tempe Bu Citra",
        "Koperasi Maju Bersama",
    ]
    assert [o.name for o in registry.list_organizations(kind="koperasi")] == ["Koperasi Maju Bersama"]
    assert [o.name for o in registry.list_organizations("sekar")] == ["Batik Sekar Arum"]
    assert registry.count_organizations("tempe") == 1 and orgs["Batik Sekar Arum"].people == 1

    batik = orgs["Batik Sekar Arum"]
    draft = OrganizationDraft("Batik Sekar Arum", "umkm", "grogol", "Madegondo", None, 4, "9120 1012 3456 7")
    saved = registry.update_organization(batik.id, draft, admin.id)
    assert (saved.kecamatan, saved.nib, saved.workers) == ("Grogol", "9120101234567", 4)
    assert audit(services, "update", "organization")[-1].details["changed"]["workers"] == [None, 4]
    with pytest.raises(InvalidField) as taken:
        registry.update_organization(batik.id, OrganizationDraft("koperasi  MAJU bersama"), admin.id)
    assert (taken.value.field, taken.value.problem) == ("name", "taken")

    citra = orgs["Keripik Tempe Bu Citra"]
    with pytest.raises(HasMembers):
        registry.delete_organization(citra.id, "typo", admin.id)
    registry.merge_organizations(batik.id, citra.id, admin.id)
    assert rows(services, Organization, id=citra.id) == []
    assert registry.get_organization(batik.id).people == 2
    assert [p.name for p in registry.list_people("sekar arum")] == ["Citra Lestari", "Sri Wahyuni"]
    entry = audit(services, "merge", "organization")[-1]
    assert entry.details["dropped_name"] == "Keripik Tempe Bu Citra" and entry.details["people"] == 1

    with services.db.transaction() as s:
        empty = Organization(name="Usaha Kosong", name_key="usaha kosong", kind="umkm")
        s.add(empty)
        s.flush()
        empty_id = empty.id
    registry.delete_organization(empty_id, "never had members", admin.id)
    assert rows(services, Organization, id=empty_id) == []
    assert audit(services, "delete", "organization")[-1].details["name"] == "Usaha Kosong"
