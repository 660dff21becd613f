"""Undangan (Invitation), Skrining (Screening), Kehadiran (Attendance) and Sertifikat (Certificate)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base
from desktop_app.storage.models.event import Session
from desktop_app.storage.models.partial_index import partial_index
from desktop_app.storage.models.people import Person
from desktop_app.storage.types import JsonText, UtcDateTime, new_uuid, utcnow


class Invitation(Base):
    """A person invited to a session, with the code printed on the invitation for the door."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    session: Mapped[Session] = relationship()
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("session_id", "person_id"),)


class InvitationAlias(Base):
    """The code of an invitation a merge folded into another: the printed card still opens the door."""

    __tablename__ = "invitation_alias"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitation.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Screening(Base):
    """One health check at the door, kept whether entry was allowed or refused (sensitive data)."""

    __tablename__ = "screening"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    temperature: Mapped[float | None]
    mask: Mapped[bool | None]
    symptoms: Mapped[list[str] | None] = mapped_column(JsonText)
    pl_colour: Mapped[str | None] = mapped_column(String(10))
    passed: Mapped[bool]
    reasons: Mapped[list[str] | None] = mapped_column(JsonText)
    # Health answers are purged after the retention period; the outcome stays for the counts.
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        # The purge on every open finds what it still has to clear without reading every screening.
        partial_index("ix_screening_unpurged_at", "at", where="purged_at IS NULL"),
    )


class Attendance(Base):
    """A person admitted to a session. Undo keeps the row (for the audit) and frees the seat."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    walk_in: Mapped[bool] = mapped_column(default=False)
    screening_id: Mapped[int | None] = mapped_column(ForeignKey("screening.id", ondelete="SET NULL"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    undone_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    undo_reason: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()
    session: Mapped[Session] = relationship()

    __table_args__ = (
        # A person is admitted once per session; an undone admission does not count.
        partial_index(
            "uq_attendance_active", "session_id", "person_id", unique=True, where="undone_at IS NULL"
        ),
        Index("ix_attendance_session_at", "session_id", "at"),
    )


class Certificate(Base):
    """A numbered proof of attendance; the number never repeats within a year."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(100), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("year", "seq"),
        UniqueConstraint("session_id", "person_id"),
        CheckConstraint("seq > 0", name="seq_positive"),
    )


class CertificateAlias(Base):
    """A number printed on another laptop's certificate, kept valid after `hadir merge`.

    `key_id` names the secret the printed QR code was signed with (a fingerprint, never the key),
    so a number two laptops both printed finds the right certificate for each code.
    """

    __tablename__ = "certificate_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(100))
    key_id: Mapped[str] = mapped_column(String(32))
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("number", "key_id"),)
