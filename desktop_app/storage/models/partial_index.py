"""Partial indexes (`CREATE INDEX … WHERE …`) that do not load the PostgreSQL dialect on import.

A `postgresql_where=` argument makes SQLAlchemy import its whole PostgreSQL dialect (and asyncpg's
support) to check the argument's name, in every process that imports the models: a tenth of
`hadir event list`'s start on a SQLite file. The condition is given to SQLite at once and to
PostgreSQL when a server engine is made (`for_postgresql`), which has loaded that dialect anyway.
The migrations create these indexes on both engines themselves; the models describe them.
"""

from __future__ import annotations

from sqlalchemy import Index, text

_PARTIAL: list[tuple[Index, str]] = []


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index on `columns` of the rows where `where` holds (SQL that both engines read alike)."""
    index = Index(name, *columns, unique=unique, sqlite_where=text(where))
    _PARTIAL.append((index, where))
    return index


def for_postgresql() -> None:
    """Give every partial index its condition on PostgreSQL too (idempotent)."""
    for index, where in _PARTIAL:
        options = index.dialect_options["postgresql"]
        if options.get("where") is None:
            options["where"] = text(where)
