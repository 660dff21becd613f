"""Merging a field laptop (10,000 people, ~3,000 check-ins) into the 100,000-person registry.

The merge runs in a child process, so its peak memory (`merge_10k_rss_mb`, the child's maximum
resident set) is the merge's own and not the harness's. On Linux it is the child's `VmHWM`:
`ru_maxrss` of a process started by fork (or vfork) and exec also counts the peak of the
parent's memory before the exec, so it reported the harness's own size (565 MB) instead. `merge_10k_s` is the merge alone,
without starting Python; `merge_10k_cpu_s` its CPU time (on a shared, loaded machine the wall
time is mostly waiting for a core).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from bench_import import write_roster

from desktop_app.core.region import District
from desktop_app.services.container import Services
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import open_database

WITH_CHECKINS = 3_334  # the demo admits ~90 %: about 3,000 check-ins
WITHOUT = 6_666


def make_laptop(path: Path, folder: Path) -> dict[str, int]:
    """A laptop's database: a demo event with ~3,000 check-ins and a 6,666-row roster imported."""
    db = open_database(path)
    demo = generate_demo(db, District(), people=WITH_CHECKINS, seed=4242)
    db.close()
    services = Services(open_database(path))
    operator = services.operators.local_admin()
    event = services.events.add_event(EventDraft("Sosialisasi Kecamatan Bulu", "Disdagkop UKM"), operator.id)
    draft = SessionDraft(event, date(2021, 3, 2), clock(9), clock(12), venue="Balai Desa", capacity=WITHOUT)
    session = services.events.add_session(draft, operator.id)
    summary = services.roster.run(
        write_roster(folder / "laptop-roster.xlsx", rows=WITHOUT, seed=99), [session], operator
    )
    services.close()
    return {"people": demo.people + summary.imported, "admitted": demo.admitted}


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB, its own since its exec (see the module's note)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS


def _child(target: str, laptop: str) -> None:
    services = Services(open_database(Path(target)))
    started, cpu = time.perf_counter(), time.process_time()
    report = services.merge.merge(Path(laptop), services.operators.local_admin())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    services.close()
    rss_mb = peak_rss_mb()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "rss_mb": rss_mb,
                "people_new": report.people_new,
                "attendance_new": report.attendance_new,
            }
        )
    )


def bench_merge(registry: Path) -> dict[str, float]:
    """Seconds and peak memory of merging the laptop into a copy of `registry` (100,000 people)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        laptop = folder / "laptop.db"
        made = make_laptop(laptop, folder)
        target = backup_file(registry, folder / "office.db")
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(target), str(laptop)],
            check=True,
            capture_output=True,
            text=True,
        )
        child = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "merge_10k_s": round(child["seconds"], 2),
        "merge_10k_cpu_s": round(child["cpu"], 2),
        "merge_10k_rss_mb": round(child["rss_mb"]),
        "merge_10k_people": made["people"],
        "merge_10k_checkins": child["attendance_new"],
    }


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    _child(sys.argv[2], sys.argv[3])
