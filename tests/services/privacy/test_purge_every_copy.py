"""After a purge no health answer of the purged period is left in any file of the data folder."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import ScreeningFailed
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.paths import AppPaths
from desktop_app.services.audit_log.service import AuditFilter
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.backup import backup_file, timestamped_name

# What the screenings below write: symptom names in the answers, reasons in screening and audit.
HEALTH_TOKENS = (b'"breath"', b'"isolation"', b"symptom:", b'"fever"')


def health_hits(folder: Path) -> dict[str, list[bytes]]:
    """Like `strings | grep` over every file in the folder: which tokens each file holds."""
    hits = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found = [t for t in HEALTH_TOKENS if t in data]
        if found:
            hits[path.name] = found
    return hits


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = AppPaths.resolve(env={"HADIR_DATA_DIR": str(tmp_path / "data")})
    services = Services.open(paths)
    yield paths, services
    services.close()


def refuse_at_the_door(services: Services, people: int) -> None:
    admin = services.operators.local_admin()
    event_id = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), admin.id)
    draft = SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 30, None, 37.3)
    session_id = services.events.add_session(draft, admin.id)
    answers = ScreeningAnswers(temperature=38.9, symptoms=frozenset({"breath", "isolation"}))
    for n in range(people):
        with pytest.raises(ScreeningFailed):
            services.checkin.admit_walk_in(session_id, WalkInDraft(name=f"Tamu {n}"), answers, admin)


def test_purge_reaches_the_database_its_wal_the_audit_log_and_every_backup(office) -> None:
    paths, services = office
    admin = services.operators.local_admin()
    refuse_at_the_door(services, 40)
    backups = paths.backup_dir
    # Every kind of copy the folder holds: a daily one, a manual one saved there, one before a restore.
    assert services.backups.daily_backup(now=datetime.now(UTC) + timedelta(days=1)) is not None
    services.backups.backup_to(backups / "hadir-cadangan-20210216.db", admin)
    backup_file(services.db.path, backups / timestamped_name("hadir", "before-restore"), private_dir=True)
    old = backups / timestamped_name("hadir", "pre-migration-0002-to-0003", datetime(2020, 1, 1, tzinfo=UTC))
    backup_file(services.db.path, old, private_dir=True)
    before = health_hits(paths.data_dir)
    assert "hadir.db-wal" in before and len([n for n in before if n.startswith("hadir-")]) == 4

    result = services.privacy.purge_health_answers(days=0, operator_id=admin.id)  # the app stays open

    assert result.purged == 40 and result.audit_entries == 40
    assert result.backups.removed == 1 and not old.exists()  # older than the retention period
    assert result.backups.scrubbed == 3
    services.audit_log.export_xlsx(AuditFilter(), paths.data_dir / "audit.xlsx", admin.id)
    assert health_hits(paths.data_dir) == {}
    sheet = load_workbook(paths.data_dir / "audit.xlsx").active
    cells = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "breath" not in cells and "symptom" not in cells and "fever" not in cells
    assert sheet.max_row > 40  # the refusals are still in the log: who and when, not why


def test_backups_are_private_files_in_a_private_folder(office) -> None:
    paths, services = office
    admin = services.operators.local_admin()
    made = services.backups.backup_to(paths.data_dir / "flash" / "salinan.db", admin)
    [daily] = paths.backup_dir.glob("hadir-*-daily.db")
    for path in (made, daily):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.backup_dir.stat().st_mode) == 0o700


def test_the_purge_reaches_the_encrypted_backups_of_an_encrypted_database(tmp_path: Path) -> None:
    from contextlib import closing

    from desktop_app.services.privacy.encryption import encrypt_database
    from desktop_app.storage.encryption import connect, is_encrypted

    paths = AppPaths.resolve(env={"HADIR_DATA_DIR": str(tmp_path / "data")})
    Services.open(paths).close()
    encrypt_database(paths.db_path, paths.backup_dir)
    services = Services.open(paths)
    try:
        refuse_at_the_door(services, 5)
        services.backups.daily_backup(now=datetime.now(UTC) + timedelta(days=1))
        backups = sorted(paths.backup_dir.glob("*.db"))
        assert len(backups) == 2 and all(is_encrypted(p) for p in backups)

        services.privacy.purge_health_answers(days=0)

        for path in backups:
            with closing(connect(path, services.db.key)) as conn:
                left = conn.execute("SELECT count(*) FROM screening WHERE symptoms IS NOT NULL").fetchone()
                reasons = conn.execute(
                    "SELECT count(*) FROM audit_entry WHERE details LIKE '%symptom:%'"
                ).fetchone()
            assert left == (0,) and reasons == (0,), path.name
    finally:
        services.close()
