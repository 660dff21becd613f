"""The undo journal of long writes (imports, demo data) cut into short transactions.

A 100,000-row import used to hold the write lock for its whole write (7-10 s): every check-in
at the desk waited behind it. It now writes in batches of a couple of thousand rows, each its
own short transaction, and notes what each batch added in `write_journal_row` (runs of ids); a failed,
cancelled or killed import is taken back from these notes, so it is still all or nothing.

Revision ID: 0012_write_journal
Revises: 0011_uuid
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_write_journal"
down_revision = "0011_uuid"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "write_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "write_journal_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journal_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("last_row_id", sa.Integer(), nullable=False),
        sa.Column("columns", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_write_journal_row_journal", "write_journal_row", ["journal_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_write_journal_row_journal", table_name="write_journal_row")
    op.drop_table("write_journal_row")
    op.drop_table("write_journal")
