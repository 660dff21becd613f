"""Storage fixtures: an open, migrated database in a fresh folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.database import Database, open_database


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, db_path.parent / "backups")
    yield database
    database.close()
