"""The purge on open finds the refusals whose health reasons are still in the audit log by an index.

The purge strips the reasons from old "refused at screening" audit entries. It found them
through the index on the entry's time, that is by reading every audit entry older than the
retention period (every check-in of every past session), on every open and again in every
backup file. This index holds only refusals that still carry their reasons, so it shrinks as the
purge works, like the screenings' `ix_screening_unpurged_at`.

Revision ID: 0014_refusal_index
Revises: 0013_people_pages
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_refusal_index"
down_revision = "0013_people_pages"
branch_labels = None
depends_on = None

# The same words as storage.models.admin.REFUSAL_WITH_REASONS (a migration keeps its own copy).
_WHERE = "action = 'screening_refused' AND details LIKE '%\"reasons\"%'"


def upgrade() -> None:
    op.create_index(
        "ix_audit_refusal_reasons",
        "audit_entry",
        ["at"],
        unique=False,
        sqlite_where=sa.text(_WHERE),
        postgresql_where=sa.text(_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_audit_refusal_reasons", table_name="audit_entry")
