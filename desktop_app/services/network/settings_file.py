"""Which server this laptop uses: `<data folder>/network.json`, read by `AppPaths.resolve`.

Absent: the laptop's own file. Written by `hadir join` (role `desk`) and `hadir host start` (role
`host`, the address 127.0.0.1). It holds the server's password, so it is readable by this account
only, like the database file; it is replaced in one rename.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.paths import NETWORK_FILE


@dataclass(frozen=True)
class JoinedServer:
    """The server in use: its address (with the password), whether this laptop hosts it, whose it is."""

    url: str
    role: str  # "host" or "desk"
    host_name: str
    fingerprint: str


def load(data_dir: Path) -> JoinedServer | None:
    """The server this laptop uses, or None for its own file."""
    try:
        data = json.loads((data_dir / NETWORK_FILE).read_text(encoding="utf-8"))
        return JoinedServer(**data)
    except (OSError, ValueError, TypeError):
        return None


def save(data_dir: Path, server: JoinedServer) -> None:
    """Use `server` from now on (every later start and command)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    partial = data_dir / (NETWORK_FILE + ".partial")
    partial.write_text(json.dumps(asdict(server), indent=1), encoding="utf-8")
    os.chmod(partial, 0o600)
    partial.replace(data_dir / NETWORK_FILE)


def clear(data_dir: Path) -> None:
    """Back to the laptop's own file."""
    (data_dir / NETWORK_FILE).unlink(missing_ok=True)
