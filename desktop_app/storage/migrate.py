"""Alembic, driven from code: the scripts ship inside the package and run when a database opens.

Opening a current database only needs the revision names, read from the scripts' headers;
Alembic itself (0.2–0.3 s of imports) is loaded only when a migration really runs.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at the packaged scripts, optionally bound to an open connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The migration scripts this version of Hadir knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def _revisions() -> dict[str, str | None]:
    """Each script's revision and the one it follows, read from the scripts' own lines."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is not None and down is not None:
            found[revision.group(1)] = down.group(1)
    return found


def head_revision() -> str:
    """The newest schema revision this version of Hadir can write."""
    revisions = _revisions()
    heads = set(revisions) - set(revisions.values())
    if len(heads) == 1:
        return heads.pop()
    head = script_directory().get_current_head()  # let Alembic say what is wrong with the chain
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database never migrated."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """False for a revision written by a newer Hadir than this one."""
    return revision in _revisions()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every missing migration in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
