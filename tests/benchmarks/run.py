"""Hadir's benchmark harness: `python tests/benchmarks/run.py [--quick] [--json]`.

Each figure is compared with the raw library doing the same work, so a regression in Hadir's
own code shows up as a ratio, whatever the machine. Later issues add their figures here.

    search_p95_ms   one key press into the check-in page's search box on 100,000 people, until
                    the result list is updated and painted (the real page, Qt offscreen)
    admit_p95_ms    one admission: screening, attendance and audit rows, durable on disk
    import_10k_s    a 10,000-row xlsx roster imported into a fresh database, end to end;
                    import_vs_calamine is that over python-calamine alone reading the file;
                    import_vs_raw is it over calamine's read plus sqlite3 alone writing the same
                    clean rows into the same schema (raw_write_10k_s, bench_import.raw_write)
    export_vs_openpyxl  the event workbook (6,000 attendance rows) over openpyxl alone writing the
                    same cells with the same styles; export_6000_s is Hadir's time in seconds
    pg_search_p95_ms, pg_admit_p95_ms, pg_import_10k_s, desks4_admits_per_s, desks4_admit_p95_ms
                    the same on a local PostgreSQL server, and four desks at once (bench_postgres.py)
    admit_p95_during_import_ms  admissions while another process imports a 99,990-row roster into
                    the same database (bench_admit_during_import.py; target <= 50 ms);
                    admit_max_ms_during_import the longest of them (target <= 1,000 ms);
                    import_100k_rss_mb that import's peak memory (target <= 400 MB)
    certificates_vs_page  1,000 certificates, QR codes included, over the same 1,000 pages drawn
                    without QR codes; certificates_1000_s is Hadir's time (bench_certificates.py)
    window_ready_1k_s, window_ready_100k_s (window_ready_1m_s with --million), window_floor_s,
    cli_start_s, cli_floor_s, search_p95_ms_big_batch, people_page_p95_ms_100k and
    people_count_p95_ms_100k (_1m with --million), window_keypress_p95_ms_100k   see bench_speed.py

The registries are `hadir demo` databases made once and kept in ~/.cache/hadir-bench
(HADIR_BENCH_CACHE elsewhere); the 1,000,000-person one takes a quarter of an hour to make.
    search_p95_ms_encrypted, admit_p95_ms_encrypted  the same on an SQLCipher copy of the registry;
                    import_encrypted_vs_plain  the import into an encrypted database over a plain
                    one (bench_encrypted.py)
    bpjs_import_100k_s  a 100,000-row BPJS membership list imported into the registry (target ≤ 5 s);
                    bpjs_import_vs_calamine is that over calamine reading the file; bpjs_report_s
                    the conversion report of 6,000 attendances on 100,000 people (≤ 1 s; bench_bpjs.py)
    merge_10k_s     a field laptop (10,000 people, ~3,000 check-ins) merged into the 100,000-person
                    registry, in a child process; merge_10k_rss_mb is that process's peak memory
                    (bench_merge.py)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_admit_during_import import bench_admit_during_import  # noqa: E402
from bench_bpjs import bench_bpjs  # noqa: E402
from bench_certificates import bench_certificates  # noqa: E402
from bench_encrypted import bench_encrypted_desk, bench_import_encrypted  # noqa: E402
from bench_export import bench_export  # noqa: E402
from bench_import import bench_import, time_import, write_roster  # noqa: E402
from bench_merge import bench_merge  # noqa: E402
from bench_postgres import bench_postgres, bench_postgres_import  # noqa: E402
from bench_speed import (  # noqa: E402
    add_big_batch,
    cli_start,
    people_page,
    window_floor,
    window_keypress,
    window_ready,
)
from registry import registry_copy  # noqa: E402

from desktop_app.core.screening import ScreeningAnswers  # noqa: E402
from desktop_app.services.checkin.types import AdmitRequest  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.events.service import SessionDraft  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.storage.encryption import connect  # noqa: E402

# What people type at the desk, one keystroke at a time.
TYPED = [
    "sri wahyuni",
    "budi santoso",
    "koperasi",
    "batik",
    "0812 34",
    "+62 857",
    "3311",
    "0007",
    "wahyu sri",
]


def p95(samples: list[float]) -> float:
    """The 95th percentile in milliseconds."""
    return statistics.quantiles(samples, n=20)[-1] * 1000 if len(samples) > 1 else samples[0] * 1000


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of each call."""
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def bench_search(services: Services, session_id: int, rounds: int) -> dict[str, float]:
    """Key presses into the real check-in page's search box, until the result list is painted."""
    from PySide6.QtTest import QTest

    from desktop_app.app import application
    from desktop_app.ui.checkin.checkin_page import CheckinPage

    app = application()  # as the window has it: name, icon and the style sheet
    page = CheckinPage(services, services.operators.local_admin(), session_id=session_id)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    box = page.search_edit
    samples: list[float] = []
    raw: list[float] = []
    conn = connect(services.db.path, services.db.key) if services.db.server is None else None
    for _ in range(rounds):
        for text in TYPED:
            box.clear()
            app.processEvents()
            for char in text:
                started = time.perf_counter()
                QTest.keyClick(box, char)
                app.processEvents()
                samples.append(time.perf_counter() - started)
        for word in ("sri", "santoso", "koperasi", "batik", "812") if conn else ():
            started = time.perf_counter()
            conn.execute(
                "SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT 30", (f'"{word}"',)
            ).fetchall()
            raw.append(time.perf_counter() - started)
    page.close()
    page.deleteLater()
    app.processEvents()
    found = {"search_p95_ms": round(p95(samples), 2)}
    return found | ({"search_raw_fts_p95_ms": round(p95(raw), 2)} if raw else {})


