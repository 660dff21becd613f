"""BPJS follow-up: the branch's membership list, and interest in joining said at the desk.

`bpjs_membership` holds one row per person matched by NIK from the branch's list (KPJ as text,
registration date, segment, programs). `person.bpu_interest_*` records "tertarik mendaftar BPU":
when, which operator, at which batch.

Revision ID: 0006_bpjs
Revises: 0008_privacy
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_bpjs"
down_revision = "0008_privacy"
branch_labels = None
depends_on = None


_INTEREST_COLUMNS = (
    ("bpu_interest_at", sa.String(length=32)),
    ("bpu_interest_by", sa.Integer()),
    ("bpu_interest_session_id", sa.Integer()),
)


def upgrade() -> None:
    op.create_table(
        "bpjs_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kpj", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("segment", sa.String(length=8), nullable=True),
        sa.Column("programs", sa.String(length=40), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_bpjs_membership_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bpjs_membership")),
        sa.UniqueConstraint("person_id", name=op.f("uq_bpjs_membership_person_id")),
    )
    # Plain columns (no foreign keys): SQLite adds them in place, where a batch rebuild of
    # `person` would drop the search index's triggers.
    for column, type_ in _INTEREST_COLUMNS:
        op.add_column("person", sa.Column(column, type_, nullable=True))


def downgrade() -> None:
    for column, _ in reversed(_INTEREST_COLUMNS):
        op.drop_column("person", column)
    op.drop_table("bpjs_membership")
