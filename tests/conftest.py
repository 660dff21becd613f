"""Shared fixtures. Qt runs offscreen: without a display pytest would abort before any summary."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HADIR_LANG", "id")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the user's real data folder or keyring."""
    monkeypatch.setenv("HADIR_DATA_DIR", str(tmp_path_factory.mktemp("hadir-data")))
    # Database keys go to a file-backed keyring in a temporary folder, never the machine's own.
    monkeypatch.setenv("HADIR_KEYRING_FILE", str(tmp_path_factory.mktemp("keyring") / "keyring.json"))
    monkeypatch.delenv("HADIR_DB", raising=False)
    monkeypatch.delenv("HADIR_OPERATOR", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file path in a fresh folder (the file does not exist yet)."""
    return tmp_path / "hadir.db"


@pytest.fixture
def services(db_path: Path) -> Iterator[object]:
    """Services over a fresh, migrated database."""
    from desktop_app.services.container import Services
    from desktop_app.storage.database import open_database

    svc = Services(open_database(db_path, db_path.parent / "backups"))
    yield svc
    svc.close()


@pytest.fixture
def admin(services) -> object:  # type: ignore[no-untyped-def]
    """The local admin operator."""
    return services.operators.local_admin()


def _make_session(services, admin, capacity: int = 30, max_temp: float = 37.3, batch: int | None = None):  # type: ignore[no-untyped-def]
    from desktop_app.services.events.service import EventDraft, SessionDraft

    event_id = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), admin.id)
    draft = SessionDraft(
        event_id, date(2021, 2, 16), time(9), time(12), "Aula Dinas", capacity, batch, max_temp
    )
    return event_id, services.events.add_session(draft, admin.id)


@pytest.fixture
def make_session(services, admin):  # type: ignore[no-untyped-def]
    """Make a new event with one session: `make_session(capacity=5, max_temp=37.5)`."""
    return lambda **kw: _make_session(services, admin, **kw)
