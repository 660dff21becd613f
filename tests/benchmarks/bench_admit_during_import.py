"""The desk while a big import runs: admissions timed while another process imports 100,000 rows.

admit_p95_during_import_ms   p95 of admissions (durable, as bench_admit) made while
                             `hadir roster import` of a 99,990-row xlsx runs in another process
                             on the same database file (target: <= 50 ms)
admit_max_ms_during_import   the longest of them: the most a desk waited behind the import
                             (target: <= 1,000 ms; it writes in batches of 2,000 rows)
admits_failed_during_import  admissions that failed (e.g. "database is locked")
import_100k_rss_mb           the import's peak memory: the larger of the importing process and
                             the child that reads the workbook, each its own VmHWM (target: <= 400 MB;
                             import_100k_rss_mb_importer and _reader say which is which)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_import import write_roster
from sqlalchemy import select

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionDraft
from desktop_app.storage.models import Person

ROOT = Path(__file__).resolve().parents[2]
IMPORT_ROWS = 99_990
# Each Python process of the import notes its own VmHWM at exit (peak_memory/sitecustomize.py).
PEAK_HOOK = Path(__file__).resolve().parent / "peak_memory"


def bench_admit_during_import(services: Services, event_id: int, folder: Path) -> dict[str, float | int]:
    """Admit registry people one after another for as long as the import process runs."""
    operator = services.operators.local_admin()
    existing = services.events.list_sessions(event_id)[0]
    desk = services.events.add_session(
        SessionDraft(event_id, existing.date, existing.start_time, existing.end_time, "Aula Desk", 10_000),
        operator.id,
    )
    target = services.events.add_session(
        SessionDraft(event_id, existing.date, existing.start_time, existing.end_time, "Aula Impor", 10_000),
        operator.id,
    )
    with services.db.session() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id.desc()).limit(10_000)))
    roster = write_roster(folder / "roster-100k.xlsx", rows=IMPORT_ROWS, seed=11)
    command = [
        sys.executable, "-m", "desktop_app", "--db", str(services.db.path), "--json",
        "roster", "import", str(roster), "--session", str(target),
    ]  # fmt: skip
    peaks = folder / "import-peaks.txt"
    peaks.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join((str(PEAK_HOOK), str(ROOT))))
    env["HADIR_BENCH_PEAK_FILE"] = str(peaks)
    importer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    samples: list[float] = []
    failed = 0
    started_all = time.perf_counter()
    for person_id in ids:
        if importer.poll() is not None:
            break
        request = AdmitRequest(desk, person_id, ScreeningAnswers(temperature=36.6), accept_elsewhere=True)
        started = time.perf_counter()
        try:
            services.checkin.admit(request, operator)
        except Exception:
            failed += 1
        samples.append(time.perf_counter() - started)
        time.sleep(0.02)  # a desk admits a person every few seconds; this is a busy one
    out, err = importer.communicate()
    import_s = time.perf_counter() - started_all
    if importer.returncode != 0:  # say why on stderr and leave the figure empty; the harness goes on
        print("admit_p95_during_import_ms: the import failed:", (out + err).decode()[-1000:], file=sys.stderr)
        return {"admit_p95_during_import_ms": None, "admits_failed_during_import": failed}
    # The first line is the reader child's (it ends first), the last the importer's.
    peak_kb = [int(line.split()[1]) for line in peaks.read_text().splitlines()] if peaks.exists() else []
    p95 = statistics.quantiles(samples, n=20)[-1] * 1000 if len(samples) > 1 else samples[0] * 1000
    return {
        "admit_p95_during_import_ms": round(p95, 2),
        "admit_max_ms_during_import": round(max(samples) * 1000, 2),
        "import_100k_rss_mb": round(max(peak_kb) / 1024) if peak_kb else None,
        "import_100k_rss_mb_importer": round(peak_kb[-1] / 1024) if peak_kb else None,
        "import_100k_rss_mb_reader": round(peak_kb[0] / 1024) if len(peak_kb) > 1 else None,
        "admits_during_import": len(samples),
        "admits_failed_during_import": failed,
        "import_100k_with_desk_s": round(import_s, 1),
    }
