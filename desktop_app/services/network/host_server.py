"""The PostgreSQL server a host laptop runs: made once in Hadir's data folder, started and stopped.

The cluster lives in `<data folder>/server/pgdata`. `initdb` makes a superuser `hadir_admin` that
logs in from this laptop alone; the desks log in as `hadir`, the owner of the database `hadir`,
with the password the join code carries. `pg_hba.conf` admits nothing else: `hadir` from this
laptop (`samehost`) and from the networks it is directly on (`samenet`), scram-sha-256 always.
The server listens on every address (the hotspot's included), durable (fsync on).

PostgreSQL refuses to run as root. When Hadir runs as root (CI does), the server runs as the
unprivileged user `nobody`, which then owns the server folder; if `nobody` cannot reach that
folder (a parent folder closed to others), the start is refused with a sentence saying so.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import stat
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from desktop_app.core.errors import DatabaseProblem
from desktop_app.services.network.binaries import EXE, find_bin_dir
from desktop_app.services.network.errors import NetworkProblem
from desktop_app.services.network.join_code import DATABASE, ROLE, fingerprint_of, new_password

ADMIN_ROLE = "hadir_admin"
DEFAULT_PORT = 5432
UNPRIVILEGED_USER = "nobody"
START_TIMEOUT_S = 60
HBA = f"""# Written by Hadir: only the role {ROLE}, with its password, from this laptop and its local network.
host  all     {ADMIN_ROLE}  samehost  scram-sha-256
host  {DATABASE}   {ROLE}         samehost  scram-sha-256
host  {DATABASE}   {ROLE}         samenet   scram-sha-256
"""


@dataclass
class HostConfig:
    """What a host keeps about its server (`server/host.json`, readable by this account only)."""

    port: int
    password: str
    admin_password: str
    server_id: str
    host_name: str
    copied: bool = False  # the laptop's own database is on the server (first start done)

    @property
    def fingerprint(self) -> str:
        """The host's fingerprint, as the join code carries it."""
        return fingerprint_of(self.server_id)

    def url(self, address: str = "127.0.0.1") -> str:
        """The desks' address of the database (with the password: never shown)."""
        return f"postgresql://{ROLE}:{self.password}@{address}:{self.port}/{DATABASE}"

    def admin_url(self, database: str = "postgres") -> str:
        """The superuser's address, from this laptop only."""
        return f"postgresql://{ADMIN_ROLE}:{self.admin_password}@127.0.0.1:{self.port}/{database}"


def server_user() -> str | None:
    """The user the server runs as: `nobody` when Hadir runs as root, else Hadir's own user."""
    return UNPRIVILEGED_USER if hasattr(os, "geteuid") and os.geteuid() == 0 else None


