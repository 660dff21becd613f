"""The same desk work on a local PostgreSQL server (durable: fsync and synchronous_commit on).

pg_search_p95_ms     a key press on the real check-in page over the 100,000-person registry
                     copied onto the server, until the result list is painted
pg_admit_p95_ms      one admission, committed on the server
pg_import_10k_s      the 10,000-row roster imported into a fresh server database
                     (pg_import_vs_sqlite: over import_10k_s)
desks4_admits_per_s  four processes, each its own connection, admitting into one session at
desks4_admit_p95_ms  once (more attempts than seats: the capacity must hold, it is checked)
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: pg_cluster

from pg_cluster import Cluster

from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionDraft
from desktop_app.storage.copy import copy_database
from desktop_app.storage.target import open_target

DESKS = 4


def _desk(url: str, session_id: int, person_ids: list[int], ready, start, results) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.errors import CapacityFull
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest

    services = Services(open_target(url))
    operator = services.operators.local_admin()
    services.checkin.seats(session_id)  # the connection is open and the first statements are prepared
    samples, admitted = [], 0
    ready.put(True)
    start.wait()
    for person_id in person_ids:
        started = time.perf_counter()
        try:
            services.checkin.admit(
                AdmitRequest(session_id, person_id, ScreeningAnswers(36.6), accept_elsewhere=True), operator
            )
            admitted += 1
        except CapacityFull:
            pass
        samples.append(time.perf_counter() - started)
    services.close()
    results.put((admitted, samples))


def bench_desks(services: Services, url: str, event_id: int, per_desk: int) -> dict[str, float]:
    """Four processes admit `per_desk` people each into one session with fewer seats than attempts."""
    from sqlalchemy import func, select

    from desktop_app.storage.models import Attendance, Person

    operator = services.operators.local_admin()
    existing = services.events.list_sessions(event_id)[0]
    seats = DESKS * per_desk * 3 // 4
    draft = SessionDraft(
        event_id, existing.date, existing.start_time, existing.end_time, "Aula 4 meja", seats
    )
    session_id = services.events.add_session(draft, operator.id)
    with services.db.session() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id.desc()).limit(DESKS * per_desk)))
    ctx = mp.get_context("spawn")
    ready, start, results = ctx.Queue(), ctx.Event(), ctx.Queue()
    desks = [
        ctx.Process(target=_desk, args=(url, session_id, ids[i::DESKS], ready, start, results))
        for i in range(DESKS)
    ]
    for p in desks:
        p.start()
    for _ in desks:  # every desk has opened its connection before the clock starts
        ready.get(timeout=120)
    started = time.perf_counter()
    start.set()
    outcomes = [results.get(timeout=600) for _ in desks]
    wall = time.perf_counter() - started
    for p in desks:
        p.join(timeout=60)
    admitted = sum(a for a, _ in outcomes)
    with services.db.session() as s:
        stored = s.scalar(select(func.count(Attendance.id)).where(Attendance.session_id == session_id))
    assert admitted == stored == seats, (admitted, stored, seats)  # the capacity held
    samples = [x for _, xs in outcomes for x in xs]
    return {
        "desks4_admits_per_s": round(admitted / wall, 1),
        "desks4_admit_p95_ms": round(statistics.quantiles(samples, n=20)[-1] * 1000, 2),
    }


def bench_postgres(
    sqlite_registry: Path,
    search: Callable[[Services, int, int], dict[str, float]],
    admit: Callable[[Services, int, int], dict[str, float]],
    import_once: Callable[[str], float],
    quick: bool,
) -> dict[str, float]:
    """Every pg_ and desks4_ figure, on a server started for the run and removed after it."""
    server = Cluster.from_environment(durable=True)
    try:
        results: dict[str, float] = {}
        url = server.create_database("hadir_bench")
        lite, services = open_target(sqlite_registry), Services(open_target(url))
        started = time.perf_counter()
        copy_database(lite, services.db)
        results["pg_registry_copy_s"] = round(time.perf_counter() - started, 1)
        lite.close()
        with services.db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        event_id = services.events.list_events()[-1].id
        session_id = services.events.list_sessions(event_id)[-1].id
        found = search(services, session_id, 1 if quick else 5)
        results["pg_search_p95_ms"] = found["search_p95_ms"]
        done = admit(services, event_id, 100 if quick else 500)
        results["pg_admit_p95_ms"] = done["admit_p95_ms"]
        results |= bench_desks(services, url, event_id, per_desk=50 if quick else 200)
        services.close()
        return results | pg_imports(server, import_once, 1 if quick else 3)
    finally:
        server.stop()


def pg_imports(server: Cluster, import_once: Callable[[str], float], repeat: int) -> dict[str, float]:
    """`pg_import_10k_s`: the median of `repeat` imports, each into a fresh database of `server`."""
    imports = [import_once(server.create_database(f"hadir_import_{n}")) for n in range(repeat)]
    return {"pg_import_10k_s": round(statistics.median(imports), 2)}


def bench_postgres_import(import_once: Callable[[str], float], repeat: int) -> dict[str, float]:
    """`pg_import_10k_s` alone, on a server started for it and removed after it."""
    server = Cluster.from_environment(durable=True)
    try:
        return pg_imports(server, import_once, repeat)
    finally:
        server.stop()
