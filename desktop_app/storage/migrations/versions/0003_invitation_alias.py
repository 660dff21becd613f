"""Invitation aliases: a printed code keeps working after a merge folds its invitation into another.

When two records of one person were both invited to a batch, the merge keeps one invitation; the
other's code (already printed on a card) becomes an alias of the kept invitation.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invitation_alias",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("invitation_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitation.id"],
            name=op.f("fk_invitation_alias_invitation_id_invitation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_invitation_alias")),
    )
    with op.batch_alter_table("invitation_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitation_alias_invitation_id"), ["invitation_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("invitation_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_alias_invitation_id"))
    op.drop_table("invitation_alias")
