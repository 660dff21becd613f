"""Speed at every size: the health-data purge on open finds old screenings through an index.

The purge runs on every open and used to scan every screening ever recorded. The index holds only
screenings whose answers are still there, so it shrinks as the purge works.

Revision ID: 0005_speed
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_speed"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.create_index(
            "ix_screening_unpurged_at",
            ["at"],
            unique=False,
            sqlite_where=sa.text("purged_at IS NULL"),
            postgresql_where=sa.text("purged_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.drop_index("ix_screening_unpurged_at")