def bench_admit(services: Services, event_id: int, count: int) -> dict[str, float]:
    """Admissions of registry people into a fresh large session, each committed durably."""
    from sqlalchemy import select

    from desktop_app.storage.models import Person

    operator = services.operators.local_admin()
    existing = services.events.list_sessions(event_id)[0]
    draft = SessionDraft(
        event_id, existing.date, existing.start_time, existing.end_time, "Aula Benchmark", 10_000
    )
    session_id = services.events.add_session(draft, operator.id)
    with services.db.session() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id).limit(count)))
    samples = []
    for person_id in ids:
        request = AdmitRequest(
            session_id, person_id, ScreeningAnswers(temperature=36.6), accept_elsewhere=True
        )
        started = time.perf_counter()
        services.checkin.admit(request, operator)
        samples.append(time.perf_counter() - started)
    if services.db.server is not None:
        return {"admit_p95_ms": round(p95(samples), 2)}
    # The raw library: one durable single-row insert and commit, same pragmas.
    conn = connect(services.db.path, services.db.key, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, v TEXT)")
    raw = timed(
        lambda: (
            conn.execute("BEGIN"),
            conn.execute("INSERT INTO bench_raw(v) VALUES ('x')"),
            conn.execute("COMMIT"),
        ),
        count,
    )
    # The file must stay Hadir's: its schema is checked when the next step opens it.
    conn.execute("DROP TABLE bench_raw")
    conn.close()
    return {"admit_p95_ms": round(p95(samples), 2), "admit_raw_commit_p95_ms": round(p95(raw), 2)}


