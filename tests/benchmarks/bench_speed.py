"""Speed at every size (issue 20): the window's start, the command line's start, a big batch's search.

    window_ready_{1k,100k,1m}_s  a fresh process: imports, the database opened, the main window
                    built and painted (the first page included), as `hadir` does after the PIN;
                    window_floor_s is a bare PySide6 window painted in a fresh process
    cli_start_s     `hadir event list --json` on the 100,000-person registry, process start to
                    exit; cli_floor_s is python + sqlite3 reading the same events
    search_p95_ms_big_batch  a key press into the desk's search box in a batch of 10,000
                    invitees (the real page, painted), like search_p95_ms
    people_page_p95_ms_{100k,1m}  Peserta: every sort both ways, each filter and search, the
                    first screenful and "Show more"; people_count_p95_ms_{100k,1m} the total
                    the page counts in the background after showing the rows

Each figure is the median of its runs (a p95 for key presses), never the best run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionDraft

ROOT = Path(__file__).resolve().parents[2]

_WINDOW = """
import os, sys, time
started = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.ui.launch import application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.app_settings import AppSettings
app = application()
db = Path(sys.argv[1])
paths = AppPaths(data_dir=db.parent, db_path=db)
services = Services.open(paths, housekeeping=False)
settings = AppSettings.in_file(db.parent / "bench-settings.ini")
settings.current_page = sys.argv[3]
window = MainWindow(services, paths, settings, services.operators.local_admin().id)
window.show()
window.repaint()
app.processEvents()
print(time.time() - started)
from PySide6.QtCore import QThreadPool
QThreadPool.globalInstance().waitForDone()  # the page's background read, before Qt goes
app.shutdown()
"""

_BARE_WINDOW = """
import os, sys, time
started = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
window.repaint()
app.processEvents()
print(time.time() - started)
"""


def _env() -> dict[str, str]:
    # Compiled bytecode is kept (outside the repository) as an installed Hadir or the bundle has
    # it: compiling 900 modules on every start is not what a user waits for.
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path.home() / ".cache" / "hadir-bench" / "pycache")
    return env


def _child_seconds(code: str, *args: str) -> float:
    env = _env()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def window_ready(db: Path, runs: int, page: str = "events") -> float:
    """Median seconds from process start to the main window painted, over `runs` fresh processes."""
    return statistics.median(_child_seconds(_WINDOW, str(db), repr(time.time()), page) for _ in range(runs))


def window_floor(runs: int) -> float:
    """Median seconds from process start to a bare PySide6 window painted."""
    return statistics.median(_child_seconds(_BARE_WINDOW, repr(time.time())) for _ in range(runs))


def cli_start(db: Path, runs: int) -> dict[str, float]:
    """`hadir event list --json` against python + sqlite3 reading the events, medians of `runs`."""
    env = _env()
    hadir = [sys.executable, "-m", "desktop_app", "--db", str(db), "--json", "event", "list"]
    floor = [
        sys.executable,
        "-c",
        f"import sqlite3; sqlite3.connect({str(db)!r}).execute('SELECT * FROM event').fetchall()",
    ]
    subprocess.run(hadir, capture_output=True, env=env, check=True)  # bytecode compiled once, untimed
    results = {}
    for key, command in (("cli_start_s", hadir), ("cli_floor_s", floor)):
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env, check=True)
            samples.append(time.perf_counter() - started)
        results[key] = round(statistics.median(samples), 3)
    return results


def add_big_batch(services: Services, event_id: int, invitees: int = 10_000) -> int:
    """A session of the event with `invitees` people of the registry invited (one big seminar)."""
    operator = services.operators.local_admin()
    model = services.events.list_sessions(event_id)[0]
    draft = SessionDraft(event_id, model.date, model.start_time, model.end_time, "Gedung Serbaguna", invitees)
    session_id = services.events.add_session(draft, operator.id)
    with services.db.engine.begin() as conn:  # the codes as an import makes them, in one statement
        conn.exec_driver_sql(
            "INSERT INTO invitation (session_id, person_id, code, created_at) "
            "SELECT ?, id, 'BIG-' || id, '2021-02-01 00:00:00' FROM person "
            "ORDER BY (id * 7919) % 100003 LIMIT ?",
            (session_id, invitees),
        )
    return session_id


def people_page(services: Services, rounds: int) -> dict[str, float]:
    """p95 ms of what Peserta waits for on one action, and of the count it refines in the background.

    Every sort in both directions, the filters and a few searches: the first screenful (200)
    and "Show more" (the next 200 after the last row), as the page asks the registry. The
    total ("Menampilkan 200 dari …") is counted by a background job after the rows are shown;
    its p95 is `count`, reported beside the key, not in it.
    """
    from desktop_app.services.registry.types import PersonSort

    actions: list[dict[str, object]] = [
        {"sort": sort, "descending": descending} for sort in PersonSort for descending in (False, True)
    ]
    actions += [
        {"kind": "koperasi"},
        {"kind": "lainnya"},
        {"kecamatan": "Grogol"},
        {"attended": True},
        {"attended": False},
        {"query": "sri"},
        {"query": "koperasi maju"},
        {"query": "3311"},
        {"query": "bu"},
    ]
    registry = services.registry
    samples, counts = [], []
    for _ in range(rounds):
        for action in actions:
            filters = {k: v for k, v in action.items() if k not in ("sort", "descending")}
            started = time.perf_counter()
            rows = registry.list_people(**action, limit=200)  # type: ignore[arg-type]
            samples.append((time.perf_counter() - started) * 1000)
            if len(rows) >= 200:
                started = time.perf_counter()
                registry.list_people(**action, limit=200, after_id=rows[-1].id)  # type: ignore[arg-type]
                samples.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                registry.count_people(**filters)  # type: ignore[arg-type]
                counts.append((time.perf_counter() - started) * 1000)
    return {"page": _p95(samples), "count": _p95(counts)}


def _p95(samples: list[float]) -> float:
    samples = sorted(samples)
    return samples[max(0, round(len(samples) * 0.95) - 1)]


def window_keypress(services: Services, session_id: int, typed: list[str], rounds: int) -> float:
    """p95 ms of a key press into the desk's search box in the whole main window, painted.

    Unlike search_p95_ms (the page alone), the window's other parts (navigation, status bar,
    the session guard's idle watcher) are there and repaint as they would.
    """
    import tempfile

    from PySide6.QtTest import QTest

    from desktop_app.paths import AppPaths
    from desktop_app.ui.app_settings import AppSettings
    from desktop_app.ui.launch import application
    from desktop_app.ui.main_window import MainWindow

    app = application()
    folder = Path(tempfile.mkdtemp())
    paths = AppPaths(data_dir=folder, db_path=services.db.path)
    operator = services.operators.local_admin().id
    window = MainWindow(services, paths, AppSettings.in_file(folder / "settings.ini"), operator)
    window.resize(1366, 768)
    window.show_page("checkin")
    window.show()
    page = window.pages["checkin"]
    page.chooser.select_session(session_id)  # type: ignore[attr-defined]
    app.processEvents()
    box = page.search_edit  # type: ignore[attr-defined]
    samples: list[float] = []
    for _ in range(rounds):
        for text in typed:
            box.clear()
            app.processEvents()
            for char in text:
                started = time.perf_counter()
                QTest.keyClick(box, char)
                app.processEvents()
                samples.append((time.perf_counter() - started) * 1000)
    window.close()
    window.deleteLater()
    app.processEvents()
    samples.sort()
    return samples[max(0, round(len(samples) * 0.95) - 1)]
