"""A venue on this machine for the host-and-join tests: three data folders, `hadir` run as a user would.

The folders live under a fresh folder of /tmp that others may pass through (0711): as root the
host's server runs as `nobody`, which must reach `<data folder>/server`.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

HADIR = [sys.executable, "-m", "desktop_app"]


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        return int(sock.getsockname()[1])


def hadir(folder: Path, *args: object, want: int = 0) -> dict:
    """Run `hadir --json ARGS` with `folder` as the data folder; its JSON answer."""
    env = {k: v for k, v in os.environ.items() if k not in ("HADIR_DB", "HADIR_OPERATOR")}
    env["HADIR_DATA_DIR"] = str(folder)
    done = subprocess.run(
        [*HADIR, "--json", *map(str, args)], capture_output=True, text=True, env=env, timeout=180
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == want, (done.returncode, done.stdout, done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


@dataclass
class Venue:
    """The host's data folder and two desks'."""

    root: Path
    host: Path
    desks: list[Path]
    port: int

    @classmethod
    def make(cls) -> Venue:
        """Three empty data folders; the host's own file gets an event to bring along."""
        root = Path(tempfile.mkdtemp(prefix="hadir-venue-"))
        os.chmod(root, 0o711)
        folders = [root / name for name in ("host", "desk1", "desk2")]
        for folder in folders:
            folder.mkdir()
            os.chmod(folder, 0o711)
        return cls(root, folders[0], folders[1:], free_port())

    @property
    def everyone(self) -> list[Path]:
        """The host first, then the desks."""
        return [self.host, *self.desks]

    def remove(self) -> None:
        """Stop the server if it runs and remove the folders."""
        subprocess.run(
            [*HADIR, "host", "stop"],
            env={**os.environ, "HADIR_DATA_DIR": str(self.host)},
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def open_services(folder: Path):  # type: ignore[no-untyped-def]
    """Services over whatever database the data folder's laptop uses (its own file or the server)."""
    from desktop_app.paths import AppPaths
    from desktop_app.services.container import Services

    return Services.open(AppPaths.resolve(env={"HADIR_DATA_DIR": str(folder)}), housekeeping=False)


def add_session(folder: Path, capacity: int, people: int) -> tuple[int, list[int]]:
    """A new session of `capacity` seats and `people` people in the registry, through this laptop."""
    from desktop_app.services.events.service import EventDraft, SessionDraft
    from desktop_app.services.registry.types import WalkInDraft

    services = open_services(folder)
    try:
        admin = services.operators.local_admin()
        event_id = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), admin.id)
        draft = SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula", capacity, None, 37.5)
        session_id = services.events.add_session(draft, admin.id)
        ids = []
        with services.db.transaction() as s:
            for i in range(people):
                ids.append(
                    services.people.create_person(
                        s, WalkInDraft(name=f"Peserta {session_id}-{i}"), admin.id
                    ).id
                )
        return session_id, ids
    finally:
        services.close()


def attended(folder: Path, session_id: int) -> int:
    """The session's attended count as `hadir event list` on this laptop shows it."""
    events = hadir(folder, "event", "list")["events"]
    return next(s["attended"] for e in events for s in e["sessions"] if s["session_id"] == session_id)
