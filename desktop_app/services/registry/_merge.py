"""Merging two records of one person (or one organisation) inside the caller's transaction.

Everything the dropped record has moves to the kept one. Where both have something that may
exist only once per session, the earlier one stays: the later check-in is undone (the row is
kept, marked with the reason, as any undo), the later certificate and the dropped record's
invitation are removed and named in the audit entry. The removed invitation's code may already be
printed on a card: it becomes an alias of the kept invitation, so the card still opens the door.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.storage.models import (
    Attendance,
    Certificate,
    Invitation,
    InvitationAlias,
    Organization,
    Person,
    Screening,
)

PERSON_FILLABLE = (
    "nik",
    "sex",
    "birth_date",
    "phone",
    "address",
    "desa",
    "kecamatan",
    "organization_id",
    "position",
    "kpj",
    "consent_bpjs_at",
)
ORGANIZATION_FILLABLE = ("kecamatan", "desa", "address", "workers", "nib")
MERGE_UNDO_REASON = "merged duplicate record"


def _two(s: DbSession, model: type, keep_id: int, drop_id: int):  # type: ignore[no-untyped-def]
    if keep_id == drop_id:
        raise InvalidField("merge", "same_record")
    keep, drop = s.get(model, keep_id), s.get(model, drop_id)
    for record, key in ((keep, keep_id), (drop, drop_id)):
        if record is None:
            raise NotFound(model.__tablename__, key)
    return keep, drop


def _undo_later_attendances(
    s: DbSession, keep_id: int, drop_id: int, operator_id: int | None, now: datetime
) -> int:
    """Where both were admitted to one session, undo the later admission (before the move)."""
    mine = {
        a.session_id: a
        for a in s.scalars(
            select(Attendance).where(Attendance.person_id == keep_id, Attendance.undone_at.is_(None))
        )
    }
    undone = 0
    for theirs in s.scalars(
        select(Attendance).where(Attendance.person_id == drop_id, Attendance.undone_at.is_(None))
    ):
        ours = mine.get(theirs.session_id)
        if ours is None:
            continue
        later = theirs if (theirs.at, theirs.id) > (ours.at, ours.id) else ours
        later.undone_at, later.undone_by, later.undo_reason = now, operator_id, MERGE_UNDO_REASON
        undone += 1
    s.flush()
    return undone


def _drop_later_certificates(s: DbSession, keep_id: int, drop_id: int) -> list[str]:
    """Where both hold a certificate of one session, the later-issued one goes."""
    mine = {c.session_id: c for c in s.scalars(select(Certificate).where(Certificate.person_id == keep_id))}
    removed = []
    for theirs in s.scalars(select(Certificate).where(Certificate.person_id == drop_id)):
        ours = mine.get(theirs.session_id)
        if ours is None:
            continue
        later = theirs if (theirs.issued_at, theirs.id) > (ours.issued_at, ours.id) else ours
        removed.append(later.number)
        s.delete(later)
    s.flush()
    return removed


def _fold_double_invitations(s: DbSession, keep_id: int, drop_id: int, now: datetime) -> list[str]:
    """Where both were invited to one session the kept invitation stays; the other's codes become its aliases."""
    kept = dict(
        s.execute(select(Invitation.session_id, Invitation.id).where(Invitation.person_id == keep_id)).all()
    )
    folded: list[str] = []
    for theirs in s.scalars(
        select(Invitation).where(Invitation.person_id == drop_id, Invitation.session_id.in_(list(kept)))
    ):
        into = kept[theirs.session_id]
        s.execute(
            update(InvitationAlias)
            .where(InvitationAlias.invitation_id == theirs.id)
            .values(invitation_id=into)
        )
        folded.append(theirs.code)
        s.add(InvitationAlias(code=theirs.code, invitation_id=into, created_at=now))
        s.delete(theirs)
    s.flush()
    return folded


def merge_person_rows(
    s: DbSession, keep_id: int, drop_id: int, operator_id: int | None, now: datetime
) -> dict[str, object]:
    """Move `drop_id`'s history to `keep_id`, fill the blanks, delete `drop_id`; return what happened."""
    keep, drop = _two(s, Person, keep_id, drop_id)
    undone = _undo_later_attendances(s, keep_id, drop_id, operator_id, now)
    removed_certificates = _drop_later_certificates(s, keep_id, drop_id)
    folded_codes = _fold_double_invitations(s, keep_id, drop_id, now)
    moved = {}
    for model in (Invitation, Screening, Attendance, Certificate):
        result = s.execute(
            update(model).where(model.person_id == drop_id).values(person_id=keep_id),
            execution_options={"synchronize_session": False},
        )
        moved[model.__tablename__] = int(result.rowcount or 0)  # type: ignore[attr-defined]
    filled = [f for f in PERSON_FILLABLE if getattr(keep, f) is None and getattr(drop, f) is not None]
    values = {f: getattr(drop, f) for f in filled}
    dropped_nik = drop.nik
    s.expire_all()  # the Core updates above changed rows the session holds
    s.execute(delete(Person).where(Person.id == drop_id))  # first: its NIK may move to `keep`
    if values:
        s.execute(update(Person).where(Person.id == keep_id).values(**values, updated_at=now))
    return {
        "filled": tuple(filled),
        "moved": moved,
        "undone": undone,
        "removed_invitations": len(folded_codes),
        "folded_codes": tuple(folded_codes),
        "removed_certificates": tuple(removed_certificates),
        "dropped_nik": dropped_nik,
    }


def merge_organization_rows(s: DbSession, keep_id: int, drop_id: int) -> dict[str, object]:
    """Move `drop_id`'s people to `keep_id`, fill the blanks, delete `drop_id`."""
    keep, drop = _two(s, Organization, keep_id, drop_id)
    filled = [f for f in ORGANIZATION_FILLABLE if getattr(keep, f) is None and getattr(drop, f) is not None]
    if keep.kind == "lainnya" and drop.kind != "lainnya":
        filled.append("kind")
    values = {f: getattr(drop, f) for f in filled}
    dropped_name = drop.name
    moved = s.execute(
        update(Person).where(Person.organization_id == drop_id).values(organization_id=keep_id),
        execution_options={"synchronize_session": False},
    ).rowcount  # type: ignore[attr-defined]
    s.expire_all()
    s.execute(delete(Organization).where(Organization.id == drop_id))
    if values:
        s.execute(update(Organization).where(Organization.id == keep_id).values(**values))
    return {"filled": tuple(filled), "people": int(moved or 0), "dropped_name": dropped_name}


def members(s: DbSession, organization_id: int) -> int:
    """People belonging to an organisation."""
    return s.scalar(select(func.count(Person.id)).where(Person.organization_id == organization_id)) or 0
