"""This laptop's address on the local network (the hotspot's or the router's), for the join code."""

from __future__ import annotations

import ipaddress
import os
import socket


def lan_address() -> str:
    """The IPv4 address other laptops reach this one at (`HADIR_HOST_ADDRESS` overrides).

    The address the system would send from towards a private network (no packet is sent), else
    the one the host name resolves to, else 127.0.0.1 (a laptop on no network at all).
    """
    chosen = os.environ.get("HADIR_HOST_ADDRESS", "").strip()
    if chosen:
        return str(ipaddress.IPv4Address(chosen))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("10.254.254.254", 1))
            address = sock.getsockname()[0]
        except OSError:
            address = ""
    if address and not address.startswith("127.") and address != "0.0.0.0":
        return address
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        address = ""
    return address if address and not address.startswith("127.") else "127.0.0.1"
