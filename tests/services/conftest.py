"""A small event with one session and a few invited people, built through the services."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop_app.core.codes import new_invitation_code
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Invitation

PEOPLE = [
    ("Sri Wahyuni", "3311014101900001", "081200000011", "Batik Sekar Arum", "umkm"),
    ("Budi Santoso", "3311010202850002", "081200000012", "Koperasi Maju Bersama", "koperasi"),
    ("Citra Lestari", "3311084303880003", "+62 812 0000 0013", "Keripik Tempe Bu Citra", "umkm"),
    ("Dodi Prasetyo", "3372010505800004", "81200000014", "Bengkel Las Dodi", "umkm"),
]


@dataclass
class Desk:
    services: object
    admin: object
    event_id: int
    session_id: int
    people: dict[str, int]
    codes: dict[str, str]


@pytest.fixture
def desk(services, admin, make_session) -> Desk:  # type: ignore[no-untyped-def]
    event_id, session_id = make_session(capacity=3)
    people, codes = {}, {}
    with services.db.transaction() as s:
        for name, nik, phone, org, kind in PEOPLE:
            draft = WalkInDraft(name=name, nik=nik, phone=phone, organization=org, organization_kind=kind)
            person = services.people.create_person(s, draft, admin.id)
            people[name] = person.id
            code = new_invitation_code()
            codes[name] = code
            s.add(Invitation(session_id=session_id, person_id=person.id, code=code))
    return Desk(services, admin, event_id, session_id, people, codes)


def pytest_configure(config) -> None:  # type: ignore[no-untyped-def]
    """Let tests import the file builders beside them (tests/ is not a package)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
