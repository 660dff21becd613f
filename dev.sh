#!/usr/bin/env bash
# Hadir's one developer script. On a fresh Debian with Python 3.11 it installs what is needed
# (the system libraries Qt loads, a virtual environment, the package and its test tools) and then:
#   ./dev.sh run          open the window
#   ./dev.sh test         ruff, import-linter and the whole pytest suite
#   ./dev.sh screenshots  the README's PNGs, taken from the real window (AREA ... takes only those)
#   ./dev.sh bench        the benchmark harness (tests/benchmarks/run.py)
#   ./dev.sh bundle       build dist/hadir/ with PyInstaller (build_spec/build.sh) and smoke-test it
set -euo pipefail
cd "$(dirname "$0")"

VENV=${HADIR_VENV:-.venv}
PY=${PYTHON:-python3}

# Debian packages Qt needs to start (offscreen too), tools the tests use to look at output, and
# PostgreSQL (with pg_trgm) for the tests that run every service on a real server (tests/pg_cluster.py).
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 xvfb xauth poppler-utils zbar-tools fonts-dejavu-core
  postgresql postgresql-contrib
  # binutils: `strings`, which the privacy tests run over the data folder as an attacker would.
  # LibreOffice prints the workbook in tests as an office would (~85 s to install, with apt-get update);
  # Carlito has Calibri's metrics, so its pages break and wrap as in Excel.
  # libpulse0: QtMultimedia (the desk's webcam scanning) does not load without it.
  binutils libreoffice-calc fonts-crosextra-carlito libpulse0)

install_system() {
  command -v dpkg-query >/dev/null || return 0   # not Debian: the README says what to install
  local missing=()
  # Debian's python3 comes without venv/ensurepip: python3-venv brings them.
  "$PY" -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV" || { echo "python3 -m venv failed: install python3-venv (apt-get install python3-venv)"; exit 1; }
  fi
  local stamp="$VENV/.installed-$(sha1sum pyproject.toml | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    touch "$stamp"
  fi
  "$VENV/bin/python" scripts/build_translations.py
}

case "${1:-run}" in
  run)
    install_system; install_python
    shift || true
    exec "$VENV/bin/hadir" "$@"
    ;;
  test)
    install_system; install_python
    shift || true
    "$VENV/bin/ruff" check desktop_app tests scripts build_spec
    "$VENV/bin/ruff" format --check desktop_app tests scripts build_spec
    "$VENV/bin/lint-imports"
    # One worker per core (pytest-xdist; each worker gets its own PostgreSQL databases, see
    # tests/conftest.py); HADIR_TEST_WORKERS=0 runs everything in this one process.
    exec "$VENV/bin/python" -m pytest -n "${HADIR_TEST_WORKERS:-auto}" "$@"
    ;;
  screenshots)
    install_system; install_python
    shift || true
    exec "$VENV/bin/python" scripts/screenshots.py "$@"
    ;;
  bench)
    install_system; install_python
    shift || true
    exec "$VENV/bin/python" tests/benchmarks/run.py "$@"
    ;;
  bundle)
    install_system; install_python
    shift || true
    build_spec/build.sh
    exec build_spec/smoke_test.sh "$@"
    ;;
  *)
    echo "usage: ./dev.sh [run|test|screenshots|bench|bundle]" >&2
    exit 2
    ;;
esac
