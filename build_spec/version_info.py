"""The Windows version resource of hadir.exe / hadir-cli.exe, made from pyproject's version.

PyInstaller reads a version file (the text form of its `VSVersionInfo`) only when building on
Windows; its classes need `pefile`, which is installed there only, so the file is written as text:

    python build_spec/version_info.py [EXE_NAME]     # print it
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEMPLATE = """# Made by build_spec/version_info.py from pyproject.toml's version {version}; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [StringStruct('CompanyName', 'Hadir developers'),
         StringStruct('FileDescription', '{description}'),
         StringStruct('FileVersion', '{version}'),
         StringStruct('InternalName', '{name}'),
         StringStruct('LegalCopyright', 'MIT licence, Hadir developers'),
         StringStruct('OriginalFilename', '{name}.exe'),
         StringStruct('ProductName', 'Hadir'),
         StringStruct('ProductVersion', '{version}')])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def project_version() -> str:
    """`[project] version` of pyproject.toml."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`0.1.0` -> (0, 1, 0, 0): Windows wants four numbers; `rc1`, `.dev2`, `+local` are dropped."""
    release = re.match(r"\d+(\.\d+)*", version)
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_text(version: str, name: str, description: str) -> str:
    """The version file's text for the executable `name` (without `.exe`)."""
    safe = re.sub(r"[^0-9A-Za-z.+_-]", "", version)
    return TEMPLATE.format(version=safe, numbers=version_tuple(version), name=name, description=description)


def write_version_file(folder: Path, version: str, name: str, description: str) -> Path:
    """Write `folder/version_<name>.txt` and return its path (for EXE(version=...))."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version_{name}.txt"
    path.write_text(version_text(version, name, description), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(version_text(project_version(), sys.argv[1] if len(sys.argv) > 1 else "hadir", "Hadir"))