def port_free(port: int) -> bool:
    """True when nothing listens on `port` (on any address) yet."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        if sys.platform != "win32":  # as PostgreSQL binds: connections of a stopped server may linger
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


class HostServer:
    """One host's PostgreSQL cluster in `folder` (`<data folder>/server`)."""

    def __init__(self, folder: Path, bin_dir: Path | None = None) -> None:
        self.folder = folder
        self.pgdata = folder / "pgdata"
        self.config_path = folder / "host.json"
        self.log_path = folder / "server.log"
        self._bin_dir = bin_dir

    # -- the configuration -------------------------------------------------------------------------

    def config(self) -> HostConfig | None:
        """The stored configuration, or None before the first start."""
        try:
            return HostConfig(**json.loads(self.config_path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def save_config(self, config: HostConfig) -> None:
        """Write the configuration, readable by this account only, replacing it in one rename."""
        partial = self.config_path.with_name("host.json.partial")
        partial.write_text(json.dumps(asdict(config), indent=1), encoding="utf-8")
        os.chmod(partial, 0o600)
        partial.replace(self.config_path)

    @property
    def bin_dir(self) -> Path:
        """The folder of initdb, pg_ctl and postgres."""
        if self._bin_dir is None:
            self._bin_dir = find_bin_dir()
        return self._bin_dir

    # -- running programs as the server's user -----------------------------------------------------

    def _run(
        self, program: str, *args: str, timeout: float = START_TIMEOUT_S + 10
    ) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / f"{program}{EXE}"), *args]
        kwargs: dict = {"capture_output": True, "text": True, "timeout": timeout, "cwd": self.folder}
        if server_user():
            kwargs["user"] = server_user()
        if sys.platform == "win32":
            kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
        return subprocess.run(command, **kwargs)

    def _check_reachable(self) -> None:
        """As root: refuse at once when `nobody` could not reach the server folder."""
        user = server_user()
        if user is None:
            return
        import pwd

        uid = pwd.getpwnam(user).pw_uid
        for folder in self.folder.parents:  # the folder itself is given to the user
            if not folder.exists():
                continue
            info = folder.stat()
            if info.st_uid != uid and not info.st_mode & stat.S_IXOTH:
                raise NetworkProblem(
                    "root_folder",
                    f"Hadir runs as root, and PostgreSQL refuses to run as root: the server would run as "
                    f"the user '{user}', who may not enter {folder}. Run Hadir as an ordinary user, or "
                    f"choose a data folder (HADIR_DATA_DIR) whose parent folders others may pass through",
                )

    def _give_to_server_user(self) -> None:
        user = server_user()
        if user is None:
            return
        for path in [self.folder, *self.folder.rglob("*")]:
            if path != self.config_path:  # the passwords stay the account's own
                shutil.chown(path, user)

    # -- lifecycle ---------------------------------------------------------------------------------

    def initialise(self, port: int, host_name: str) -> HostConfig:
        """Make the cluster (initdb, pg_hba.conf, settings); the database is made at its first start."""
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        self._check_reachable()
        if self.pgdata.exists():  # an initdb that died halfway: start over (nothing was stored yet)
            shutil.rmtree(self.pgdata)
        config = HostConfig(
            port=port,
            password=new_password(),
            admin_password=secrets.token_urlsafe(24),
            server_id=secrets.token_hex(16),
            host_name=host_name,
        )
        pwfile = self.folder / "pw"
        pwfile.write_text(config.admin_password, encoding="utf-8")
        os.chmod(pwfile, 0o600)
        self._give_to_server_user()
        locale = ["--no-locale"] if sys.platform == "win32" else ["--locale=C.UTF-8"]
        try:
            done = self._run(
                "initdb", "-D", str(self.pgdata), "-U", ADMIN_ROLE, "--auth=scram-sha-256",
                f"--pwfile={pwfile}", "-E", "UTF8", *locale,
            )  # fmt: skip
        finally:
            pwfile.unlink(missing_ok=True)
        if done.returncode != 0:
            raise DatabaseProblem(
                "io_error", str(self.pgdata), f"initdb failed: {done.stderr.strip()[-300:]}"
            )
        (self.pgdata / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        with (self.pgdata / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\ninclude_if_exists = 'hadir.conf'\n")
        self._give_to_server_user()
        self.save_config(config)
        return config

    def _write_settings(self, port: int) -> None:
        lines = {
            "listen_addresses": "'*'",
            "port": str(port),
            "unix_socket_directories": "''",  # TCP only: no socket folder to own
            "password_encryption": "'scram-sha-256'",
            "max_connections": "100",
            "fsync": "on",  # a check-in a desk showed as done survives a power cut of the host
            "synchronous_commit": "on",
            "full_page_writes": "on",
        }
        text = "# Written by Hadir at each start.\n" + "".join(f"{k} = {v}\n" for k, v in lines.items())
        (self.pgdata / "hadir.conf").write_text(text, encoding="utf-8")
        self._give_to_server_user()

    def running(self) -> bool:
        """True while the server runs (`pg_ctl status`)."""
        if not (self.pgdata / "PG_VERSION").exists():
            return False
        try:
            running = self._run("pg_ctl", "status", "-D", str(self.pgdata), timeout=20).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False
        return running and not self._killed()

    def _killed(self) -> bool:
        """True when the server's main process was killed and is only a zombie nobody reaped.

        `pg_ctl status` (and the server itself) take a zombie for a running server: after the
        host's server was killed, `host start` said it ran and the desks found nobody (Linux,
        where the killed process's parent never reaped it). Its lock file is then stale.
        """
        pid = self.postmaster_pid()
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False  # no /proc (Windows, macOS) or no such process: pg_ctl's word stands
        return state in ("Z", "X")

    def start(self, config: HostConfig) -> None:
        """Start the server on `config.port` and wait until it accepts logins.

        After a crash (the server killed), the server's own recovery replays its log first; its
        last processes may hold the shared memory a few seconds, so the start is tried again.
        """
        self._check_reachable()
        if self.running():
            return
        if self._killed():  # the lock file of a killed server would refuse the new one
            (self.pgdata / "postmaster.pid").unlink(missing_ok=True)
        self._write_settings(config.port)
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            done = self._run(
                "pg_ctl", "start", "-D", str(self.pgdata), "-l", str(self.log_path), "-w",
                "-t", str(START_TIMEOUT_S),
            )  # fmt: skip
            if done.returncode == 0:
                break
            if time.monotonic() > deadline:
                raise DatabaseProblem("unreachable", self.describe(config), self._start_failure(done))
            time.sleep(1)
        self._prepare_database(config)

    def _start_failure(self, done: subprocess.CompletedProcess) -> str:
        tail = ""
        with contextlib.suppress(OSError, IndexError):
            tail = self.log_path.read_text(errors="replace").strip().splitlines()[-1]
        return f"the server did not start: {tail or done.stderr.strip()[-300:]}"

    def _prepare_database(self, config: HostConfig) -> None:
        """The role and database the desks use (made on the first start, or again after `finish`)."""
        with psycopg.connect(config.admin_url(), autocommit=True, connect_timeout=10) as conn:
            role_exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone()
            verb = "ALTER" if role_exists else "CREATE"
            conn.execute(
                sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(ROLE), sql.Literal(config.password)
                )
            )
            if config.copied:
                return
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE)))
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(DATABASE), sql.Identifier(ROLE))
            )
            label = json.dumps({"hadir_host": config.server_id, "host_name": config.host_name})
            conn.execute(
                sql.SQL("COMMENT ON DATABASE {} IS {}").format(sql.Identifier(DATABASE), sql.Literal(label))
            )
        with psycopg.connect(config.admin_url(DATABASE), autocommit=True, connect_timeout=10) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # the desks' search needs it

    def stop(self) -> bool:
        """Stop the server (fast: open connections end, every committed check-in stays). False if it was not running."""
        if not self.running():
            return False
        done = self._run(
            "pg_ctl", "stop", "-D", str(self.pgdata), "-m", "fast", "-w", "-t", str(START_TIMEOUT_S)
        )
        if done.returncode != 0 and self.running():
            raise DatabaseProblem(
                "io_error", str(self.pgdata), f"the server did not stop: {done.stderr.strip()}"
            )
        return True

    def postmaster_pid(self) -> int | None:
        """The server's main process id while it runs (tests kill it)."""
        try:
            return int((self.pgdata / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def describe(self, config: HostConfig) -> str:
        """The server as logs may show it."""
        return f"postgresql://{ROLE}:***@127.0.0.1:{config.port}/{DATABASE}"
