"""Search index for the check-in desk: an FTS5 trigram table over people, kept by triggers.

Columns: the name, the NIK, the phone's national digits (`81234567890`, so `0812…`, `+62 812…`
and `812…` all match) and the organisation's name. Triggers keep it right whatever writes
people (the desk, merges, edits). Bulk writers (imports, the demo) set `search_control.bulk`
inside their transaction, insert without the per-row trigger (six times faster), and index the
new rows in one statement (storage/search_index.py). SQLite only: on another server the search
service falls back to LIKE.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ROW = """
    INSERT INTO person_search(rowid, name, nik, phone, org)
    VALUES (new.id, new.name, coalesce(new.nik, ''), coalesce(substr(new.phone, 4), ''),
            coalesce((SELECT name FROM organization WHERE id = new.organization_id), ''));
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE person_search USING fts5(name, nik, phone, org, tokenize='trigram')")
    op.execute("CREATE TABLE search_control (id INTEGER PRIMARY KEY CHECK (id = 1), bulk INTEGER NOT NULL)")
    op.execute("INSERT INTO search_control (id, bulk) VALUES (1, 0)")
    op.execute(
        "CREATE TRIGGER person_search_insert AFTER INSERT ON person "
        f"WHEN (SELECT bulk FROM search_control WHERE id = 1) = 0 BEGIN {_ROW} END"
    )
    op.execute(
        "CREATE TRIGGER person_search_update AFTER UPDATE OF name, nik, phone, organization_id ON person "
        f"BEGIN DELETE FROM person_search WHERE rowid = old.id; {_ROW} END"
    )
    op.execute("CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN DELETE FROM person_search WHERE rowid = old.id; END")
    op.execute(
        "CREATE TRIGGER person_search_org AFTER UPDATE OF name ON organization BEGIN "
        "UPDATE person_search SET org = new.name "
        "WHERE rowid IN (SELECT id FROM person WHERE organization_id = new.id); END"
    )
    op.execute(
        "INSERT INTO person_search(rowid, name, nik, phone, org) "
        "SELECT p.id, p.name, coalesce(p.nik, ''), coalesce(substr(p.phone, 4), ''), coalesce(o.name, '') "
        "FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "update", "delete", "org"):
        op.execute(f"DROP TRIGGER IF EXISTS person_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS person_search")
    op.execute("DROP TABLE IF EXISTS search_control")
