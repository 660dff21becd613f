"""The registry behind the *Peserta* page: listing, editing, merging and removing people and organisations.

Lists show the NIK masked and the phone the local way; the full NIK leaves only through
`get_person`, for the edit dialog. Every change is one transaction with its audit entry, and
audit details never hold a full NIK or phone number.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.core.names import NAME_MAX, clean_name, limited_text
from desktop_app.core.nik import mask_nik, parse_nik
from desktop_app.core.phone import format_local, normalize_phone
from desktop_app.core.region import District
from desktop_app.exports.invitations.pdf import InvitationLabels, write_invitations
from desktop_app.services.audit import record
from desktop_app.services.invitations.cards import invitation_cards
from desktop_app.services.registry._fields import NIK_PARTS, changes, optional_text
from desktop_app.services.registry._merge import merge_person_rows
from desktop_app.services.registry.organizations import OrganizationRegistry
from desktop_app.services.registry.people import find_or_create_organization, set_bpjs_consent
from desktop_app.services.registry.people_list import PeopleList
from desktop_app.services.registry.types import (
    HasCertificates,
    MergeResult,
    PersonDraft,
    PersonRecord,
    PersonSession,
)
from desktop_app.services.roles import require_admin
from desktop_app.services.roster.preview import FilePreview, preview_file
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Attendance,
    Certificate,
    Event,
    Invitation,
    Organization,
    Person,
    Screening,
    Session,
)
from desktop_app.storage.types import utcnow
from desktop_app.storage.write_lock import write_transaction

Progress = Callable[[int, int], None]


class RegistryService(PeopleList, OrganizationRegistry):
    """People and organisations as the *Peserta* page lists, edits, merges and removes them."""

    def __init__(self, db: Database, district: District) -> None:
        self._db = db
        self._district = district

    # -- people: reading ---------------------------------------------------------------------------

    def get_person(self, person_id: int) -> PersonRecord:
        """One person in full (the NIK too), with the batches they were invited to or attended."""
        with self._db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person", person_id)
            org = person.organization
            return PersonRecord(
                id=person.id,
                name=person.name,
                nik=person.nik,
                phone=format_local(person.phone),
                sex=person.sex,
                birth_date=person.birth_date,
                address=person.address,
                desa=person.desa,
                kecamatan=person.kecamatan,
                organization_id=person.organization_id,
                organization=org.name if org else None,
                organization_kind=org.kind if org else None,
                position=person.position,
                kpj=person.kpj,
                sessions=self._history(s, person_id),
                consent_bpjs_at=person.consent_bpjs_at,
            )

    @staticmethod
    def _history(s: DbSession, person_id: int) -> tuple[PersonSession, ...]:
        invited = set(s.scalars(select(Invitation.session_id).where(Invitation.person_id == person_id)))
        attended = set(
            s.scalars(
                select(Attendance.session_id).where(
                    Attendance.person_id == person_id, Attendance.undone_at.is_(None)
                )
            )
        )
        certificates = dict(
            s.execute(
                select(Certificate.session_id, Certificate.number).where(Certificate.person_id == person_id)
            ).all()
        )
        ids = invited | attended | set(certificates)
        if not ids:
            return ()
        rows = s.execute(
            select(Session.id, Event.title, Session.batch, Session.date)
            .join(Event, Event.id == Session.event_id)
            .where(Session.id.in_(ids))
            .order_by(Session.date, Session.start_time, Session.batch)
        ).all()
        return tuple(
            PersonSession(sid, title, batch, day, sid in invited, sid in attended, certificates.get(sid))
            for sid, title, batch, day in rows
        )

    # -- people: writing ---------------------------------------------------------------------------

    def set_bpjs_consent(self, person_id: int, given: bool, operator_id: int | None) -> PersonRecord:
        """Record (with its time) or withdraw the person's consent to share data with BPJS; audited."""
        set_bpjs_consent(self._db, person_id, given, operator_id)
        return self.get_person(person_id)

    def update_person(self, person_id: int, draft: PersonDraft, operator_id: int | None) -> PersonRecord:
        """Validate and save the edit dialog's draft; the audit entry lists what changed.

        Raises:
            InvalidField (name required, nik taken, sex unknown), InvalidNik, InvalidPhone.
        """
        name = limited_text("name", draft.name, NAME_MAX, required=True)
        nik = parse_nik(draft.nik) if draft.nik and draft.nik.strip() else None
        phone = normalize_phone(draft.phone) if draft.phone and draft.phone.strip() else None
        if draft.sex not in (None, "", "L", "P"):
            raise InvalidField("sex", "unknown", str(draft.sex))
        with self._db.transaction() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person", person_id)
            if nik and s.scalar(select(Person.id).where(Person.nik == nik.value, Person.id != person_id)):
                raise InvalidField("nik", "taken")
            kecamatan_text = optional_text(draft.kecamatan)
            kecamatan = self._district.find_kecamatan(kecamatan_text) if kecamatan_text else None
            if kecamatan_text and kecamatan is None:
                kecamatan = kecamatan_text  # a kecamatan outside the district is kept as typed
            if kecamatan is None and nik is not None:
                kecamatan = self._district.kecamatan_of_nik(nik.value)
            after = {
                "name": name,
                "nik": nik.value if nik else None,
                "phone": phone,
                "sex": nik.sex if nik else (draft.sex or None),
                "birth_date": nik.birth_date if nik else person.birth_date,
                "address": optional_text(draft.address),
                "desa": optional_text(draft.desa),
                "kecamatan": kecamatan,
                "organization_id": self._organization_id(s, draft),
                "position": optional_text(draft.position),
                "kpj": optional_text(draft.kpj),
            }
            before = {k: getattr(person, k) for k in after}
            changed = changes(before, after, NIK_PARTS)
            for key, value in after.items():
                setattr(person, key, value)
            s.flush()
            record(s, "update", "person", person_id, operator_id, nik=mask_nik(person.nik), changed=changed)
        return self.get_person(person_id)

    @staticmethod
    def _organization_id(s: DbSession, draft: PersonDraft) -> int | None:
        if draft.organization_id is not None:
            if s.get(Organization, draft.organization_id) is None:
                raise NotFound("organization", draft.organization_id)
            return draft.organization_id
        if draft.organization and draft.organization.strip():
            return find_or_create_organization(s, draft.organization, draft.organization_kind).id
        return None

    def merge_people(self, keep_id: int, drop_id: int, operator_id: int | None) -> MergeResult:
        """Make two records of one person one: `drop_id`'s history moves to `keep_id`, then it goes.

        Raises:
            NotAllowed: the operator is not an active admin (a merge moves check-ins and deletes).
        """
        require_admin(self._db, operator_id, "merge people")
        now = utcnow()
        with write_transaction(self._db) as s:
            done = merge_person_rows(s, keep_id, drop_id, operator_id, now)
            kept = s.get(Person, keep_id)
            assert kept is not None
            record(
                s,
                "merge",
                "person",
                keep_id,
                operator_id,
                dropped_id=drop_id,
                dropped_nik=mask_nik(done["dropped_nik"]),  # type: ignore[arg-type]
                nik=mask_nik(kept.nik),
                filled=list(done["filled"]),  # type: ignore[call-overload]
                moved=done["moved"],
                undone_attendances=done["undone"],
                removed_invitations=done["removed_invitations"],
                codes_kept_as_aliases=list(done["folded_codes"]),  # type: ignore[call-overload]
                removed_certificates=list(done["removed_certificates"]),  # type: ignore[call-overload]
            )
        return MergeResult(
            keep_id,
            drop_id,
            done["filled"],  # type: ignore[arg-type]
            done["moved"],  # type: ignore[arg-type]
            done["undone"],  # type: ignore[arg-type]
            done["removed_invitations"],  # type: ignore[arg-type]
            done["removed_certificates"],  # type: ignore[arg-type]
        )

    def delete_person(self, person_id: int, reason: str, operator_id: int | None) -> None:
        """Remove a person with their invitations, screenings and check-ins; recorded with the reason.

        Raises:
            InvalidField("reason", "required"); HasCertificates when a certificate was issued to them;
            NotAllowed unless an admin deletes.
        """
        require_admin(self._db, operator_id, "delete people")
        reason = clean_name(reason)
        if not reason:
            raise InvalidField("reason", "required")
        with self._db.transaction() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person", person_id)
            certificates = s.scalar(
                select(func.count(Certificate.id)).where(Certificate.person_id == person_id)
            )
            if certificates:
                raise HasCertificates(person.name, certificates)
            removed = {
                model.__tablename__: s.scalar(
                    select(func.count(model.id)).where(model.person_id == person_id)
                )
                for model in (Invitation, Screening, Attendance)
            }
            name, nik = person.name, person.nik
            s.expunge(person)
            s.execute(delete(Person).where(Person.id == person_id))
            record(
                s,
                "delete",
                "person",
                person_id,
                operator_id,
                name=name,
                nik=mask_nik(nik),
                reason=reason,
                removed=removed,
            )

    # -- import and invitations --------------------------------------------------------------------

    @staticmethod
    def preview_import(path: Path) -> FilePreview:
        """Every sheet's first rows and the guessed plan, for the import dialog (nothing is written)."""
        return preview_file(path)

    def write_invitations(
        self,
        session_id: int,
        path: Path,
        labels: InvitationLabels | None = None,
        lang: str = "id",
        progress: Progress | None = None,
    ) -> int:
        """Write the invitation cards of a session's invitees to `path`; return how many."""
        cards = invitation_cards(self._db, session_id, lang)
        if not cards:
            raise InvalidField("session", "no_invitees")
        write_invitations(path, cards, labels, progress)
        return len(cards)
