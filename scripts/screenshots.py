"""Take the README's screenshots from the real window, offscreen, in Indonesian.

    .venv/bin/python scripts/screenshots.py                  (or ./dev.sh screenshots)
    .venv/bin/python scripts/screenshots.py checkin people   (only these areas)

Each area (scripts/screens/<area>.py) fills a new database in a temporary folder and writes its
PNGs to docs/screenshots; `icon` renders resources/icons/hadir-256.png from hadir.svg. The window
speaks the language a user's settings choose (`SCREENSHOT_LANG`, default `id`), through Hadir's
own translation (run scripts/build_translations.py first; ./dev.sh does). Nothing touches the
user's data folder or settings.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the people area builds its roster with tests/services/roster_files.py

from screens import audit, checkin, empty, events, icon, merge, network, paper, people, reports, settings  # noqa: E402
from screens.kit import Kit  # noqa: E402

AREAS: dict[str, Callable[[Kit], None]] = {
    "icon": icon.take,
    "empty": empty.take,
    "events": events.take,
    "settings": settings.take,
    "checkin": checkin.take,
    "people": people.take,
    "reports": reports.take,
    "paper": paper.take,
    "audit": audit.take,
    "merge": merge.take,
    "network": network.take,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Take the README's screenshots.")
    parser.add_argument("areas", nargs="*", metavar="AREA", help=f"only these: {', '.join(AREAS)}")
    chosen = parser.parse_args(argv).areas or list(AREAS)
    unknown = [name for name in chosen if name not in AREAS]
    if unknown:
        parser.error(f"unknown area {', '.join(unknown)}; choose from {', '.join(AREAS)}")
    with Kit.open(os.environ.get("SCREENSHOT_LANG", "id")) as kit:
        for name in chosen:
            AREAS[name](kit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
