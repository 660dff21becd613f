"""A Hadir backup is one SQLite file whichever engine it came from, and restores into either engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.region import District
from desktop_app.services.container import Services
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.copy import checksum, copy_database, row_counts, tables
from desktop_app.storage.target import open_target

pytestmark = pytest.mark.sqlite_only  # it uses both engines itself


def _content(target: str | Path) -> dict[str, tuple[int, str]]:
    db = open_target(target)
    try:
        with db.engine.connect() as conn:
            counts = row_counts(conn)
            return {t.name: (counts[t.name], checksum(conn, t)) for t in tables()}
    finally:
        db.close()


def test_a_backup_from_the_server_equals_one_from_the_file_and_restores_on_either(
    tmp_path: Path, pg_server
) -> None:  # type: ignore[no-untyped-def]
    lite = Services(open_target(tmp_path / "laptop.db"))
    generate_demo(lite.db, District(), people=80, seed=3)
    admin_lite = lite.operators.local_admin()  # made here, then copied with everything else
    server_url = pg_server.create_database("hadir_backup_engines")
    server = Services(open_target(server_url))
    copy_database(lite.db, server.db)
    admin_server = server.operators.local_admin()

    from_file = lite.backups.backup_to(tmp_path / "dari-laptop.db", admin_lite)
    from_server = server.backups.backup_to(tmp_path / "dari-server.db", admin_server)
    assert _content(from_server) == _content(from_file)

    # The server's backup restores on a fresh laptop, the laptop's on an emptied server.
    fresh = Services(open_target(tmp_path / "baru.db"))
    fresh.backups.restore(from_server, fresh.operators.local_admin())
    server.backups.restore(from_file, admin_server)
    for svc in (lite, server, fresh):
        svc.close()
    restored_on_file = _content(tmp_path / "baru.db")
    restored_on_server = _content(server_url)
    # Each restore then records itself in the audit log; everything else is the backup's content.
    for restored in (restored_on_file, restored_on_server):
        assert {k: v for k, v in restored.items() if k != "audit_entry"} == {
            k: v for k, v in _content(from_file).items() if k != "audit_entry"
        }
        assert restored["audit_entry"][0] == _content(from_file)["audit_entry"][0] + 1
    pg_server.drop_database("hadir_backup_engines")
