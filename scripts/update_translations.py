"""Collect the window's strings into resources/translations/hadir_id.ts with pyside6-lupdate.

Existing translations are kept; new strings arrive as `type="unfinished"` for a translator to fill
in (Qt Linguist: `pyside6-linguist resources/translations/hadir_id.ts`). Strings that disappeared
from the code are dropped (`-no-obsolete`). Then run scripts/build_translations.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def lupdate() -> str:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if not exe:
        sys.exit("pyside6-lupdate not found: install the project first (./dev.sh)")
    return exe


def sources() -> list[str]:
    files = [*sorted((ROOT / "desktop_app" / "ui").rglob("*.py")), ROOT / "desktop_app" / "app.py"]
    return [str(path.relative_to(ROOT)) for path in files]


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"hadir_{language}.ts"
        command = [
            lupdate(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(ts.relative_to(ROOT)),
        ]
        subprocess.run(command, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
