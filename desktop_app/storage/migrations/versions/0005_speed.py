"""Speed at every size: the purge's index, and each person's attended count kept as data.

The purge runs on every open and used to scan every screening ever recorded. The index holds only
screenings whose answers are still there, so it shrinks as the purge works.

`person.attended` is the number of the person's active admissions (one per session at most, by
`uq_attendance_active`), kept by triggers whatever writes attendance (the desk, undo, merges,
removals), so Peserta sorts and filters on it instead of counting for each of a million rows.

Revision ID: 0005_speed
Revises: 0004_postgres
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_speed"
down_revision = "0004_postgres"
branch_labels = None
depends_on = None


_TRIGGERS = {
    "person_attended_insert": (
        "AFTER INSERT ON attendance WHEN new.undone_at IS NULL BEGIN "
        "UPDATE person SET attended = attended + 1 WHERE id = new.person_id; END"
    ),
    "person_attended_update": (
        "AFTER UPDATE OF undone_at, person_id ON attendance BEGIN "
        "UPDATE person SET attended = attended - 1 WHERE id = old.person_id AND old.undone_at IS NULL; "
        "UPDATE person SET attended = attended + 1 WHERE id = new.person_id AND new.undone_at IS NULL; END"
    ),
    "person_attended_delete": (
        "AFTER DELETE ON attendance WHEN old.undone_at IS NULL BEGIN "
        "UPDATE person SET attended = attended - 1 WHERE id = old.person_id; END"
    ),
}

_PG_FUNCTION = """
CREATE FUNCTION person_attended_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.undone_at IS NULL THEN
        UPDATE person SET attended = attended - 1 WHERE id = OLD.person_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.undone_at IS NULL THEN
        UPDATE person SET attended = attended + 1 WHERE id = NEW.person_id;
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attended", sa.Integer(), server_default="0", nullable=False))
    op.execute(
        "UPDATE person SET attended = (SELECT count(*) FROM attendance a "
        "WHERE a.person_id = person.id AND a.undone_at IS NULL)"
    )
    if op.get_bind().dialect.name == "sqlite":
        for name, body in _TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:  # PostgreSQL: the same three rules in one trigger function
        op.execute(_PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER person_attended AFTER INSERT OR DELETE OR UPDATE OF undone_at, person_id "
            "ON attendance FOR EACH ROW EXECUTE FUNCTION person_attended_sync()"
        )
    op.execute("CREATE INDEX ix_person_name_lower ON person (lower(name), id)")
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.create_index(
            "ix_screening_unpurged_at",
            ["at"],
            unique=False,
            sqlite_where=sa.text("purged_at IS NULL"),
            postgresql_where=sa.text("purged_at IS NULL"),
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS person_attended ON attendance")
        op.execute("DROP FUNCTION IF EXISTS person_attended_sync()")
    op.execute("DROP INDEX IF EXISTS ix_person_name_lower")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("attended")
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.drop_index("ix_screening_unpurged_at")
