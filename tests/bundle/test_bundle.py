"""Smoke test of the built bundle (dist/hadir/): the frozen program, not the source tree.

Run after build_spec/build.sh with `build_spec/smoke_test.sh` (or `./dev.sh bundle`, which builds
first). The normal `pytest` run skips these tests (tests/bundle/conftest.py). HADIR_BUNDLE_DIR
points at another built folder, e.g. a Windows build's dist\\hadir.

Every run gets its own HOME, data folder and database, so nothing touches the user's files.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("HADIR_BUNDLE_DIR") or ROOT / "dist" / "hadir").resolve()
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
LIMIT_MB = 250
TIMEOUT = 180  # seconds for one command: the first start of a frozen Qt program is slow on a busy machine


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def exe(name: str, folder: Path = BUNDLE) -> Path:
    return folder / f"{name}{EXE_SUFFIX}"


@pytest.fixture(scope="session", autouse=True)
def _bundle_built() -> None:
    if not exe("hadir-cli").exists():
        pytest.fail(f"no bundle in {BUNDLE}: run build_spec/build.sh first (./dev.sh bundle does)")


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment with a private HOME and data folder (no HADIR_DB, no display needed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HADIR_")}
    env.update(
        HOME=str(tmp_path / "home"),
        USERPROFILE=str(tmp_path / "home"),
        APPDATA=str(tmp_path / "home" / "AppData" / "Roaming"),
        LOCALAPPDATA=str(tmp_path / "home" / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"),
        HADIR_DATA_DIR=str(tmp_path / "data"),
        HADIR_LANG="id",
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "home").mkdir()
    return env


def run(*args: object, env: dict[str, str], program: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program or exe("hadir-cli")), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture(scope="module")
def cli_help() -> str:
    done = subprocess.run(
        [str(exe("hadir-cli")), "--help"], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def demo_db(home: dict[str, str], tmp_path: Path) -> Path:
    """A fresh database in a temporary folder, filled by the bundle's own `demo`."""
    db = tmp_path / "demo" / "hadir.db"
    db.parent.mkdir()
    done = run("demo", "--people", 60, "--json", "--db", db, env=home)
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= {"event_id", "people", "sessions", "admitted"}
    assert data["people"] == 60
    assert data["sessions"] == 2  # batches of 30
    assert 0 < data["admitted"] <= 60
    assert db.is_file()
    return db


