"""Less index work per imported person: the search text without the digits, two indexes fewer.

PostgreSQL's `person_search.doc` held the name, the NIK, the phone's national digits and the
organisation (0004_postgres). A typed word with a letter in it (`doc`'s only readers) can never
be found among digits, and a word of digits is looked up in `nik` and `phone`, which have their
own trigram indexes; so the digits in `doc` were indexed twice and never read there: about 30 of
each person's 75 `doc` trigrams. Without them a 10,000-person import spends about 0.1 s less
indexing on the server, and every search answers as before (SQLite's FTS5 finds a word with a
letter in the name or the organisation only, too).

`ix_person_organization_id` (organization_id) is the first column of
`ix_person_organization_sort` (organization_id, lower(name), id, 0013_people_pages), which
answers every lookup by organisation the same (the foreign key's ON DELETE SET NULL, a merge,
Peserta's filter); each imported person wrote both. `ix_person_name` (name) is read by no
query: the three that order by the name start from a session's invitations (its unique index
on both engines, then the names sorted), and Peserta orders and finds by lower(name)
(`ix_person_name_lower`). Each was ~20 ms of server CPU in a 10,000-person import, and SQLite
writes them too.

Revision ID: 0021_lean_import
Revises: 0020_pg_bulk_trigger
"""

from alembic import op

revision = "0021_lean_import"
down_revision = "0020_pg_bulk_trigger"
branch_labels = None
depends_on = None

_DOC = "lower({p}.name) || chr(31) || lower(coalesce({org}, ''))"
_OLD_DOC = (
    "lower({p}.name) || chr(31) || coalesce({p}.nik, '') || chr(31) || coalesce(substr({p}.phone, 4), '') "
    "|| chr(31) || lower(coalesce({org}, ''))"
)
_SETTLE = (
    "SELECT gin_clean_pending_list(c.oid) FROM pg_class c "
    "WHERE c.relname = 'ix_person_search_doc' AND c.relkind = 'i' AND pg_has_role(c.relowner, 'USAGE')"
)


def _functions(doc: str) -> None:
    row_doc = doc.format(p="NEW", org="(SELECT name FROM organization WHERE id = NEW.organization_id)")
    op.execute(
        "CREATE OR REPLACE FUNCTION person_search_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF current_setting('hadir.bulk_people', true) = 'on' THEN RETURN NULL; END IF; "
        "INSERT INTO person_search (person_id, doc, nik, phone) "
        f"VALUES (NEW.id, {row_doc}, coalesce(NEW.nik, ''), coalesce(substr(NEW.phone, 4), '')) "
        "ON CONFLICT (person_id) DO UPDATE SET doc = EXCLUDED.doc, nik = EXCLUDED.nik, phone = EXCLUDED.phone; "
        "RETURN NULL; END $$"
    )
    org_doc = doc.format(p="p", org="NEW.name")
    op.execute(
        "CREATE OR REPLACE FUNCTION person_search_org() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE person_search s SET doc = {org_doc} FROM person p "
        "WHERE p.organization_id = NEW.id AND s.person_id = p.id; RETURN NULL; END $$"
    )
    all_doc = doc.format(p="p", org="o.name")
    op.execute(
        f"UPDATE person_search s SET doc = {all_doc} "
        "FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE s.person_id = p.id"
    )
    op.execute(_SETTLE)  # the rewritten rows into the index proper (storage/search_index.py)


def upgrade() -> None:
    op.drop_index("ix_person_organization_id", table_name="person")
    op.drop_index("ix_person_name", table_name="person")
    if op.get_bind().dialect.name == "postgresql":
        _functions(_DOC)


def downgrade() -> None:
    op.create_index("ix_person_organization_id", "person", ["organization_id"], unique=False)
    op.create_index("ix_person_name", "person", ["name"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _functions(_OLD_DOC)
