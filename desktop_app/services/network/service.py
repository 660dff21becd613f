"""Host and join: one laptop runs the server, the others use it, and afterwards the data goes home.

- `host_start` makes (first time) and starts the server in `<data folder>/server`, copies this
  laptop's own database into it on the first start, and points this laptop at it; the result
  carries the join code. `host_stop` stops it; the data stays and the next start continues.
- `join` reads a join code, checks the server is the host that showed it (its fingerprint) and
  Hadir's, and points this laptop at it; `leave` goes back to the laptop's own file.
- `finish` (*Selesai, simpan ke laptop ini*) writes the server's data into the host's own file
  (a restore: the file as it was is kept as a backup first), stops the server and goes back to
  the file. The next `host_start` copies the file into the server afresh.
- `status` says what a desk shows: own file or server, the host's name, the desks connected.
"""

from __future__ import annotations

import json
import logging
import socket
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg

from desktop_app.core.errors import DatabaseProblem
from desktop_app.paths import AppPaths
from desktop_app.services.network import settings_file
from desktop_app.services.network.discovery import found_elsewhere, start_advertiser
from desktop_app.services.network.errors import NetworkProblem
from desktop_app.services.network.host_server import DEFAULT_PORT, HostConfig, HostServer, port_free
from desktop_app.services.network.join_code import JoinCode, fingerprint_of, parse_join_code
from desktop_app.services.network.lan import lan_address
from desktop_app.services.network.settings_file import JoinedServer
from desktop_app.storage.postgres.url import masked, parse_server_url

log = logging.getLogger(__name__)
STATUS_TIMEOUT_S = 3
DESKS_SQL = (
    "SELECT count(DISTINCT application_name) FROM pg_stat_activity "
    "WHERE datname = current_database() AND application_name LIKE 'hadir desk %%' AND application_name <> %s"
)


@dataclass(frozen=True)
class HostStarted:
    """A running host: what desks need to join it."""

    url: str  # masked, with the laptop's network address
    join_code: str
    data_dir: Path  # the server's data folder
    copied_now: bool  # this start copied the laptop's own database into the server
    host_name: str
    fingerprint: str


@dataclass(frozen=True)
class NetworkStatus:
    """What a desk shows: `mode` is "file" (own file), "host" (this laptop's server) or "desk"."""

    mode: str
    running: bool
    desks: int
    url: str | None = None  # masked
    host_name: str | None = None
    moved: bool = False  # found on the network at another address (network.json now names it)


@dataclass(frozen=True)
class Finished:
    """The server's data is back in the laptop's own file."""

    path: Path
    previous_backup: Path


def _conninfo(url: str) -> str:
    return parse_server_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _connect(url: str, timeout: float = STATUS_TIMEOUT_S) -> psycopg.Connection:
    return psycopg.connect(
        _conninfo(url), connect_timeout=max(1, int(timeout)), application_name="hadir status"
    )


