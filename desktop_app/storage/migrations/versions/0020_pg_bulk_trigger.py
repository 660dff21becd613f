"""PostgreSQL: the people-search trigger is not called at all during a bulk write of people.

0019_pg_bulk_people made the per-row trigger return at once while `hadir.bulk_people` is on,
but each imported person still queued an after-trigger event and ran a PL/pgSQL call to find
that out (0.1 s of a 10,000-person import). A WHEN on the trigger is tested as the row is
written, so nothing is queued or called; the function's own test stays for the old trigger.

(Keeping only the `doc` trigram index, whose text holds the NIK and phone digits too, halved the
index work of an import but made the planner read every phone for "0812": 18 ms on the server
instead of 0.4 ms. The three indexes stay.)

Revision ID: 0020_pg_bulk_trigger
Revises: 0019_pg_bulk_people
"""

from alembic import op

revision = "0020_pg_bulk_trigger"
down_revision = "0019_pg_bulk_people"
branch_labels = None
depends_on = None

_TRIGGER = (
    "CREATE TRIGGER person_search_write AFTER INSERT OR UPDATE OF name, nik, phone, organization_id "
    "ON person FOR EACH ROW {when}EXECUTE FUNCTION person_search_row()"
)
_WHEN = "WHEN (current_setting('hadir.bulk_people', true) IS DISTINCT FROM 'on') "


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS person_search_write ON person")
    op.execute(_TRIGGER.format(when=_WHEN))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS person_search_write ON person")
    op.execute(_TRIGGER.format(when=""))
