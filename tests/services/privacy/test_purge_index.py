"""The purge on every open reads only the refusals that still carry health reasons, by an index."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select
from test_purge_every_copy import refuse_at_the_door

from desktop_app.services.container import Services
from desktop_app.storage.models import AuditEntry


def _statements(services: Services):  # type: ignore[no-untyped-def]
    seen: list[tuple[str, object]] = []

    def before(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", before)
    return seen, lambda: event.remove(services.db.engine, "before_cursor_execute", before)


@pytest.mark.sqlite_only
def test_refusals_with_reasons_are_found_by_their_index_and_only_they_are_read(services) -> None:
    refuse_at_the_door(services, 5)
    with services.db.transaction() as s:  # the audit log of a busy office: many other entries
        s.add_all(AuditEntry(action="checkin", entity="attendance", entity_id=n) for n in range(500))
    later = datetime.now(UTC) + timedelta(days=1)
    seen, stop = _statements(services)
    try:
        first = services.privacy.purge_health_answers(days=0, now=later)
    finally:
        stop()
    assert first.audit_entries == 5
    reads = [
        (sql, params)
        for sql, params in seen
        if sql.lstrip().upper().startswith("SELECT") and "audit_entry" in sql
    ]
    assert len(reads) == 1
    sql, params = reads[0]
    with services.db.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "ix_audit_refusal_reasons" in plan
    with services.db.session() as s:
        refusals = s.scalars(select(AuditEntry).where(AuditEntry.action == "screening_refused")).all()
    assert len(refusals) == 5 and all("reasons" not in (e.details or {}) for e in refusals)
    # The next open's purge finds nothing left to strip (the index holds none of them now).
    assert services.privacy.purge_health_answers(days=0, now=later).audit_entries == 0
