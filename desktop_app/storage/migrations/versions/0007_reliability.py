"""Sessions say whether the temperature is taken at the door (yes unless told otherwise).

A check-in without a temperature was admitted silently; now a session that takes temperatures
refuses it as incomplete, and one that does not (`temperature_taken` false) says so.

Revision ID: 0007_reliability
Revises: 0006_bpjs
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_reliability"
down_revision = "0006_bpjs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "session", sa.Column("temperature_taken", sa.Boolean(), nullable=False, server_default=sa.true())
    )


def downgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("temperature_taken")
