"""Kegiatan (Event) and Angkatan/Sesi (Session)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, Time, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base
from desktop_app.storage.types import UtcDateTime, new_uuid, utcnow


class Event(Base):
    """A programme, e.g. "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi"."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    title: Mapped[str] = mapped_column(String(300))
    organizer: Mapped[str] = mapped_column(String(300))
    partner: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    sessions: Mapped[list[Session]] = relationship(
        back_populates="event", order_by="Session.batch", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)


class Session(Base):
    """One batch (angkatan) of an event: when, where, how many, and its health rules."""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    batch: Mapped[int]
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300))
    capacity: Mapped[int]
    max_temp: Mapped[float] = mapped_column(default=37.3)
    require_mask: Mapped[bool] = mapped_column(default=True)
    check_pl: Mapped[bool] = mapped_column(default=False)
    # False: this venue takes no temperatures (the desk is told so); else a check-in needs one.
    temperature_taken: Mapped[bool] = mapped_column(default=True, server_default=true())
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")
    # Bumped by every admit: the first write of the admit transaction, so two desks serialise on it.
    seat_version: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="sessions")

    __table_args__ = (
        UniqueConstraint("event_id", "batch"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("batch > 0", name="batch_positive"),
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        CheckConstraint("max_temp BETWEEN 35 AND 40", name="max_temp_sane"),
    )
