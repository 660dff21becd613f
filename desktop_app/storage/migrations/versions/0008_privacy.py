"""Privacy at rest: person edits already in the audit log lose the digits the masked NIK hides.

From this release an edit of a person's kecamatan, birth date or sex is logged as `***` (they
are NIK digits 5-12, exactly what `3311********0001` hides). Entries written before are masked
the same way here. No table changes.

Revision ID: 0008_privacy
Revises: 0005_speed
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008_privacy"
down_revision = "0005_speed"
branch_labels = None
depends_on = None

NIK_PARTS = ("kecamatan", "birth_date", "sex")
HIDDEN = "***"


def _masked(details: dict) -> dict | None:
    changed = details.get("changed")
    if not isinstance(changed, dict) or not any(k in changed for k in NIK_PARTS):
        return None
    for key in NIK_PARTS:
        if key in changed and isinstance(changed[key], list):
            changed[key] = [None if v in (None, "") else HIDDEN for v in changed[key]]
    return details


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, details FROM audit_entry WHERE action = 'update' AND entity = 'person'")
    ).all()
    for entry_id, text in rows:
        masked = _masked(json.loads(text)) if text else None
        if masked is not None:
            conn.execute(
                sa.text("UPDATE audit_entry SET details = :d WHERE id = :i"),
                {"d": json.dumps(masked, ensure_ascii=False, sort_keys=True), "i": entry_id},
            )


def downgrade() -> None:
    pass  # the hidden values are gone on purpose
