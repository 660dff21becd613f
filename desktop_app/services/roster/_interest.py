"""The roster's "Tertarik BPU" column: interest in joining BPJS as BPU, recorded on import (issue 19).

The desk records the same with Ctrl+B (services/bpjs/interest.py); both write `person.bpu_interest_*`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, update

from desktop_app.core.bpjs_row import is_yes
from desktop_app.storage.models import Person
from desktop_app.storage.types import utcnow


def interest_from_roster(
    conn: Connection,
    interest_cells: Sequence[object],
    person_ids: Sequence[int],
    operator_id: int | None,
    session_id: int | None,
) -> list[int]:
    """The roster's "Tertarik BPU" column, inside the import's transaction; the people marked.

    `interest_cells[i]` belongs to `person_ids[i]`. A yes records the interest of someone who has
    none yet; a blank or a no never takes one back.
    """
    chosen = sorted({pid for pid, cell in zip(person_ids, interest_cells, strict=True) if is_yes(cell)})
    if not chosen:
        return []
    marks = ", ".join(str(int(pid)) for pid in chosen)
    empty = f"SELECT id FROM person WHERE id IN ({marks}) AND bpu_interest_at IS NULL"
    marked = [pid for (pid,) in conn.exec_driver_sql(empty)]  # the undo journal notes exactly these
    if not marked:
        return []
    at = utcnow()
    conn.execute(
        update(Person)
        .where(Person.id == bindparam("pid"), Person.bpu_interest_at.is_(None))
        .values(bpu_interest_at=at, bpu_interest_by=operator_id, bpu_interest_session_id=session_id),
        [{"pid": pid} for pid in marked],
    )
    return marked
