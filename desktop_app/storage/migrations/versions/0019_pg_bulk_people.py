"""PostgreSQL: an import indexes its new people in one statement instead of a trigger per row.

The per-row trigger (0004_postgres) cost an import of 10,000 people about 130 µs a person on
top of the index's own work. Like SQLite's `search_control.bulk` switch, the trigger now steps
aside while the transaction-local setting `hadir.bulk_people` is on; `bulk_people`
(storage/search_index.py) sets it, inserts, indexes the new range and clears it, all inside
the caller's transaction, so a rollback or a crash leaves nothing switched off.

Revision ID: 0019_pg_bulk_people
Revises: 0014_refusal_index
"""

from alembic import op

revision = "0019_pg_bulk_people"
down_revision = "0014_refusal_index"
branch_labels = None
depends_on = None

_DOC = (
    "lower(NEW.name) || chr(31) || coalesce(NEW.nik, '') || chr(31) || coalesce(substr(NEW.phone, 4), '') "
    "|| chr(31) || lower(coalesce((SELECT name FROM organization WHERE id = NEW.organization_id), ''))"
)


def _row_function(skip_in_bulk: bool) -> str:
    skip = "IF current_setting('hadir.bulk_people', true) = 'on' THEN RETURN NULL; END IF; " if skip_in_bulk else ""
    return (
        "CREATE OR REPLACE FUNCTION person_search_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{skip}"
        "INSERT INTO person_search (person_id, doc, nik, phone) "
        f"VALUES (NEW.id, {_DOC}, coalesce(NEW.nik, ''), coalesce(substr(NEW.phone, 4), '')) "
        "ON CONFLICT (person_id) DO UPDATE SET doc = EXCLUDED.doc, nik = EXCLUDED.nik, phone = EXCLUDED.phone; "
        "RETURN NULL; END $$"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_row_function(skip_in_bulk=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_row_function(skip_in_bulk=False))