class NetworkService:
    """Hosting, joining and leaving for the laptop whose folders `paths` names."""

    def __init__(self, paths: AppPaths) -> None:
        self._paths = paths
        self.data_dir = paths.data_dir
        self.own_file = paths.db_path
        self.server = HostServer(paths.data_dir / "server")

    def joined(self) -> JoinedServer | None:
        """The server this laptop uses, or None for its own file."""
        return settings_file.load(self.data_dir)

    # -- host --------------------------------------------------------------------------------------

    def host_start(self, port: int | None = None) -> HostStarted:
        """Start (and the first time make) the server; the first start copies the own database in.

        Raises:
            NetworkProblem: this laptop uses another host's server, the port is taken, no
                PostgreSQL is installed, or (as root) the server's user cannot reach the folder.
            DatabaseProblem: the server did not start, or the copy failed (the server stays empty).
        """
        joined = self.joined()
        if joined is not None and joined.role == "desk":
            raise NetworkProblem(
                "is_desk", f"this laptop uses the server of {joined.host_name}: `hadir join --leave` first"
            )
        config = self._config(port)
        self.server.start(config)
        start_advertiser(self.data_dir, self.server.folder / "advertise.log")
        copied_now = False
        if not config.copied:
            self._copy_own_database(config)
            config = replace(config, copied=True)
            self.server.save_config(config)
            copied_now = True
        settings_file.save(
            self.data_dir, JoinedServer(config.url(), "host", config.host_name, config.fingerprint)
        )
        address = lan_address()
        code = JoinCode(address, config.port, config.password, config.fingerprint)
        log.info("hosting %s", masked(config.url(address)))
        return HostStarted(
            masked(config.url(address)), code.text(), self.server.pgdata, copied_now,
            config.host_name, config.fingerprint,
        )  # fmt: skip

    def advertise(self) -> None:
        """Announce this host on the network until its server stops (the `host advertise` process)."""
        from desktop_app.services.network.discovery import advertise_while_running

        config = self.server.config()
        if config is None:
            raise NetworkProblem("not_host", "this laptop hosts no server")
        advertise_while_running(config.host_name, config.port, config.fingerprint)

    def rediscover(self) -> bool:
        """A desk whose host does not answer looks for it on the network; True when found elsewhere."""
        joined = self.joined()
        if joined is None or joined.role != "desk":
            return False
        moved = found_elsewhere(joined.url, joined.fingerprint)
        if moved is None:
            return False
        settings_file.save(self.data_dir, replace(joined, url=moved))
        return True

    def _config(self, port: int | None) -> HostConfig:
        config = self.server.config()
        running = config is not None and self.server.running()
        if port is not None and not 1 <= port <= 65535:
            raise NetworkProblem("bad_port", f"--port {port}: a port is a number from 1 to 65535", port=port)
        if running:
            assert config is not None
            if port is not None and port != config.port:
                raise NetworkProblem(
                    "running_elsewhere",
                    f"the server already runs on port {config.port}: `hadir host stop` first",
                    port=config.port,
                )
            return config
        wanted = port or (config.port if config else DEFAULT_PORT)
        if not port_free(wanted):
            if port is not None:
                raise NetworkProblem(
                    "port_taken",
                    f"port {port} is taken by another program: choose another with --port",
                    port=port,
                )
            wanted = next((p for p in range(wanted + 1, wanted + 50) if port_free(p)), 0)
            if not wanted:
                raise NetworkProblem(
                    "port_taken", "no free port near 5432: choose one with --port", port=wanted
                )
        if config is None or not (self.server.pgdata / "PG_VERSION").exists():
            return self.server.initialise(wanted, socket.gethostname())
        if wanted != config.port:
            config = replace(config, port=wanted)
            self.server.save_config(config)
        return config

    def _copy_own_database(self, config: HostConfig) -> None:
        from desktop_app.storage.copy import copy_database
        from desktop_app.storage.target import open_target

        source = open_target(self.own_file, self._paths.backup_dir)
        try:
            target = open_target(config.url(), local_path=self.own_file)
            try:
                tables = copy_database(source, target)
            finally:
                target.close()
        finally:
            source.close()
        if not all(t.equal for t in tables):
            raise DatabaseProblem("io_error", self.server.describe(config), "the copy differs from the file")

    def host_stop(self) -> bool:
        """Stop the server; False when it was not running. The laptop keeps pointing at it."""
        return self.server.stop()

    def ensure_host_running(self) -> None:
        """On a host, start its server if it is not running (the window's start calls this).

        Raises:
            DatabaseProblem: the server did not start (the reason in its detail).
        """
        joined = self.joined()
        config = self.server.config()
        if joined is not None and joined.role == "host" and config is not None and not self.server.running():
            try:
                self.server.start(config)
                start_advertiser(self.data_dir, self.server.folder / "advertise.log")
            except NetworkProblem as exc:  # what opening the database would then say, with the reason
                raise DatabaseProblem("unreachable", self.server.describe(config), exc.message) from None

    def finish(self, operator_name: str | None = None) -> Finished:
        """Write the server's data into this laptop's own file, stop the server, use the file again.

        The own file is replaced as a restore does (checked, the file as it was kept in `backups/`);
        `operator_name` (an admin of the own file) is recorded, else its local admin.
        """
        from desktop_app.services.backup.service import BackupService
        from desktop_app.services.operators.service import OperatorService
        from desktop_app.storage.backup import timestamped_name
        from desktop_app.storage.snapshot import snapshot
        from desktop_app.storage.target import open_target

        joined = self.joined()
        config = self.server.config()
        if joined is None or joined.role != "host" or config is None:
            raise NetworkProblem("not_host", "this laptop hosts no server")
        self.server.start(config)
        server_db = open_target(config.url(), local_path=self.own_file)
        copy = self._paths.backup_dir / timestamped_name("hadir", "from-host")
        try:
            snapshot(server_db, copy, private_dir=True)
        finally:
            server_db.close()
        own = open_target(self.own_file, self._paths.backup_dir)
        try:
            operators = OperatorService(own)
            operator = (
                operators.by_name(operator_name) if operator_name else None
            ) or operators.local_admin()
            restored = BackupService(own, self._paths.backup_dir).restore(copy, operator)
        finally:
            own.close()
        self.server.stop()
        self.server.save_config(replace(config, copied=False))
        settings_file.clear(self.data_dir)
        return Finished(self.own_file, restored.previous_backup)

    # -- join --------------------------------------------------------------------------------------

    def join(self, text: str) -> str:
        """Use the server a join code names from now on; returns its address (masked).

        Raises:
            NetworkProblem: the code is mistyped, this laptop is a host, or the server is not the
                host that showed the code.
            DatabaseProblem: the server cannot be reached or refuses the password.
        """
        from desktop_app.storage.target import open_target

        code = parse_join_code(text)
        joined = self.joined()
        if joined is not None and joined.role == "host":
            raise NetworkProblem("is_host", "this laptop is the host: its own desks use its server already")
        url = code.url
        try:
            label = self.server_label(url)
        except DatabaseProblem as exc:  # the code's address is old: look for the host by its fingerprint
            if exc.kind != "unreachable":
                raise
            url = found_elsewhere(url, code.fingerprint) or ""
            if not url:
                raise
            label = self.server_label(url)
        if fingerprint_of(str(label.get("hadir_host", ""))) != code.fingerprint:
            raise NetworkProblem(
                "another_host",
                f"the server at {code.host}:{code.port} is not the host that showed this code "
                "(another fingerprint): check the host's address on its screen",
            )
        open_target(url, local_path=self.own_file).close()  # Hadir's, migrated to this version
        host_name = str(label.get("host_name") or code.host)
        settings_file.save(self.data_dir, JoinedServer(url, "desk", host_name, code.fingerprint))
        return masked(url)

    @staticmethod
    def server_label(url: str) -> dict[str, object]:
        """The host's label on its database (its id and name); DatabaseProblem when not reachable."""
        from desktop_app.storage.postgres.server import problem_from

        try:
            with _connect(url, 5) as conn:
                row = conn.execute(
                    "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                    "WHERE datname = current_database()"
                ).fetchone()
        except psycopg.Error as exc:
            raise (problem_from(exc, masked(url)) or DatabaseProblem("unreachable", masked(url))) from None
        try:
            label = json.loads(row[0]) if row and row[0] else {}
        except ValueError:
            label = {}
        return label if isinstance(label, dict) else {}

    def leave(self) -> Path:
        """Back to this laptop's own file (the file path returned)."""
        joined = self.joined()
        if joined is not None and joined.role == "host":
            raise NetworkProblem(
                "is_host",
                "this laptop is the host: `hadir host finish` puts the server's data into its own file "
                "and stops the server",
            )
        settings_file.clear(self.data_dir)
        return self.own_file

    # -- status ------------------------------------------------------------------------------------

    def status(self) -> NetworkStatus:
        """Own file or server; on a server whether it answers and how many other desks use it.

        Desks are Hadir processes connected to the server's database, this one left out. A desk
        whose host does not answer looks for it on the network (`rediscover`).
        """
        joined = self.joined()
        if joined is None:
            return NetworkStatus("file", False, 0)
        desks, running = self._ask(joined.url)
        moved = False
        if not running and self.rediscover():
            joined, moved = self.joined() or joined, True
            desks, running = self._ask(joined.url)
        return NetworkStatus(joined.role, running, desks, masked(joined.url), joined.host_name, moved)

    @staticmethod
    def _ask(url: str) -> tuple[int, bool]:
        from desktop_app.storage.postgres.server import desk_name

        try:
            with _connect(url) as conn:
                row = conn.execute(DESKS_SQL, (desk_name(),)).fetchone()
        except psycopg.Error:
            return 0, False
        return int(row[0] if row else 0), True
