"""Petugas (Operator), the audit log and business settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base
from desktop_app.storage.models.partial_index import partial_index
from desktop_app.storage.types import JsonText, UtcDateTime, new_uuid, utcnow


class Operator(Base):
    """The person at the desk. Admins may override rules and change settings."""

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="desk")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (CheckConstraint("role IN ('admin', 'desk')", name="role_known"),)


# A refusal at the door whose audit details still hold the health reasons (text, on both engines).
REFUSAL_WITH_REASONS = "action = 'screening_refused' AND details LIKE '%\"reasons\"%'"


class AuditEntry(Base):
    """Who did what, when, to which record. Details never hold a full NIK or phone."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same identity in every copy of the database, so `hadir merge` knows the row again.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any] | None] = mapped_column(JsonText)

    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_at", "at"),
        # The purge on every open finds the refusals that still carry health reasons by this
        # index alone (a query names the same words, REFUSAL_WITH_REASONS, to have it used).
        partial_index("ix_audit_refusal_reasons", "at", where=REFUSAL_WITH_REASONS),
    )


class Setting(Base):
    """A business setting (organiser, signatories, certificate text, thresholds) as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)
