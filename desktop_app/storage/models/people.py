"""Peserta (Person) and Lembaga/Usaha (Organization)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base
from desktop_app.storage.types import UtcDateTime, new_uuid, utcnow

ORG_KINDS = ("umkm", "koperasi", "lainnya")


class Organization(Base):
    """A UMKM (business) or a koperasi (cooperative)."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    # Case- and space-folded name: two spellings of one business are one organisation.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="umkm")
    kecamatan: Mapped[str | None] = mapped_column(String(100))
    desa: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    workers: Mapped[int | None]
    nib: Mapped[str | None] = mapped_column(String(20))  # Nomor Induk Berusaha: text, never a number
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    people: Mapped[list[Person]] = relationship(back_populates="organization")

    __table_args__ = (
        CheckConstraint(f"kind IN {ORG_KINDS}", name="kind_known"),
        CheckConstraint("workers IS NULL OR workers >= 0", name="workers_not_negative"),
        # Peserta's order by organisation and its type filter (migration 0013_people_pages).
        Index("ix_organization_name_lower", func.lower(text("name")), "id"),
        Index("ix_organization_kind", "kind"),
        Index("ix_organization_kecamatan", func.lower(text("kecamatan"))),
    )


class Person(Base):
    """Someone in the registry. NIK and phone are identifiers kept as text."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    address: Mapped[str | None] = mapped_column(Text)
    desa: Mapped[str | None] = mapped_column(String(100))
    kecamatan: Mapped[str | None] = mapped_column(String(100))
    # Found by organisation through ix_person_organization_sort, whose first column it is (0021).
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    position: Mapped[str | None] = mapped_column(String(200))
    kpj: Mapped[str | None] = mapped_column(String(20))  # BPJS membership number: text
    consent_bpjs_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # "Tertarik mendaftar BPU": said at the desk (or in the roster), when, to whom, at which batch.
    # Plain ids, no foreign keys: SQLite adds columns in place only without them (migration 0006),
    # and the audit entry keeps the same facts.
    bpu_interest_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    bpu_interest_by: Mapped[int | None]
    bpu_interest_session_id: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    # Sessions attended (active admissions), kept by triggers on attendance (migration 0005_speed)
    # so Peserta sorts and filters on a column instead of counting for every row.
    attended: Mapped[int] = mapped_column(default=0, server_default="0")

    organization: Mapped[Organization | None] = relationship(back_populates="people")

    __table_args__ = (
        # Portable checks (SQLite today, PostgreSQL for several desks later); digits are checked in core.
        CheckConstraint("nik IS NULL OR length(nik) = 16", name="nik_16_chars"),
        CheckConstraint("sex IS NULL OR sex IN ('L', 'P')", name="sex_known"),
        CheckConstraint("phone IS NULL OR phone LIKE '+%'", name="phone_e164"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        # Peserta's default order (migration 0005_speed): the first screenful read from the index.
        Index("ix_person_name_lower", func.lower(text("name")), "id"),
        # Its other orders, a screenful at a time from where the last ended (0013_people_pages).
        Index("ix_person_kecamatan_sort", func.lower(text("kecamatan")), func.lower(text("name")), "id"),
        Index("ix_person_attended_sort", "attended", func.lower(text("name")), "id"),
        Index("ix_person_organization_sort", "organization_id", func.lower(text("name")), "id"),
    )
