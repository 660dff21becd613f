"""The people search index as a membership test for a list that walks its own order.

`people_in_index` (search_index.py) lets the planner start from the index's hits, then sort
them: right when the words find few people. When they find tens of thousands (`sri` on a
million people), sorting them all costs a second, while walking the list's order index and
checking each id against the hits (SQLite builds them into a temporary index once) reads a
screenful in tens of milliseconds. On SQLite `person.id + 0` keeps the planner from starting
at the hits; PostgreSQL's planner weighs both ways by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement

from desktop_app.storage.search_index import IndexTerm, fts_match, people_in_index


class people_walked_in_index(ColumnElement[bool]):  # noqa: N801 - used like a function in a query
    """`person.id` among the people every term is found in, checked row by row as the list walks."""

    type = Boolean()
    inherit_cache = False

    def __init__(self, terms: Sequence[IndexTerm]) -> None:
        self.terms = tuple(terms)


@compiles(people_walked_in_index, "sqlite")
def _walk_fts(element: people_walked_in_index, compiler: Any, **kw: Any) -> str:
    match = compiler.process(bindparam("walk_match", fts_match(element.terms), unique=True), **kw)
    return f"person.id + 0 IN (SELECT rowid FROM person_search WHERE person_search MATCH {match})"


@compiles(people_walked_in_index, "postgresql")
def _walk_trgm(element: people_walked_in_index, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(people_in_index(element.terms), **kw))
