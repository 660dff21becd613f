"""The benchmark registry: `hadir demo --people 100000`, made once and copied for each run.

Registries are cached per schema revision; a new revision migrates the last one made (an index
added costs seconds, a new million-person registry a quarter of an hour).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop_app.core.region import District
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage import migrate
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import open_database

# Outside the repository and kept between runs: the 1,000,000-person registry takes minutes to make.
CACHE = Path(os.environ.get("HADIR_BENCH_CACHE", Path.home() / ".cache" / "hadir-bench"))


def registry_copy(people: int, workdir: Path) -> tuple[Path, float | None]:
    """A fresh copy of the demo database with `people` people; seconds spent generating (None: cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"demo-{people}-{migrate.head_revision()}.db"
    seconds = None
    if not cached.exists() and _upgraded_from_older(people, cached):
        pass  # a registry made under an older schema, migrated: seconds, not a new registry
    elif not cached.exists():
        import time

        partial = cached.with_suffix(".partial")
        for p in CACHE.glob(partial.name + "*"):
            p.unlink()
        db = open_database(partial)
        started = time.perf_counter()
        generate_demo(db, District(), people=people)
        seconds = time.perf_counter() - started
        db.close()
        backup_file(partial, cached)
        for p in CACHE.glob(partial.name + "*"):
            p.unlink()
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / "bench.db"
    shutil.copyfile(cached, target)
    return target, seconds


def _upgraded_from_older(people: int, cached: Path) -> bool:
    """Make `cached` by migrating the newest registry of this size cached under an older schema.

    The registry's people and check-ins do not depend on the schema; a migration that adds an
    index costs seconds where generating a million people costs a quarter of an hour.
    """
    older = [
        p
        for p in CACHE.glob(f"demo-{people}-*.db")
        if p != cached and migrate.is_known_revision(p.stem.removeprefix(f"demo-{people}-"))
    ]
    if not older:
        return False
    newest = max(older, key=lambda p: p.stat().st_mtime)
    partial = cached.with_suffix(".partial")
    for p in CACHE.glob(partial.name + "*"):
        p.unlink()
    shutil.copyfile(newest, partial)
    open_database(partial).close()  # migrates to the head (no backup copy: this is a scratch file)
    backup_file(partial, cached)
    for p in CACHE.glob(partial.name + "*"):
        p.unlink()
    return True
