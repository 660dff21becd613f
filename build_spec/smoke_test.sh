#!/usr/bin/env bash
# Smoke test of the built bundle (build it first with build_spec/build.sh; ./dev.sh bundle does both):
# --version, demo on a fresh database, roster import, exports, certificates, a host started from the
# bundled PostgreSQL server with a desk that joins it, the window (offscreen,
# and under xvfb-run where it is installed), portable mode, size. These are the `bundle` tests of
# tests/bundle/, which the normal pytest run skips. They run with the developer venv's pytest
# (HADIR_VENV, default .venv), else with the build venv after adding pytest to it.
# HADIR_BUNDLE_DIR tests another built folder. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON_FOR_TESTS="${HADIR_VENV:-.venv}/bin/python"
if ! "$PYTHON_FOR_TESTS" -c 'import pytest' 2>/dev/null; then
  PYTHON_FOR_TESTS="${HADIR_BUILD_VENV:-build/venv}/bin/python"
  [ -x "$PYTHON_FOR_TESTS" ] || { echo "no venv with pytest: run build_spec/build.sh first" >&2; exit 2; }
  "$PYTHON_FOR_TESTS" -m pip install -q pytest
fi
exec "$PYTHON_FOR_TESTS" -m pytest -m bundle tests/bundle -p no:cacheprovider -q -rs "$@"
