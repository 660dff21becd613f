"""A host server whose main process was killed is not taken for a running one.

On Linux a killed process stays a zombie until its parent reaps it, and the host's server is
nobody's child once `pg_ctl` has started it. `pg_ctl status` took that zombie for a running
server: `host start` after the kill did nothing, and every desk then found nobody (the CI run
of session 5). The lock file the killed server left is removed before it starts again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.services.network.binaries import find_bin_dir
from desktop_app.services.network.host_server import HostServer, server_user

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="zombies are read from /proc")


def _zombie() -> subprocess.Popen:
    # As the server's own user (as root: nobody), so pg_ctl may signal it as it would the server.
    child = subprocess.Popen(["true"], user=server_user())  # ends at once; never waited for: a zombie
    for _ in range(100):
        if Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return child
        time.sleep(0.02)
    raise AssertionError("the child never ended")


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder the server's user may enter (pytest's own temporary folders are root's only)."""
    made = Path(tempfile.mkdtemp(prefix="hadir-killed-"))
    os.chmod(made, 0o755)
    yield made
    shutil.rmtree(made, ignore_errors=True)


def _server_with_lock_of(tmp_path: Path, pid: int) -> HostServer:
    try:
        server = HostServer(tmp_path / "server", find_bin_dir())
    except InvalidInput:  # pragma: no cover - dev.sh installs Debian's postgresql
        pytest.skip("PostgreSQL is not installed")
    server.pgdata.mkdir(parents=True, mode=0o700)
    (server.pgdata / "PG_VERSION").write_text("15\n")
    (server.pgdata / "postmaster.pid").write_text(f"{pid}\n{server.pgdata}\n")
    if server_user():  # as root, the folder is the server user's, as `host start` leaves it
        for path in (server.folder, server.pgdata, *server.pgdata.iterdir()):
            shutil.chown(path, server_user())
    return server


def test_a_killed_server_is_not_running(folder: Path) -> None:
    zombie = _zombie()
    try:
        server = _server_with_lock_of(folder, zombie.pid)
        assert server.postmaster_pid() == zombie.pid
        assert server.running() is False
    finally:
        zombie.wait()


def test_a_live_server_process_still_counts_as_running(folder: Path) -> None:
    server = _server_with_lock_of(folder, os.getpid())  # a live process holds the lock
    assert server._killed() is False
