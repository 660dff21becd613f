"""Column types shared by the models."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """The current time, aware, in UTC (what every timestamp column stores)."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A fresh identity for a row two laptops may both create (migration 0011_uuid; see hadir merge)."""
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO-8601 UTC text, so SQLite sorts and compares it correctly."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use an aware UTC time")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class JsonText(TypeDecorator[Any]):
    """A small JSON document stored as text (symptom answers, audit details, settings)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(value)
