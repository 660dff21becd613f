"""A desk or an import run in a child process, killed by the test at a moment it chooses.

usage: kill_child.py checkin DB SESSION_ID PERSON_ID...   prints "ACK <person_id>" after each admit
       kill_child.py import DB FILE SESSION_ID             prints "HALF" when half the rows are checked
       kill_child.py import-write DB FILE SESSION_ID       prints "BATCH" when a first batch is written
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.storage.target import open_target


def checkin(db: str, session_id: str, *person_ids: str) -> None:
    services = Services(open_target(db))
    operator = services.operators.local_admin()
    for pid in person_ids:
        services.checkin.admit(AdmitRequest(int(session_id), int(pid), ScreeningAnswers(36.5)), operator)
        print(f"ACK {pid}", flush=True)  # the desk shows "admitted" only after admit() returned


def run_import(db: str, path: str, session_id: str) -> None:
    services = Services(open_target(db))
    operator = services.operators.local_admin()
    told = False

    def progress(done: int, total: int) -> None:
        nonlocal told
        if not told and total and done >= total // 2:
            told = True
            print("HALF", flush=True)
            time.sleep(30)  # the test kills the process here, inside the import's transaction

    services.roster.run(Path(path), [int(session_id)], operator, progress=progress)
    print("DONE", flush=True)


def run_import_writing(db: str, path: str, session_id: str) -> None:
    services = Services(open_target(db))
    operator = services.operators.local_admin()

    def batch_written(done: int, total: int) -> None:
        print("BATCH", flush=True)
        time.sleep(30)  # the test kills the process here: a batch committed, others to come

    services.roster.run(Path(path), [int(session_id)], operator, batch_written=batch_written)
    print("DONE", flush=True)


if __name__ == "__main__":
    {"checkin": checkin, "import": run_import, "import-write": run_import_writing}[sys.argv[1]](*sys.argv[2:])
