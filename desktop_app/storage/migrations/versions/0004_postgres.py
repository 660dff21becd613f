"""PostgreSQL: the people search index (pg_trgm), the server's counterpart of 0002's FTS5 table.

`person_search` holds one row a person: `doc` is the lower-cased name, NIK, phone's national
digits (`81234567890`) and organisation, joined by a character nobody types (chr(31)), so a typed
word matches inside one of them exactly as FTS5's trigram index does; `nik` and `phone` serve the
digit words, which match only there. Triggers keep it right whatever writes people; a GIN
trigram index answers `LIKE '%word%'`. SQLite gets nothing here (0002 made its index).

Revision ID: 0004_postgres
Revises: 0003
"""

from alembic import op

revision = "0004_postgres"
down_revision = "0003"
branch_labels = None
depends_on = None

_DOC = (
    "lower({p}.name) || chr(31) || coalesce({p}.nik, '') || chr(31) || coalesce(substr({p}.phone, 4), '') "
    "|| chr(31) || lower(coalesce({org}, ''))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE TABLE person_search ("
        " person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,"
        " doc TEXT NOT NULL, nik TEXT NOT NULL, phone TEXT NOT NULL)"
    )
    op.execute("CREATE INDEX ix_person_search_doc ON person_search USING gin (doc gin_trgm_ops)")
    op.execute("CREATE INDEX ix_person_search_nik ON person_search USING gin (nik gin_trgm_ops)")
    op.execute("CREATE INDEX ix_person_search_phone ON person_search USING gin (phone gin_trgm_ops)")
    row_doc = _DOC.format(p="NEW", org="(SELECT name FROM organization WHERE id = NEW.organization_id)")
    op.execute(
        "CREATE FUNCTION person_search_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO person_search (person_id, doc, nik, phone) "
        f"VALUES (NEW.id, {row_doc}, coalesce(NEW.nik, ''), coalesce(substr(NEW.phone, 4), '')) "
        "ON CONFLICT (person_id) DO UPDATE SET doc = EXCLUDED.doc, nik = EXCLUDED.nik, phone = EXCLUDED.phone; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER person_search_write AFTER INSERT OR UPDATE OF name, nik, phone, organization_id "
        "ON person FOR EACH ROW EXECUTE FUNCTION person_search_row()"
    )
    org_doc = _DOC.format(p="p", org="NEW.name")
    op.execute(
        "CREATE FUNCTION person_search_org() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE person_search s SET doc = {org_doc} FROM person p "
        "WHERE p.organization_id = NEW.id AND s.person_id = p.id; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER person_search_org AFTER UPDATE OF name ON organization "
        "FOR EACH ROW EXECUTE FUNCTION person_search_org()"
    )
    all_doc = _DOC.format(p="p", org="o.name")
    op.execute(
        "INSERT INTO person_search (person_id, doc, nik, phone) "
        f"SELECT p.id, {all_doc}, coalesce(p.nik, ''), coalesce(substr(p.phone, 4), '') "
        "FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS person_search_org ON organization")
    op.execute("DROP TRIGGER IF EXISTS person_search_write ON person")
    op.execute("DROP FUNCTION IF EXISTS person_search_org()")
    op.execute("DROP FUNCTION IF EXISTS person_search_row()")
    op.execute("DROP TABLE IF EXISTS person_search")
