"""Shared fixtures. Qt runs offscreen: without a display pytest would abort before any summary."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from collector_key import COLLECTOR_AFTER_TEARDOWN

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HADIR_LANG", "id")


def _qt_application() -> object | None:
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets.QApplication.instance() if widgets is not None else None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """In a worker that has a QApplication, Python's cycle collector is off between tests too.

    When it was back on between two tests, a background thread left by an earlier test
    (housekeeping, a server's pool, zeroconf) could collect a closed window's widgets off the GUI
    thread while pytest-qt processed events; the heap was corrupted and a later test died in a
    Qt constructor (three full runs in session 4). A test that switches it on must switch it
    off again; this names the one that did not.
    """
    if _qt_application() is not None and gc.isenabled():
        gc.disable()
        previous, _ = item.config.stash.get(COLLECTOR_AFTER_TEARDOWN, ("a test before this one", True))
        pytest.fail(f"{previous} left Python's cycle collector on in a worker that has a QApplication")


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    result = yield
    item.config.stash[COLLECTOR_AFTER_TEARDOWN] = (item.nodeid, gc.isenabled())
    return result


@pytest.fixture(autouse=True)
def _qt_cycles_collected_on_the_main_thread() -> Iterator[None]:
    """Once a worker has a QApplication (a UI test ran in it), Python's cycle collector stays off
    and every test ends by collecting on the main thread (desktop_app/ui/gc_guard.py).
    """
    app = _qt_application()
    if app is None:
        yield
        return
    from desktop_app.ui import gc_guard

    gc_guard.install(app)
    yield
    gc_guard.collect_here()


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


# The suites that run on both engines: each of their tests that uses a database runs twice,
# `[sqlite]` and `[postgresql]` (a real server: tests/pg_cluster.py, or HADIR_TEST_PG).
BOTH_ENGINES = ("services", "cli", "reliability")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the tests of BOTH_ENGINES's suites once per engine."""
    if "db_engine" not in metafunc.fixturenames:
        return
    parts = Path(str(metafunc.definition.fspath)).relative_to(Path(__file__).parent).parts
    if parts[0] in BOTH_ENGINES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine this test runs on (SQLite unless its suite runs on both)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for this test process (started on first use, stopped at the end)."""
    from pg_cluster import Cluster

    server = Cluster.from_environment()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:  # type: ignore[no-untyped-def]
    """A migrated, empty Hadir database on the server that each test's database is copied from."""
    from desktop_app.storage.target import open_target

    name = f"hadir_template_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    db = open_target(pg_server.create_database(name))
    db.close()
    return name


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server, pg_template) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The URL of a fresh, migrated Hadir database on the test server (dropped afterwards)."""
    name = f"hadir_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{next(_pg_databases)}"
    yield pg_server.create_database(name, template=pg_template)
    pg_server.drop_database(name)


@pytest.fixture
def db_target(db_engine: str, db_path: Path, request: pytest.FixtureRequest) -> str:
    """What `--db` names for this test: the file path, or a fresh server database's URL."""
    if db_engine == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(db_path)


@pytest.fixture
def services(db_target: str, db_path: Path) -> Iterator[object]:
    """Services over a fresh, migrated database (on each engine where the suite runs on both)."""
    from desktop_app.services.container import Services
    from desktop_app.storage.target import open_target

    svc = Services(open_target(db_target, db_path.parent / "backups", db_path))
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
