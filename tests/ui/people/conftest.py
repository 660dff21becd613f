"""The *Peserta* page over a demo registry, with background jobs run inline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services.demo.service import DemoResult, generate_demo
from desktop_app.storage.models import AuditEntry

# The roster file builders live beside the service tests (tests/ is not a package).
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))


@pytest.fixture
def demo(services, admin) -> DemoResult:  # type: ignore[no-untyped-def]
    """60 people in two batches of 30, most of them checked in."""
    return generate_demo(services.db, services.district, people=60, operator_id=admin.id)


@pytest.fixture
def page(qtbot, services, admin, demo):  # type: ignore[no-untyped-def]
    """The page, shown, with an inline worker pool."""
    from desktop_app.ui.people.people_page import PeoplePage
    from desktop_app.ui.worker import WorkerPool

    widget = PeoplePage(services, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    return widget


@pytest.fixture
def audit(services):  # type: ignore[no-untyped-def]
    """`audit(action, entity="person")`: the audit entries of one kind, oldest first."""

    def entries(action: str, entity: str = "person") -> list[AuditEntry]:
        with services.db.session() as s:
            query = select(AuditEntry).where(AuditEntry.action == action, AuditEntry.entity == entity)
            return list(s.scalars(query.order_by(AuditEntry.id)))

    return entries