def test_layout_and_size() -> None:
    """The files the program reads from disk are there, and the folder stays under the size target."""
    internal = BUNDLE / "_internal"
    assert exe("hadir").is_file()
    migrations = internal / "desktop_app" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "hadir.svg").is_file()
    assert list((internal / "resources" / "translations").glob("hadir_*.qm"))
    # Quick and Qml stay as libraries (the webcam plugin links them), never as modules or plugins.
    assert not list(BUNDLE.rglob("QtQuick*.abi3.*")) and not list(BUNDLE.rglob("*Qt6WebEngine*"))
    assert not list(BUNDLE.rglob("qml")) and not list(BUNDLE.rglob("*Qt6QuickControls2*"))
    if sys.platform.startswith("linux"):  # the server a host runs, in Debian's relative layout
        server = next((BUNDLE / "postgresql" / "lib" / "postgresql").glob("*"))
        assert {p.name for p in (server / "bin").iterdir()} == {"initdb", "pg_ctl", "postgres"}
        assert (server / "lib" / "pg_trgm.so").is_file()
        share = BUNDLE / "postgresql" / "share" / "postgresql" / server.name
        assert (share / "postgres.bki").is_file() and (share / "extension" / "pg_trgm.control").is_file()
    dangling = [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 <= LIMIT_MB, f"bundle is {size / 1e6:.0f} MB"


# Plugins Qt loads only on desktops that have the library (GTK's file dialogs and theme).
OPTIONAL_SYSTEM_LIBRARIES = ("libgtk-3", "libgdk-3")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="Linux (ldd)")
def test_every_library_found() -> None:
    """Leaving Qt modules out broke no link: every library a bundled binary needs can be found.

    The server's programs (dist/hadir/postgresql) find theirs without LD_LIBRARY_PATH, as when
    pg_ctl starts postgres, and load the bundle's copies, not the system's.
    """
    internal = BUNDLE / "_internal"
    search = os.pathsep.join(str(internal / d) for d in ("", "PySide6", "PySide6/Qt/lib"))
    missing = []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        done = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env={**os.environ, "LD_LIBRARY_PATH": search}
        )
        missing += [
            f"{path.relative_to(BUNDLE)}: {line.split()[0]}"
            for line in done.stdout.splitlines()
            if "not found" in line and not line.strip().startswith(OPTIONAL_SYSTEM_LIBRARIES)
        ]
        if done.returncode != 0:  # e.g. a library `strip` broke: "ELF load command ... not page-aligned"
            missing.append(f"{path.relative_to(BUNDLE)}: {(done.stderr or done.stdout).strip()}")
    # The bundled server's programs and modules find theirs through their RPATH alone.
    server = BUNDLE / "postgresql"
    alone = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    for path in sorted([*server.glob("lib/postgresql/*/bin/*"), *server.rglob("*.so*")]):
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=alone)
        missing += [
            f"{path.relative_to(BUNDLE)}: {line.split()[0]}"
            for line in done.stdout.splitlines()
            if "not found" in line
        ]
        if done.returncode != 0:
            missing.append(f"{path.relative_to(BUNDLE)}: {(done.stderr or done.stdout).strip()}")
        elif "/bin/" in str(path):  # and never the system's copy of a library the bundle carries
            outside = [line.split()[2] for line in done.stdout.splitlines() if "=> /" in line]
            carried = [
                lib
                for lib in outside
                if not Path(lib).resolve().is_relative_to(BUNDLE)
                and (server / "lib" / Path(lib).name).exists()
            ]
            assert not carried, f"{path.name} loads the system's {carried}"
    assert not missing, "\n".join(missing)


