"""The undo journal of long writes that are cut into short transactions (storage/write_journal.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base
from desktop_app.storage.types import UtcDateTime, utcnow


class WriteJournal(Base):
    """A long write under way: while this row exists, what it wrote can still be taken back."""

    __tablename__ = "write_journal"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "import", "demo"
    host: Mapped[str] = mapped_column(String(255))  # the machine and process writing it, so
    pid: Mapped[int]  # another open can tell a dead writer's leftovers from a live one
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class WriteJournalRow(Base):
    """Rows a journaled write added (`columns` empty), or columns it filled that were empty.

    The rows are ids `row_id` to `last_row_id`: a batch's new rows are mostly consecutive ids,
    so a batch of 2,000 people is one note, not 2,000.
    """

    __tablename__ = "write_journal_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    journal_id: Mapped[int]  # no foreign key: the rows outlive their journal until cleared
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int]
    last_row_id: Mapped[int]
    columns: Mapped[str | None] = mapped_column(String(200))  # comma-separated; None: an added row

    __table_args__ = (Index("ix_write_journal_row_journal", "journal_id", "id"),)
