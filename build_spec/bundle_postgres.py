"""Put the PostgreSQL server a host runs into the built bundle: dist/hadir/postgresql/ (Linux).

    python build_spec/bundle_postgres.py dist/hadir        (build_spec/build.sh runs it)

Taken from Debian's installed server (`apt install postgresql`, which dev.sh installs), in its own
relative layout, because the programs find their files relative to where they run only when the
tail of their folder matches the path they were built with (PostgreSQL's make_relative_path):

    postgresql/lib/postgresql/15/bin/   initdb, pg_ctl, postgres (what host_server.py runs)
    postgresql/lib/postgresql/15/lib/   plpgsql, dict_snowball (initdb makes both), pg_trgm
    postgresql/share/postgresql/15/     postgres.bki and the rest initdb reads, pg_trgm's scripts
    postgresql/lib/                     the shared libraries the bundle does not already hold

The programs' RPATH is set (patchelf) to postgresql/lib, then _internal/: a library PyInstaller
already put in _internal (OpenSSL, zlib, libstdc++, ...: the same Debian packages) is not copied
twice. RPATH, not RUNPATH: the dynamic loader reads it before LD_LIBRARY_PATH, which the frozen
program sets to _internal for the processes it starts.

ICU: postgres links ICU 72 (Qt's is 73, not interchangeable), whose data library is 31 MB. The server
uses ICU for collations alone (initdb lists ICU's locales and opens a collator for each; Hadir's
database uses the C.UTF-8 libc locale), so the data library is rebuilt with icupkg keeping the
collation data, the locale list and the core Unicode properties, and dropping what collations never
read: break iterators, display names of languages/regions/currencies/units/zones, charset converters,
transliterators, number spell-out, and the per-locale formatting bundles (5 MB instead of 31;
build_spec/icu_data.py, which trims Qt's ICU data the same way).

Needs: binutils (ld, objcopy), patchelf, icupkg (Debian: icu-devtools). Debian's binaries and
libraries come stripped already (their symbols are in the -dbgsym packages): nothing to strip.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from icu_data import trimmed_icu_data

PROGRAMS = ("initdb", "pg_ctl", "postgres")
# plpgsql and dict_snowball: initdb creates the language and the snowball dictionaries (their C
# functions are checked when made); pg_trgm: Hadir's search on a server.
MODULES = ("plpgsql.so", "dict_snowball.so", "pg_trgm.so")
EXTENSIONS = re.compile(r"^(plpgsql|pg_trgm)(--.*\.sql|\.control)$")
# What initdb and the server read from share/ (timezone data: Debian's server reads the system's
# /usr/share/zoneinfo, as every Linux desktop has it).
SHARE_FILES = (
    "postgres.bki", "system_constraints.sql", "system_functions.sql", "system_views.sql",
    "information_schema.sql", "sql_features.txt", "snowball_create.sql",
    "postgresql.conf.sample", "pg_hba.conf.sample", "pg_ident.conf.sample",
)  # fmt: skip
SHARE_DIRS = ("timezonesets", "tsearch_data")
# glibc's own libraries: every Linux has them (and must use its own).
SYSTEM = re.compile(r"^(linux-vdso|ld-linux|libc|libm|libdl|libpthread|librt|libresolv|libutil)[.-]")


def run(*command: str, **kwargs) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def server_bin_dir() -> Path:
    """Debian's newest installed server (HADIR_BUNDLE_POSTGRES_BIN picks another)."""
    if os.environ.get("HADIR_BUNDLE_POSTGRES_BIN"):
        return Path(os.environ["HADIR_BUNDLE_POSTGRES_BIN"])
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/postgres"),
        key=lambda p: int(re.findall(r"/(\d+)/bin/", p)[0]),
    )
    if not found:
        raise SystemExit("no PostgreSQL server to bundle: apt install postgresql postgresql-contrib")
    return Path(found[-1]).parent


def layout(bin_dir: Path) -> dict[str, Path]:
    """The server's compiled-in folders (its own pg_config, where it is installed)."""
    pg_config = bin_dir / "pg_config"
    if not pg_config.exists():
        pg_config = Path(shutil.which("pg_config") or "pg_config")
    names = ("bindir", "sharedir", "pkglibdir")
    values = run(str(pg_config), *(f"--{n}" for n in names)).split()
    folders = dict(zip(names, map(Path, values), strict=True))
    if folders["bindir"].resolve() != bin_dir.resolve():
        raise SystemExit(f"pg_config describes {folders['bindir']}, not {bin_dir}")
    return folders


def libraries(files: list[Path]) -> dict[str, Path]:
    """Every shared library the files load (ldd: the whole closure), glibc's left out."""
    found: dict[str, Path] = {}
    for path in files:
        for line in run("ldd", str(path)).splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[1] == "=>" and not SYSTEM.match(parts[0]):
                if parts[2] == "not":
                    raise SystemExit(f"{path} needs {parts[0]}, which is not installed")
                found[parts[0]] = Path(parts[2])
    return found


def main(bundle: Path) -> None:
    if sys.platform != "linux":
        raise SystemExit("bundle_postgres.py takes Debian's server: Linux only")
    internal = bundle / "_internal"
    bin_dir = server_bin_dir()
    folders = layout(bin_dir)
    prefix = Path(os.path.commonpath([folders["bindir"], folders["sharedir"], folders["pkglibdir"]]))
    root = bundle / "postgresql"
    shutil.rmtree(root, ignore_errors=True)
    dest = {name: root / path.relative_to(prefix) for name, path in folders.items()}
    shared = root / "lib"
    for folder in [*dest.values(), shared]:
        folder.mkdir(parents=True, exist_ok=True)

    for name in PROGRAMS:
        shutil.copy2(folders["bindir"] / name, dest["bindir"] / name)
    for name in MODULES:
        shutil.copy2(folders["pkglibdir"] / name, dest["pkglibdir"] / name)
    for name in SHARE_FILES:
        shutil.copy2(folders["sharedir"] / name, dest["sharedir"] / name)
    for name in SHARE_DIRS:
        shutil.copytree(folders["sharedir"] / name, dest["sharedir"] / name)
    (dest["sharedir"] / "extension").mkdir()
    for path in sorted((folders["sharedir"] / "extension").iterdir()):
        if EXTENSIONS.match(path.name):
            shutil.copy2(path, dest["sharedir"] / "extension" / path.name)

    copied = [dest["bindir"] / name for name in PROGRAMS] + [dest["pkglibdir"] / n for n in MODULES]
    reused, added = [], []
    for soname, path in sorted(libraries(copied).items()):
        if (internal / soname).exists():
            reused.append(soname)  # PyInstaller's copy: the same Debian library
        elif re.match(r"^libicudata\.so\.\d+$", soname):
            trimmed_icu_data(path, shared / soname)
            added.append(soname)
        else:
            shutil.copy2(path, shared / soname)
            added.append(soname)

    # The programs look in postgresql/lib, then _internal/ (relative to themselves: the folder moves).
    to_shared = os.path.relpath(shared, dest["bindir"])
    to_internal = os.path.relpath(internal, dest["bindir"])
    rpath = f"$ORIGIN/{to_shared}:$ORIGIN/{to_internal}"
    for name in PROGRAMS:
        run("patchelf", "--force-rpath", "--set-rpath", rpath, str(dest["bindir"] / name))

    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print(f"bundle_postgres: {bin_dir} -> {root} ({size / 1e6:.1f} MB)")
    print(f"  copied libraries: {' '.join(added)}")
    print(f"  from _internal:   {' '.join(reused)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: bundle_postgres.py dist/hadir")
    main(Path(sys.argv[1]))
