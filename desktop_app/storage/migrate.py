"""Alembic, driven from code: the scripts ship inside the package and run when a database opens."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at the packaged scripts, optionally bound to an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The migration scripts this version of Hadir knows."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of Hadir can write."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database never migrated."""
    return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """False for a revision written by a newer Hadir than this one."""
    return any(s.revision == revision for s in script_directory().walk_revisions())


def upgrade_to_head(engine: Engine) -> None:
    """Apply every missing migration in one transaction."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
