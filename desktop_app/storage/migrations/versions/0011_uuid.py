"""A stable identity (uuid) for every record two laptops can both create, for `hadir merge`.

Rows that exist already get a uuid derived from the table, the row id and its creation time:
two copies of one database that are migrated apart (the office's and a field laptop's) give a
shared row the same uuid, and rows made apart after the copy still differ. New rows get a
random uuid from the models. The column is added nullable and filled (no table rebuild, so the
search triggers on `person` stay), with a unique index.

Certificates a merge brought in under a number the office had already used keep their printed
number valid through `certificate_alias`.

Revision ID: 0011_uuid
Revises: 0007_reliability
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0011_uuid"
down_revision = "0007_reliability"
branch_labels = None
depends_on = None

# table -> the column holding when the row was made
TABLES = {
    "event": "created_at",
    "session": "created_at",
    "person": "created_at",
    "organization": "created_at",
    "invitation": "created_at",
    "attendance": "at",
    "screening": "at",
    "certificate": "issued_at",
    "operator": "created_at",
    "audit_entry": "at",
}
_NAMESPACE = uuid.UUID("5b0f1f5e-3d7c-4c36-9f2c-48414452a011")


def existing_row_uuid(table: str, row_id: int, made_at: str | None) -> str:
    """The uuid an existing row gets: the same in every copy of the database."""
    return str(uuid.uuid5(_NAMESPACE, f"{table}:{row_id}:{made_at}"))


def upgrade() -> None:
    bind = op.get_bind()
    for table, made_at in TABLES.items():
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        t = sa.table(table, sa.column("id", sa.Integer()), sa.column(made_at), sa.column("uuid"))
        rows = bind.execute(sa.select(t.c.id, t.c[made_at])).all()
        values = [(existing_row_uuid(table, rid, at), rid) for rid, at in rows]
        if values and bind.dialect.name == "sqlite":
            # Straight to the driver: SQLAlchemy's per-row work doubled the time on 100,000 people.
            bind.exec_driver_sql(f"UPDATE {table} SET uuid = ? WHERE id = ?", values)
        elif values:
            bind.execute(
                t.update().where(t.c.id == sa.bindparam("rid")).values(uuid=sa.bindparam("u")),
                [{"u": u, "rid": rid} for u, rid in values],
            )
        op.create_index(op.f(f"ix_{table}_uuid"), table, ["uuid"], unique=True)
    op.create_table(
        "certificate_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_alias_certificate_id_certificate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_alias")),
        sa.UniqueConstraint("number", "key_id", name=op.f("uq_certificate_alias_number_key_id")),
    )
    op.create_index(
        op.f("ix_certificate_alias_certificate_id"), "certificate_alias", ["certificate_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_certificate_alias_certificate_id"), table_name="certificate_alias")
    op.drop_table("certificate_alias")
    for table in TABLES:
        op.drop_index(op.f(f"ix_{table}_uuid"), table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("uuid")
