"""Peserta pages like a list of 30: an index for every order the people list offers.

The list is read a screenful at a time from where the last one ended (keyset paging,
services/registry/_pages.py). Each order is the column, then the name, then the id, so an index
on (column, lower(name), id) hands over the next screenful without sorting the registry:
kecamatan and the kept attended count; the organisation order walks organisations by name and
each one's people through (organization_id, lower(name), id). The organisation type has an index
of its own so a rare type is found from its few organisations instead of by reading everyone.
The kecamatan the filters offer are read from the kecamatan indexes one value at a time.

Revision ID: 0013_people_pages
Revises: 0012_write_journal
"""

from alembic import op

revision = "0013_people_pages"
down_revision = "0012_write_journal"
branch_labels = None
depends_on = None

# name -> (table, columns); the same statement on SQLite and PostgreSQL
INDEXES = {
    "ix_person_kecamatan_sort": ("person", "lower(kecamatan), lower(name), id"),
    "ix_person_attended_sort": ("person", "attended, lower(name), id"),
    "ix_person_organization_sort": ("person", "organization_id, lower(name), id"),
    "ix_organization_name_lower": ("organization", "lower(name), id"),
    "ix_organization_kind": ("organization", "kind"),
    # The kecamatan the filters offer, read value by value (RegistryService.kecamatans).
    "ix_organization_kecamatan": ("organization", "lower(kecamatan)"),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
