"""The same desk figures on an SQLCipher database, and the import encrypted against plain.

search_p95_ms_encrypted   search_p95_ms on the 100,000-person registry, encrypted
admit_p95_ms_encrypted    admit_p95_ms on it, encrypted
import_encrypted_vs_plain the 10,000-row import into an encrypted database over the same
                          import into a plain one (medians, same roster, same machine)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_import import ROWS, _slot, write_roster
from registry import registry_copy

from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.storage.database import open_database
from desktop_app.storage.encryption import convert_in_place, new_key

Bench = Callable[..., dict[str, float]]


def bench_encrypted_desk(
    people: int, workdir: Path, search: Bench, admit: Bench, rounds: int, count: int
) -> dict[str, float]:
    """The search and admit benchmarks of run.py, on an encrypted copy of the registry."""
    folder = workdir / "encrypted"
    folder.mkdir()
    path, _ = registry_copy(people, folder)
    key = new_key()
    convert_in_place(path, None, key)
    services = Services(open_database(path, key=key))
    event_id = services.events.list_events()[-1].id
    session_id = services.events.list_sessions(event_id)[-1].id
    try:
        searched = search(services, session_id, rounds=rounds)
        admitted = admit(services, event_id, count=count)
    finally:
        services.close()
    return {
        "search_p95_ms_encrypted": searched["search_p95_ms"],
        "admit_p95_ms_encrypted": admitted["admit_p95_ms"],
    }


def _import_once(path: Path, roster: Path, key: bytes | None) -> float:
    if key is not None:
        Services(open_database(path)).close()
        convert_in_place(path, None, key)
    services = Services(open_database(path, key=key))
    operator = services.operators.local_admin()
    event = services.events.add_event(EventDraft("Sosialisasi", "Disdagkop UKM"), operator.id)
    session = services.events.add_session(
        SessionDraft(event, *_slot(), venue="Aula", capacity=ROWS), operator.id
    )
    started = time.perf_counter()
    summary = services.roster.run(roster, [session], operator)
    seconds = time.perf_counter() - started
    services.close()
    assert summary.imported > ROWS * 0.95
    return seconds


def bench_import_encrypted(repeat: int = 3) -> dict[str, float]:
    """Median import into an encrypted database over the median into a plain one, alternating runs."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster = write_roster(folder / "roster.xlsx")
        plain, encrypted = [], []
        for n in range(repeat):
            plain.append(_import_once(folder / f"plain-{n}.db", roster, None))
            encrypted.append(_import_once(folder / f"encrypted-{n}.db", roster, new_key()))
    seconds = statistics.median(encrypted)
    return {
        "import_10k_encrypted_s": round(seconds, 3),
        "import_encrypted_vs_plain": round(seconds / statistics.median(plain), 2),
    }