def test_version(home: dict[str, str]) -> None:
    done = run("--version", env=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"hadir {project_version()}"


def test_demo_on_a_fresh_database(demo_db: Path, home: dict[str, str]) -> None:
    done = run("--json", "--db", demo_db, "event", "list", env=home)
    assert done.returncode == 0, done.stderr
    events = json.loads(done.stdout)["events"]
    assert len(events) == 1 and len(events[0]["sessions"]) == 2


ROSTER = [
    ("Nama", "NIK", "No HP", "Jenis Kelamin", "Instansi"),
    ("Ani Contoh", "3311014101900011", "081200000011", "P", "Usaha Ani"),
    ("Bayu Contoh", "3311010202850012", "81200000012", "L", "Koperasi Bayu"),
    ("Cici Contoh", "9911014101900013", "081200000013", "P", "Usaha Cici"),  # no province 99
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_roster_import(suffix: str, home: dict[str, str], tmp_path: Path) -> None:
    """Reading a roster (csv; xlsx through python-calamine) and checking NIKs (stdnum's data files)."""
    path = tmp_path / f"daftar{suffix}"
    if suffix == ".csv":
        path.write_bytes("\r\n".join(";".join(row) for row in ROSTER).encode("utf-8-sig"))
    else:
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        for row in ROSTER:
            book.active.append(row)
        book.save(path)
    done = run("--db", tmp_path / "hadir.db", "--json", "roster", "import", path, env=home)
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert (data["rows"], data["imported"], data["rejected"]) == (3, 2, 1), data


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_export_attendance(
    suffix: str, cli_help: str, demo_db: Path, home: dict[str, str], tmp_path: Path
) -> None:
    if "export" not in cli_help:
        pytest.skip("this build has no export command")
    out = tmp_path / f"kehadiran{suffix}"
    done = run("--db", demo_db, "--json", "export", "attendance", "--session", 1, "-o", out, env=home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["rows"] > 0
    if suffix == ".xlsx":
        with zipfile.ZipFile(out) as book:
            assert "xl/workbook.xml" in book.namelist()
    else:
        pdf = out.read_bytes()
        assert pdf.startswith(b"%PDF-")
        assert b"DejaVuSans" in pdf  # the fonts came from the bundle's resources/fonts


def test_certificates(cli_help: str, demo_db: Path, home: dict[str, str], tmp_path: Path) -> None:
    if "certificates" not in cli_help:
        pytest.skip("this build has no certificates command")
    out = tmp_path / "sertifikat.pdf"
    done = run("--db", demo_db, "--json", "certificates", "--session", 1, "-o", out, env=home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["certificates"] > 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_bundle_can_encrypt_and_scan_with_a_webcam(home: dict[str, str]) -> None:
    """SQLCipher and keyring (encryption at rest) and QtMultimedia's FFmpeg backend (the webcam) are in."""
    done = run("--check", "--json", env=home)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["encryption"]["available"], report
    assert report["camera"]["available"], report  # the multimedia plugin loaded in the frozen program
    assert "problem" not in report["keyring"], report  # keyring imports and picks a backend
    assert report["keyring"]["backend"]


SECRETS = (b"Sukoharjo", b"+628", b"Angkatan")


def test_an_encrypted_database(demo_db: Path, home: dict[str, str], tmp_path: Path) -> None:
    """`db encrypt` in the bundle: nothing readable in the file, opened again with the account's key."""
    plain = demo_db.read_bytes()
    assert any(secret in plain for secret in SECRETS)  # the check can fail
    env = {**home, "HADIR_KEYRING_FILE": str(tmp_path / "keyring.json")}
    done = run("--db", demo_db, "--json", "db", "encrypt", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["recovery_key"]
    sealed = demo_db.read_bytes()
    assert not sealed.startswith(b"SQLite format 3") and not any(s in sealed for s in SECRETS)
    listed = run("--db", demo_db, "--json", "event", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["events"][0]["sessions"]) == 2
    stranger = {**home, "HADIR_KEYRING_FILE": str(tmp_path / "another-account.json")}
    refused = run("--db", demo_db, "--json", "event", "list", env=stranger)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the program and everything it started (xvfb-run's X server too)."""
    if process.poll() is None:
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_window_opens(platform: str, home: dict[str, str], tmp_path: Path) -> None:
    """The window program starts, opens (and migrates) its database and keeps running until stopped.

    `offscreen` everywhere; `xcb` (a real X server from xvfb-run) where there is one: it also loads
    the X11 platform plugin and its system libraries, as on a staff member's laptop.
    """
    command = [str(exe("hadir"))]
    if platform == "xcb":
        if not sys.platform.startswith("linux") or not shutil.which("xvfb-run"):
            pytest.skip("needs Linux and xvfb-run")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
    env = {**home, "QT_QPA_PLATFORM": platform}
    data = Path(home["HADIR_DATA_DIR"])
    console = tmp_path / "console.txt"
    with console.open("wb") as output:
        process = subprocess.Popen(
            command,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=sys.platform != "win32",
        )
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and process.poll() is None:
                if (data / "hadir.db").is_file() and (data / "logs" / "hadir.log").is_file():
                    break
                time.sleep(0.5)
            time.sleep(5)  # the window is up: it must stay up
            alive = process.poll() is None
        finally:
            _stop(process)
    printed = console.read_text(encoding="utf-8", errors="replace")
    assert alive, f"the window exited with {process.returncode}: {printed}"
    assert (data / "hadir.db").is_file(), printed
    log = (data / "logs" / "hadir.log").read_text(encoding="utf-8")
    assert "Running upgrade" in log  # the migrations ran from the bundle's files
    # No error, and Hadir's Indonesian translation was found (i18n logs "translation ... not found").
    assert "Traceback" not in log and " ERROR " not in log and "not found" not in log, log


def test_portable_mode(home: dict[str, str], tmp_path: Path) -> None:
    """A `portable` file next to the executable keeps the database in data/ beside it."""
    copy = tmp_path / "usb" / "hadir"
    shutil.copytree(BUNDLE, copy, symlinks=True)
    (copy / "portable").write_text("", encoding="utf-8")
    env = {k: v for k, v in home.items() if k != "HADIR_DATA_DIR"}
    done = run("demo", "--people", 30, "--json", env=env, program=exe("hadir-cli", copy))
    assert done.returncode == 0, done.stdout + done.stderr
    assert (copy / "data" / "hadir.db").is_file()
    assert json.loads(done.stdout)["people"] == 30
    leaked = [p for p in Path(home["HOME"]).rglob("*") if "hadir" in p.name.lower()]
    assert not leaked, f"portable mode wrote to the user's folders: {leaked}"


# Programs whose folder would hand a host the system's PostgreSQL instead of the bundled one.
POSTGRES_PROGRAMS = ("pg_config", "initdb", "pg_ctl", "postgres")


def _path_without_postgres() -> str:
    folders = os.environ.get("PATH", "").split(os.pathsep)
    return os.pathsep.join(
        d
        for d in folders
        if d and not any((Path(d) / f"{p}{EXE_SUFFIX}").exists() for p in POSTGRES_PROGRAMS)
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        return int(sock.getsockname()[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle carries Debian's server")
def test_a_host_started_from_the_bundle_and_a_desk_that_joined_it(home: dict[str, str]) -> None:
    """`hadir host start` runs the bundled server; a second laptop joins; both admit into one session.

    No HADIR_POSTGRES_BIN and no PostgreSQL program on the PATH: the server that runs must be the
    one in dist/hadir/postgresql (its process's executable says so). As root the server runs as
    `nobody`, so the data folders live in a folder of /tmp that others may pass through.
    """
    venue = Path(tempfile.mkdtemp(prefix="hadir-bundle-venue-"))
    os.chmod(venue, 0o711)
    host, desk = venue / "host", venue / "desk"
    for folder in (host, desk):
        folder.mkdir(mode=0o711)
    env = {**home, "PATH": _path_without_postgres()}

    def hadir(folder: Path, *args: object, want: int = 0) -> dict:
        done = run("--json", *args, env={**env, "HADIR_DATA_DIR": str(folder)})
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == want, (done.returncode, done.stdout, done.stderr[-2000:])
        return json.loads(done.stdout.strip().splitlines()[-1])

    try:
        started = hadir(host, "host", "start", "--port", _free_port())
        pid = int((host / "server" / "pgdata" / "postmaster.pid").read_text().split()[0])
        server = Path(f"/proc/{pid}/exe").resolve()
        assert server.is_relative_to(BUNDLE / "postgresql") and server.name == "postgres", server
        assert hadir(desk, "join", started["join_code"])["url"] == started["url"]

        event = hadir(host, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")["event_id"]
        session = hadir(
            desk, "session", "add", "--event", event, "--date", date.today().isoformat(), "--start", "09:00",
            "--end", "12:00", "--venue", "Aula", "--capacity", 3, "--no-temperature",
        )["session_id"]  # fmt: skip
        statuses = []
        for i in range(5):  # the host and the desk in turn, five people for three seats
            answer = hadir((host, desk)[i % 2], "checkin", "--session", session, "--walk-in",
                           "--name", f"Peserta Ke {i}", want=0 if i < 3 else 3)  # fmt: skip
            statuses.append(answer.get("reason", answer["status"]))
        assert statuses == ["admitted"] * 3 + ["capacity_full"] * 2
        for folder in (host, desk):  # both laptops see the same session
            sessions = [s for e in hadir(folder, "event", "list")["events"] for s in e["sessions"]]
            assert [(s["session_id"], s["attended"]) for s in sessions] == [(session, 3)]
        assert hadir(host, "host", "stop") == {"stopped": True}
        assert hadir(desk, "host", "status")["running"] is False
    finally:
        run("host", "stop", env={**env, "HADIR_DATA_DIR": str(host)})
        shutil.rmtree(venue, ignore_errors=True)
