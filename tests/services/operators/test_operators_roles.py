"""The role rules at the service layer: what a desk operator is refused, what an admin may do.

Each refusal is checked by what the database still holds afterwards, not only by the exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.certificate_template import CertificateTemplate
from desktop_app.core.errors import NotAllowed
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.settings import REPORT_PAPER
from desktop_app.storage.models import Attendance, AuditEntry, Person, Setting

OK = ScreeningAnswers(temperature=36.6)


@pytest.fixture
def team(desk):  # type: ignore[no-untyped-def]
    """Sri, the admin who signs in with a PIN, and Rina at the desk."""
    ops = desk.services.operators
    sri = ops.create_admin("Sri Admin", "2468")
    rina = ops.add_operator("Rina", "1357", sri.id)
    return sri, rina


def fill_session(desk) -> None:  # type: ignore[no-untyped-def]
    for name in ("Sri Wahyuni", "Budi Santoso", "Citra Lestari"):  # capacity 3
        desk.services.checkin.admit(AdmitRequest(desk.session_id, desk.people[name], OK), desk.admin)


def attended(desk) -> int:  # type: ignore[no-untyped-def]
    with desk.services.db.session() as s:
        return s.scalar(select(func.count(Attendance.id)).where(Attendance.undone_at.is_(None)))


def settings_rows(services) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return {row.key: row.value for row in s.scalars(select(Setting))}


def test_a_desk_operator_cannot_override_the_capacity_and_an_admin_can(desk, team) -> None:
    sri, rina = team
    fill_session(desk)
    dodi = AdmitRequest(desk.session_id, desk.people["Dodi Prasetyo"], OK, "Kepala dinas mengizinkan")

    with pytest.raises(NotAllowed):
        desk.services.checkin.admit(dodi, rina)
    assert attended(desk) == 3

    result = desk.services.checkin.admit(dodi, sri)
    assert result.override and attended(desk) == 4
    with desk.services.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "override"))
        assert entry.operator_id == sri.id


def test_a_desk_operator_cannot_change_settings(services, desk, team) -> None:
    _, rina = team
    before = settings_rows(services)

    refused = [
        lambda: services.settings.set(REPORT_PAPER, "F4", rina.id),
        lambda: services.settings.set_paper_size("F4", rina.id),
        lambda: services.privacy.set_retention_days(7, rina.id),
        lambda: services.security.set_idle_minutes(2, rina.id),
        lambda: services.certificates.save_template(CertificateTemplate(), rina.id),
        lambda: services.settings.set(REPORT_PAPER, "F4", None),
    ]
    for attempt in refused:
        with pytest.raises(NotAllowed):
            attempt()

    assert settings_rows(services) == before
    assert services.settings.paper_size() == "A4"
    assert services.privacy.retention_days() == 30
    assert services.security.idle_minutes() == 10


def test_an_admin_changes_settings_and_each_change_is_audited(services, desk, team) -> None:
    sri, _ = team

    services.settings.set_paper_size("F4", sri.id)
    services.privacy.set_retention_days(7, sri.id)
    services.security.set_idle_minutes(3, sri.id)

    assert (services.settings.paper_size(), services.privacy.retention_days()) == ("F4", 7)
    assert services.security.idle_minutes() == 3
    with services.db.session() as s:
        keys = [
            (e.details["key"], e.details["after"], e.operator_id)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting"))
        ]
    assert keys == [
        ("report.paper", "F4", sri.id),
        ("privacy.health_retention_days", 7, sri.id),
        ("security.idle_minutes", 3, sri.id),
    ]


def test_a_deactivated_admin_is_an_admin_no_more(services, desk, team) -> None:
    sri, _ = team
    budi = services.operators.add_operator("Budi", "9753", sri.id, role="admin")
    services.operators.deactivate(budi.id, sri.id)

    with pytest.raises(NotAllowed):
        services.settings.set_paper_size("F4", budi.id)
    assert services.settings.paper_size() == "A4"


def test_only_an_admin_restores_a_backup(services, desk, team, tmp_path: Path) -> None:
    sri, rina = team
    backup = services.backups.backup_to(tmp_path / "pagi.db", sri)
    with services.db.transaction() as s:
        s.add(Person(name="Tamu Siang"))

    with pytest.raises(NotAllowed):
        services.backups.restore(backup, rina)
    with services.db.session() as s:
        assert s.scalar(select(func.count()).where(Person.name == "Tamu Siang")) == 1
    assert not list((services.db.path.parent / "backups").glob("*before-restore*"))

    services.backups.restore(backup, sri)
    with services.db.session() as s:
        assert s.scalar(select(func.count()).where(Person.name == "Tamu Siang")) == 0


def test_only_an_admin_exports_full_niks(services, desk, team, tmp_path: Path) -> None:
    sri, rina = team
    desk.services.checkin.admit(AdmitRequest(desk.session_id, desk.people["Sri Wahyuni"], OK), rina)

    with pytest.raises(NotAllowed):
        services.reports.export_session(
            desk.session_id, tmp_path / "a.xlsx", full_nik=True, operator_id=rina.id
        )
    assert not (tmp_path / "a.xlsx").exists()
    done = services.reports.export_session(
        desk.session_id, tmp_path / "b.xlsx", full_nik=True, operator_id=sri.id
    )
    assert done.full_nik


def test_only_an_admin_deletes_people(services, desk, team) -> None:
    sri, rina = team
    budi = desk.people["Budi Santoso"]

    with pytest.raises(NotAllowed):
        services.registry.delete_person(budi, "minta dihapus (UU PDP)", rina.id)
    with services.db.session() as s:
        assert s.get(Person, budi) is not None

    services.registry.delete_person(budi, "minta dihapus (UU PDP)", sri.id)
    with services.db.session() as s:
        assert s.get(Person, budi) is None
