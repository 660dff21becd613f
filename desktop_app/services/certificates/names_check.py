"""Before printing: the attendees whose names the certificate's font cannot print as written."""

from __future__ import annotations

from desktop_app.exports.certificates.glyphs import NameProblem, name_problem
from desktop_app.services.certificates._numbers import attendee_query
from desktop_app.storage.database import Database


def unprintable_names(db: Database, session_id: int | None, event_id: int | None) -> list[NameProblem]:
    """Each name of the scope that would print as boxes or as unjoined right-to-left letters."""
    with db.session() as s:
        names = [row[2] for row in s.execute(attendee_query(session_id, event_id))]
    problems = (name_problem(name) for name in dict.fromkeys(names))
    return [p for p in problems if p is not None]
