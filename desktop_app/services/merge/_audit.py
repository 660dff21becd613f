"""The laptop's audit entries come along (by uuid), pointing at the office's ids of their records."""

from __future__ import annotations

from desktop_app.services.merge._run import Run, ids_by_uuid, without_id
from desktop_app.storage.models import AuditEntry

AUDIT = AuditEntry.__table__
# audit `entity` -> the id map that translates its entity_id
ENTITY_MAPS = {
    "person": "person",
    "session": "session",
    "event": "event",
    "attendance": "attendance",
    "invitation": "invitation",
    "certificate": "certificate",
    "organization": "organization",
    "operator": "operator",
    "screening": "screening",
}


def merge_audit(run: Run) -> None:
    """Every incoming entry the office does not have, its operator and record translated."""
    for incoming in run.rows(AUDIT):
        known = ids_by_uuid(run.target, AUDIT, (r["uuid"] for r in incoming))
        new = []
        for row in incoming:
            if row["uuid"] in known:
                continue
            values = without_id(row)
            values["operator_id"] = run.mapped("operator", row["operator_id"])
            table = ENTITY_MAPS.get(row["entity"])
            if table is not None and row["entity_id"] is not None:
                # A record the laptop deleted since has no counterpart: the entry keeps no id.
                values["entity_id"] = run.maps[table].get(row["entity_id"])
            new.append(values)
        if new:
            run.target.execute(AUDIT.insert(), new)
        run.counts["audit_entries_new"] += len(new)
