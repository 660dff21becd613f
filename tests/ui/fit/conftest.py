"""The fit walk's world: a demo registry of 60 people in two batches."""

from __future__ import annotations

import pytest

from desktop_app.services.demo.service import generate_demo


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    return generate_demo(services.db, services.district, people=60, operator_id=admin.id)
