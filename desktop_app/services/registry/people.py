"""The registry: creating people and organisations, and finding who is already there."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.errors import InvalidField, InvalidInput, NotFound
from desktop_app.core.names import NAME_MAX, limited_text, organization_key
from desktop_app.core.nik import mask_nik, parse_nik
from desktop_app.core.phone import mask_phone, normalize_phone
from desktop_app.core.region import District
from desktop_app.services.audit import record
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.database import Database
from desktop_app.storage.models import ORG_KINDS, Organization, Person
from desktop_app.storage.types import utcnow


@dataclass(frozen=True)
class DuplicateCandidate:
    """Someone already in the registry who may be the person being entered."""

    person_id: int
    name: str
    organization: str | None
    nik_masked: str
    phone_masked: str
    same_nik: bool
    same_phone: bool


@dataclass(frozen=True)
class OrganizationInfo:
    """An organisation as pickers show it."""

    id: int
    name: str
    kind: str
    kecamatan: str | None


def find_or_create_organization(s: DbSession, name: str, kind: str = "umkm") -> Organization:
    """The organisation with this name (any case or spacing), created if new."""
    clean = limited_text("organization", name, NAME_MAX, required=True)
    assert clean is not None
    if kind not in ORG_KINDS:
        raise InvalidField("organization_kind", "unknown", kind)
    org = s.scalar(select(Organization).where(Organization.name_key == organization_key(clean)))
    if org is None:
        org = Organization(name=clean, name_key=organization_key(clean), kind=kind)
        s.add(org)
        s.flush()
    return org


class PeopleService:
    """People and organisations in the registry."""

    def __init__(self, db: Database, district: District) -> None:
        self._db = db
        self._district = district

    def find_duplicates(self, nik: str | None, phone: str | None) -> list[DuplicateCandidate]:
        """People with the same NIK or phone as what is being typed (valid values only)."""
        conditions = []
        clean_nik = clean_phone = None
        if nik:
            with suppress(InvalidInput):  # an invalid NIK simply has no duplicates
                clean_nik = parse_nik(nik).value
                conditions.append(Person.nik == clean_nik)
        if phone:
            with suppress(InvalidInput):
                clean_phone = normalize_phone(phone)
                conditions.append(Person.phone == clean_phone)
        if not conditions:
            return []
        with self._db.session() as s:
            rows = s.execute(
                select(Person, Organization.name)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(or_(*conditions))
                .limit(20)
            ).all()
            return [
                DuplicateCandidate(
                    person_id=p.id,
                    name=p.name,
                    organization=org,
                    nik_masked=mask_nik(p.nik),
                    phone_masked=mask_phone(p.phone),
                    same_nik=bool(clean_nik and p.nik == clean_nik),
                    same_phone=bool(clean_phone and p.phone == clean_phone),
                )
                for p, org in rows
            ]

    def list_organizations(self, prefix: str = "", limit: int = 50) -> list[OrganizationInfo]:
        """Organisations whose name contains `prefix` (for the walk-in form's picker)."""
        with self._db.session() as s:
            query = select(Organization).order_by(Organization.name).limit(limit)
            if prefix.strip():
                query = query.where(Organization.name_key.contains(organization_key(prefix)))
            return [OrganizationInfo(o.id, o.name, o.kind, o.kecamatan) for o in s.scalars(query)]

    def create_person(self, s: DbSession, draft: WalkInDraft, operator_id: int | None) -> Person:
        """Validate and add a person inside the caller's transaction.

        Raises:
            InvalidField / InvalidNik / InvalidPhone: with the field that is wrong.
        """
        name = limited_text("name", draft.name, NAME_MAX, required=True)
        nik = parse_nik(draft.nik) if draft.nik and draft.nik.strip() else None
        phone = normalize_phone(draft.phone) if draft.phone and draft.phone.strip() else None
        if nik and s.scalar(select(Person.id).where(Person.nik == nik.value)):
            raise InvalidField("nik", "taken")
        org_id = draft.organization_id
        if org_id is None and draft.organization and draft.organization.strip():
            org_id = find_or_create_organization(s, draft.organization, draft.organization_kind).id
        person = Person(
            nik=nik.value if nik else None,
            name=name,
            sex=nik.sex if nik else draft.sex,
            birth_date=nik.birth_date if nik else draft.birth_date,
            phone=phone,
            kecamatan=self._district.kecamatan_of_nik(nik.value) if nik else None,
            organization_id=org_id,
            position=limited_text("position", draft.position, NAME_MAX),
        )
        s.add(person)
        s.flush()
        record(s, "create", "person", person.id, operator_id, nik=mask_nik(person.nik), source="walk_in")
        return person


def set_bpjs_consent(db: Database, person_id: int, given: bool, operator_id: int | None) -> datetime | None:
    """Record (or withdraw) the person's consent to share their data with BPJS Ketenagakerjaan.

    The time of consent is what is kept; withdrawing clears it. Both are audited.
    """
    with db.transaction() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        person.consent_bpjs_at = utcnow() if given else None
        record(
            s, "consent" if given else "consent_withdrawn", "person", person_id, operator_id, purpose="bpjs"
        )
        return person.consent_bpjs_at
