"""Finding the host on the local network by its fingerprint (mDNS / DNS-SD through `zeroconf`).

A host announces `_hadir._tcp.local.` with its port and fingerprint — never its password — from a
small process that lives as long as its server (`hadir host advertise`, started by `host start`;
it ends by itself once the server no longer answers, and announces the new address when the
hotspot gives the laptop another one). A desk that has the code but cannot reach the address in
it (the host got another address since, or moved to another port) looks for the host with the
code's fingerprint and uses the address it finds; the password still has to be the code's.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.storage.postgres.url import parse_server_url

log = logging.getLogger(__name__)
SERVICE_TYPE = "_hadir._tcp.local."
CHECK_EVERY_S = 3.0
DISCOVERY_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class FoundHost:
    """A host that answered on the network."""

    host_name: str
    address: str
    port: int
    fingerprint: str


def _info(host: FoundHost):  # type: ignore[no-untyped-def]
    from zeroconf import ServiceInfo

    # The port is in the name: after a move to another port the old announcer fades out beside the new.
    label = f"{host.host_name[:40]} {host.fingerprint} {host.port}"
    return ServiceInfo(
        SERVICE_TYPE,
        f"{label}.{SERVICE_TYPE}",
        addresses=[socket.inet_aton(host.address)],
        port=host.port,
        properties={"fp": host.fingerprint, "name": host.host_name, "db": "hadir", "v": "1"},
        server=f"hadir-{host.fingerprint.lower()}.local.",
    )


def find_hosts(timeout_s: float = 3.0, fingerprint: str | None = None) -> list[FoundHost]:
    """The hosts that answer within `timeout_s` (only the one with `fingerprint`, if given)."""
    try:
        from zeroconf import ServiceBrowser, ServiceStateChange, Zeroconf
    except ImportError:  # pragma: no cover - zeroconf is a dependency; a stripped build may lack it
        return []
    names: set[str] = set()
    found: list[FoundHost] = []
    zc = Zeroconf()
    try:
        seen = threading.Event()

        def on_change(zeroconf, service_type, name, state_change) -> None:  # type: ignore[no-untyped-def]
            if state_change in (ServiceStateChange.Added, ServiceStateChange.Updated):
                names.add(name)
                seen.set()

        browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[on_change])
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            seen.wait(max(0.0, deadline - time.monotonic()))
            seen.clear()
            found = _resolve(zc, sorted(names), fingerprint)
            if fingerprint and found:
                break
        browser.cancel()
    finally:
        zc.close()
    return found


def _resolve(zc, names: list[str], fingerprint: str | None) -> list[FoundHost]:  # type: ignore[no-untyped-def]
    hosts = []
    for name in names:
        info = zc.get_service_info(SERVICE_TYPE, name, timeout=1500)
        if info is None:
            continue
        props = {k.decode(): (v or b"").decode(errors="replace") for k, v in info.properties.items()}
        addresses = [a for a in info.parsed_addresses() if ":" not in a]
        if not addresses or (fingerprint and props.get("fp", "").upper() != fingerprint.upper()):
            continue
        hosts.append(
            FoundHost(props.get("name", name), addresses[0], int(info.port or 0), props.get("fp", ""))
        )
    return hosts


def _answers(address: str, port: int) -> bool:
    try:
        with socket.create_connection((address, port), timeout=2):
            return True
    except OSError:
        return False


def advertise_while_running(host_name: str, port: int, fingerprint: str) -> None:
    """Announce the host until its server stops answering on `port` (then return)."""
    from zeroconf import NonUniqueNameException, Zeroconf

    from desktop_app.services.network.lan import lan_address

    host = FoundHost(host_name, lan_address(), port, fingerprint)
    zc = Zeroconf()
    try:
        try:
            zc.register_service(_info(host))
        except NonUniqueNameException:  # another announcer of this host and port runs already
            return
        misses = 0
        while misses < 2:
            time.sleep(CHECK_EVERY_S)
            misses = 0 if _answers("127.0.0.1", port) else misses + 1
            address = lan_address()
            if address != host.address:  # the hotspot gave this laptop another address
                log.info("announcing the new address %s", address)
                zc.unregister_service(_info(host))
                host = FoundHost(host_name, address, port, fingerprint)
                zc.register_service(_info(host))
        zc.unregister_service(_info(host))
    finally:
        zc.close()


def found_elsewhere(url: str, fingerprint: str) -> str | None:
    """`url` with the host's current address and port, when the host is found there instead."""
    hosts = [h for h in find_hosts(DISCOVERY_TIMEOUT_S, fingerprint) if _answers(h.address, h.port)]
    if not hosts:
        return None
    current = parse_server_url(url)
    if (current.host, current.port) == (hosts[0].address, hosts[0].port):
        return None
    log.info("the host %s is now at %s:%s", hosts[0].host_name, hosts[0].address, hosts[0].port)
    moved = current.set(drivername="postgresql", host=hosts[0].address, port=hosts[0].port)
    return moved.render_as_string(hide_password=False)


def start_advertiser(data_dir: Path, log_path: Path) -> None:
    """Run `hadir host advertise` in a process of its own; it lives as long as the server answers."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, "host", "advertise"]
    else:
        command = [sys.executable, "-m", "desktop_app", "host", "advertise"]
    kwargs: dict = {"start_new_session": True}
    if sys.platform == "win32":
        flags = ("DETACHED_PROCESS", "CREATE_NEW_PROCESS_GROUP", "CREATE_NO_WINDOW")
        kwargs = {"creationflags": sum(getattr(subprocess, f, 0) for f in flags)}
    env = {**os.environ, "HADIR_DATA_DIR": str(data_dir)}
    env.pop("HADIR_DB", None)
    try:
        with open(log_path, "ab") as out:
            subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=out, stderr=out, env=env, cwd=data_dir, **kwargs
            )
    except OSError as exc:  # desks still join with the code; only finding the host is lost
        log.warning("the host is not announced on the network: %s", exc)
