"""The rows behind the documents printed before and after a session."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desktop_app.storage.models import Attendance, Invitation, Organization, Person, Screening


def invitee_rows(s: DbSession, session_id: int) -> list:  # type: ignore[type-arg]
    """The invitees of a session in the order of the invitation list (the order they were invited)."""
    query = (
        select(
            Person.name,
            Person.nik,
            Person.sex,
            Person.phone,
            Person.kpj,
            Person.position,
            Person.address,
            Person.desa,
            Person.kecamatan.label("person_kecamatan"),
            Organization.name.label("org_name"),
            Organization.kind.label("org_kind"),
            Organization.nib,
            Organization.kecamatan.label("org_kecamatan"),
        )
        .join(Invitation, Invitation.person_id == Person.id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Invitation.session_id == session_id)
        .order_by(Invitation.id)
    )
    return list(s.execute(query).all())


def contact_rows(s: DbSession, session_id: int) -> list:  # type: ignore[type-arg]
    """Everyone admitted to the session (admissions taken back left out), by arrival."""
    query = (
        select(
            Attendance.at,
            Person.name,
            Person.nik,
            Person.sex,
            Person.birth_date,
            Person.phone,
            Person.address,
            Person.desa,
            Person.kecamatan.label("person_kecamatan"),
            Organization.name.label("org_name"),
            Organization.kecamatan.label("org_kecamatan"),
            Screening.temperature,
            Screening.mask,
            Screening.symptoms,
            Screening.passed,
            Screening.purged_at,
        )
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .outerjoin(Screening, Screening.id == Attendance.screening_id)
        .where(Attendance.session_id == session_id, Attendance.undone_at.is_(None))
        .order_by(Attendance.at, Attendance.id)
    )
    return list(s.execute(query).all())