def _shutdown_qt() -> None:
    """Tear Qt down before Python finalises, which otherwise may crash on exit (PySide6)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.processEvents()
        app.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions (same 100,000-person registry)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--no-postgres", action="store_true", help="skip the pg_ and desks4_ figures")
    parser.add_argument(
        "--million",
        action="store_true",
        help="also window_ready_1m_s and people_page_p95_ms_1m (the 1M registry is made once, cached)",
    )
    parser.add_argument(
        "--imports",
        action="store_true",
        help="only the import figures (import_vs_raw, pg_import_vs_sqlite), three runs each (medians)",
    )
    args = parser.parse_args()
    if args.imports:
        return _print(imports_only(args.no_postgres), args.json)
    results: dict[str, float | int | None] = {"people": args.people}
    with tempfile.TemporaryDirectory() as tmp:
        path, generated = registry_copy(args.people, Path(tmp))
        results["demo_generate_s"] = round(generated, 1) if generated is not None else None
        services = Services(open_database(path))
        event_id = services.events.list_events()[-1].id
        session_id = services.events.list_sessions(event_id)[-1].id
        results |= bench_search(services, session_id, rounds=1 if args.quick else 5)
        keypress = window_keypress(services, session_id, TYPED, rounds=1 if args.quick else 5)
        results["window_keypress_p95_ms_100k"] = round(keypress, 2)
        big_batch = add_big_batch(services, event_id)
        big = bench_search(services, big_batch, rounds=1 if args.quick else 5)
        results["search_p95_ms_big_batch"] = big["search_p95_ms"]
        page = people_page(services, rounds=1 if args.quick else 3)
        results["people_page_p95_ms_100k"] = round(page["page"], 1)
        results["people_count_p95_ms_100k"] = round(page["count"], 1)
        results |= bench_admit(services, event_id, count=100 if args.quick else 500)
        # The desk while another process imports 100,000 rows into the same file.
        results |= bench_admit_during_import(services, event_id, Path(tmp))
        services.close()
        runs = 3 if args.quick else 5
        results["window_floor_s"] = round(window_floor(runs), 2)
        results["window_ready_100k_s"] = round(window_ready(path, runs), 2)
        results |= cli_start(path, runs)
        small, _ = registry_copy(1000, Path(tmp) / "1k")
        results["window_ready_1k_s"] = round(window_ready(small, runs), 2)
        if args.million:
            million, _ = registry_copy(1_000_000, Path(tmp) / "1m")
            results["window_ready_1m_s"] = round(window_ready(million, runs), 2)
            services = Services(open_database(million))
            page = people_page(services, rounds=1 if args.quick else 3)
            results["people_page_p95_ms_1m"] = round(page["page"], 1)
            results["people_count_p95_ms_1m"] = round(page["count"], 1)
            services.close()
        results |= bench_encrypted_desk(
            args.people,
            Path(tmp),
            bench_search,
            bench_admit,
            1 if args.quick else 5,
            100 if args.quick else 500,
        )
        results |= bench_import(repeat=1 if args.quick else 3)
        results |= bench_import_encrypted(repeat=1 if args.quick else 3)
        if not args.no_postgres:  # the same work on a local server (tests/pg_cluster.py, durable)
            roster = write_roster(Path(tmp) / "roster-pg.xlsx")
            results |= bench_postgres(
                path, bench_search, bench_admit, lambda url: time_import(url, roster), args.quick
            )
            results["pg_import_vs_sqlite"] = round(results["pg_import_10k_s"] / results["import_10k_s"], 2)
        results |= bench_merge(path)
    # The event workbook with 6,000 attendance rows against openpyxl alone (one run each when --quick).
    results |= bench_export(rows=6000, repeat=1 if args.quick else 3)
    # 1,000 certificates with QR codes against the same pages without them (best of the rounds).
    results |= bench_certificates(rounds=3 if args.quick else 7)
    # The BPJS membership list (100,000 rows) and the conversion report on 6,000 attendances.
    results |= bench_bpjs(repeat=1 if args.quick else 5)
    _shutdown_qt()
    return _print(results, args.json)


def imports_only(no_postgres: bool) -> dict[str, float | int | None]:
    """The 10,000-row import's figures alone, the medians of three runs each (the full run's are one
    run each with --quick)."""
    results: dict[str, float | int | None] = {}
    results |= bench_import(repeat=3)
    results |= bench_import_encrypted(repeat=3)
    if not no_postgres:
        with tempfile.TemporaryDirectory() as tmp:
            roster = write_roster(Path(tmp) / "roster-pg.xlsx")
            results |= bench_postgres_import(lambda url: time_import(url, roster), repeat=3)
        results["pg_import_vs_sqlite"] = round(results["pg_import_10k_s"] / results["import_10k_s"], 2)
    return results


def _print(results: dict[str, float | int | None], as_json: bool) -> int:
    if as_json:
        print(json.dumps(results))
    else:
        width = max(map(len, results))
        for key, value in results.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
