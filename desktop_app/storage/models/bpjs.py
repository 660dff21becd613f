"""Kepesertaan BPJS Ketenagakerjaan: the branch's membership list, matched to people by NIK."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base
from desktop_app.storage.types import UtcDateTime, utcnow


class BpjsMembership(Base):
    """One person's membership as the branch's latest list gave it (one row per person)."""

    __tablename__ = "bpjs_membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    kpj: Mapped[str | None] = mapped_column(String(20))  # text: leading zeros are kept
    name: Mapped[str | None] = mapped_column(String(200))  # as the branch spelled it
    registered_on: Mapped[date | None]
    segment: Mapped[str | None] = mapped_column(String(8))  # BPU, PU or JAKON
    programs: Mapped[str | None] = mapped_column(String(40))  # e.g. "JHT,JKK,JKM"
    source: Mapped[str | None] = mapped_column(String(300))  # the file it came from
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
