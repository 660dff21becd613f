"""Health answers are purged after the retention period; the counts stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.core.errors import InvalidField
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.models import AuditEntry, Screening

DEMO_SESSIONS_START = datetime(2021, 2, 15, tzinfo=UTC)


def screenings(services) -> list[Screening]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return list(s.scalars(select(Screening)))


def test_old_health_answers_are_cleared_and_the_outcome_kept(services, admin) -> None:
    generate_demo(services.db, services.district, people=180, operator_id=admin.id)  # 15-17 February
    before = screenings(services)
    refused = sum(not s.passed for s in before)
    now = DEMO_SESSIONS_START + timedelta(days=2, hours=12)  # the 15th and 16th are "old"
    result = services.privacy.purge_health_answers(days=1, operator_id=admin.id, now=now)
    after = screenings(services)
    old = [s for s in after if s.at < result.before]
    recent = [s for s in after if s.at >= result.before]
    assert result.purged == len(old) > 0 and recent
    assert all(s.temperature is None and s.symptoms is None and s.reasons is None for s in old)
    assert all(s.purged_at is not None for s in old)
    assert all(s.temperature is not None for s in recent)
    assert sum(not s.passed for s in after) == refused  # "refused at screening" still counts
    with services.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "purge"))
    assert entry.details["purged"] == result.purged


def test_retention_is_a_setting_and_a_second_purge_does_nothing(services, admin) -> None:
    assert services.privacy.retention_days() == 30
    services.privacy.set_retention_days(7, admin.id)
    assert services.privacy.retention_days() == 7
    with pytest.raises(InvalidField):
        services.privacy.set_retention_days(0, admin.id)
    generate_demo(services.db, services.district, people=30, operator_id=admin.id)
    first = services.privacy.purge_health_answers()  # the demo's sessions are years old
    assert first.purged == len(screenings(services))
    assert services.privacy.purge_health_answers().purged == 0


def test_consent_to_share_with_bpjs_is_recorded_with_its_time_and_audited(services, admin) -> None:
    from desktop_app.services.registry.people import set_bpjs_consent
    from desktop_app.services.registry.types import WalkInDraft
    from desktop_app.storage.models import Person

    with services.db.transaction() as s:
        pid = services.people.create_person(s, WalkInDraft(name="Sri Wahyuni"), admin.id).id
    given = set_bpjs_consent(services.db, pid, True, admin.id)
    with services.db.session() as s:
        assert s.get(Person, pid).consent_bpjs_at == given is not None
    assert set_bpjs_consent(services.db, pid, False, admin.id) is None
    with services.db.session() as s:
        assert s.get(Person, pid).consent_bpjs_at is None
        actions = list(
            s.scalars(
                select(AuditEntry.action).where(AuditEntry.entity_id == pid, AuditEntry.entity == "person")
            )
        )
    assert actions[-2:] == ["consent", "consent_withdrawn"]


def test_a_purge_clears_in_short_batches_and_a_checkin_between_them_goes_through(
    services, admin, make_session, monkeypatch
) -> None:
    from contextlib import contextmanager

    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest
    from desktop_app.services.privacy import service as privacy_service
    from desktop_app.services.registry.types import WalkInDraft

    generate_demo(services.db, services.district, people=60, operator_id=admin.id)  # years old
    _, desk = make_session(capacity=5)
    with services.db.transaction() as s:
        guest = services.people.create_person(s, WalkInDraft(name="Tamu Di Meja"), admin.id).id
    monkeypatch.setattr(privacy_service, "PURGE_BATCH", 7)
    real = privacy_service.write_transaction
    admitted = []

    @contextmanager
    def batch_then_desk(db):  # type: ignore[no-untyped-def]
        with real(db) as s:
            yield s
        if not admitted:  # between the first batch and the next: the desk admits someone
            admitted.append(services.checkin.admit(AdmitRequest(desk, guest, ScreeningAnswers(36.6)), admin))

    monkeypatch.setattr(privacy_service, "write_transaction", batch_then_desk)
    old = [s for s in screenings(services)]
    result = services.privacy.purge_health_answers(days=30, operator_id=admin.id)
    assert result.purged == len(old) > 7
    assert admitted and admitted[0].name == "Tamu Di Meja"
    after = {s.id: s for s in screenings(services)}
    assert all(after[s.id].temperature is None and after[s.id].purged_at for s in old)
    newest = max(after.values(), key=lambda s: s.id)  # the desk's, made today: kept
    assert newest.person_id == guest and newest.temperature == 36.6
