"""Where Hadir keeps its files: the user data directory, or a folder next to the app (portable).

`HADIR_DATA_DIR` moves everything (database, backups, logs); `HADIR_DB` or `--db` names the
database file alone. A file named `portable` next to the executable means "keep it all here".
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Hadir"
PORTABLE_MARKER = "portable"
# A laptop that joined a host (or hosts one) names the server here (services/network/settings_file.py).
NETWORK_FILE = "network.json"


def app_dir() -> Path:
    """The folder of the running program: the bundle's folder when frozen, the source otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """`resources/`: inside the PyInstaller bundle when frozen, at the top of the source tree otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class AppPaths:
    """Every folder and file Hadir writes to."""

    data_dir: Path
    db_path: Path
    db_url: str | None = None  # a PostgreSQL server (`postgresql://…`) instead of the file

    @property
    def db_label(self) -> str:
        """What the window shows for the database: the file, or the server with its password masked."""
        if self.db_url:
            from desktop_app.storage.postgres.url import masked

            return masked(self.db_url)
        return str(self.db_path)

    @property
    def backup_dir(self) -> Path:
        """Automatic and pre-migration backups: beside the database in use (`--db` included)."""
        return self.db_path.parent / "backups"

    @property
    def log_dir(self) -> Path:
        """Log files (never a full NIK or phone number)."""
        return self.data_dir / "logs"

    @property
    def portable(self) -> bool:
        """True when the data lives next to the application."""
        return self.data_dir == app_dir() / "data"

    @classmethod
    def resolve(cls, db: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> AppPaths:
        """Apply the overrides in order: `db` argument, `HADIR_DB`, `HADIR_DATA_DIR`, portable, user dir."""
        env = dict(os.environ) if env is None else env
        if env.get("HADIR_DATA_DIR"):
            data_dir = Path(env["HADIR_DATA_DIR"]).expanduser()
        elif (app_dir() / PORTABLE_MARKER).exists():
            data_dir = app_dir() / "data"
        else:
            data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        chosen = db or env.get("HADIR_DB") or _joined_server(data_dir)
        if chosen and str(chosen).strip().lower().startswith(("postgresql://", "postgres://")):
            # A server: backups and logs stay in the data folder, the file path is not used.
            return cls(
                data_dir=data_dir.resolve(), db_path=(data_dir / "hadir.db").resolve(), db_url=str(chosen)
            )
        db_path = Path(chosen).expanduser() if chosen else data_dir / "hadir.db"
        return cls(data_dir=data_dir.resolve(), db_path=db_path.resolve())


def _joined_server(data_dir: Path) -> str | None:
    """The server this laptop joined (`hadir join`, `hadir host start`), if it did."""
    import json

    try:
        url = json.loads((data_dir / NETWORK_FILE).read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError, AttributeError):
        return None
    return url if isinstance(url, str) and url else None
