"""A throwaway PostgreSQL server for the tests and the benchmark harness: no mocks, a real one.

`Cluster.start()` runs Debian's `initdb` in a temporary folder, starts `postgres` on a free port
of 127.0.0.1 with scram-sha-256 password authentication, and creates the role `hadir`; `stop()`
stops it and removes the folder. PostgreSQL refuses to run as root (CI runs as root), so as root
the server runs as the unprivileged user `nobody`, which owns the folder.

`HADIR_TEST_PG=postgresql://user:password@host:port/dbname` uses an existing server instead (the
role needs CREATEDB); each test database is then made and dropped on that server.

Run by hand: `python tests/pg_cluster.py` starts one, prints its URL and waits for Ctrl+C.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

ROLE = "hadir"
UNPRIVILEGED_USER = "nobody"


def postgres_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps each version apart)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """One PostgreSQL server: started here (folder set) or an existing one (`HADIR_TEST_PG`)."""

    admin_url: str  # a role that may create databases, connected to its maintenance database
    folder: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    port: int = 0
    password: str = ""
    _user: str | None = field(default=None, repr=False)

    @classmethod
    def from_environment(cls, durable: bool = False) -> Cluster:
        """`HADIR_TEST_PG` if set, else a new server (`durable`: fsync on, as in the field)."""
        existing = os.environ.get("HADIR_TEST_PG")
        if existing:
            return cls(admin_url=existing)
        return cls.start(durable=durable)

    @classmethod
    def start(cls, durable: bool = False) -> Cluster:
        """initdb a fresh cluster and start it; the caller stops it."""
        bindir = postgres_bin_dir()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (./dev.sh installs Debian's postgresql)")
        folder = Path(tempfile.mkdtemp(prefix="hadir-pg-"))
        user = UNPRIVILEGED_USER if os.geteuid() == 0 else None
        password = secrets.token_urlsafe(16)
        (folder / "pw").write_text(password)
        if user:
            shutil.chown(folder, user)
            shutil.chown(folder / "pw", user)
        data = folder / "data"
        subprocess.run(
            [str(bindir / "initdb"), "-D", str(data), "-U", ROLE, "--auth=scram-sha-256",
             f"--pwfile={folder / 'pw'}", "-E", "UTF8", "--locale=C.UTF-8"],
            check=True, capture_output=True, user=user, cwd=folder,
        )  # fmt: skip
        (folder / "pw").unlink()
        port = _free_port()
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(port),
            "unix_socket_directories": "",
            "max_connections": "200",
            "password_encryption": "scram-sha-256",
            # The tests make and drop hundreds of databases: durability costs them minutes and proves
            # nothing there. The benchmark harness runs durable (fsync and synchronous_commit on).
            "fsync": "on" if durable else "off",
            "full_page_writes": "on" if durable else "off",
            "synchronous_commit": "on",
        }
        args = [str(bindir / "postgres"), "-D", str(data)]
        for key, value in settings.items():
            args += ["-c", f"{key}={value}"]
        log = open(folder / "server.log", "wb")  # noqa: SIM115 - the server writes it until stopped
        process = subprocess.Popen(args, stdout=log, stderr=log, user=user, cwd=folder)
        cluster = cls(
            admin_url=f"postgresql://{ROLE}:{password}@127.0.0.1:{port}/postgres",
            folder=folder, process=process, port=port, password=password, _user=user,
        )  # fmt: skip
        cluster._wait_ready()
        return cluster

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self.admin_url, connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if self.process is not None and self.process.poll() is not None:
                    raise RuntimeError(f"postgres exited: {self.log_tail()}") from None
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def log_tail(self) -> str:
        """The end of the server's log (for a failure message)."""
        if self.folder is None:
            return ""
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        return ""

    def url(self, dbname: str) -> str:
        """The URL of database `dbname` on this server, as the admin role."""
        return make_url(self.admin_url).set(database=dbname).render_as_string(hide_password=False)

    def create_database(self, dbname: str, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            tail = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
            conn.execute(f'CREATE DATABASE "{dbname}"{tail}')
        return self.url(dbname)

    def drop_database(self, dbname: str) -> None:
        """Drop `dbname`, ending any connection still open to it."""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')

    def pause(self) -> None:
        """Stop the server (fast shutdown: clients see their connections go), keeping its data."""
        assert self.process is not None, "only a server started here can be paused"
        self.process.send_signal(signal.SIGINT)  # fast shutdown (SIGTERM waits for every client)
        self.process.wait(timeout=30)

    def resume(self) -> None:
        """Start the paused server again on the same port."""
        assert self.folder is not None and self.process is not None
        log = open(self.folder / "server.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            self.process.args, stdout=log, stderr=log, user=self._user, cwd=self.folder
        )
        self._wait_ready()

    def stop(self) -> None:
        """Stop a server started here and remove its folder (an existing server is left alone)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown: open connections are ended
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    server = Cluster.start()
    print(server.admin_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
