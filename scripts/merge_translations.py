"""Merge hand-written translations into resources/translations/hadir_id.ts.

Helpers working on a feature write `resources/translations/pending/<feature>.tsv` with lines
`context<TAB>English source<TAB>Indonesian`. This script runs lupdate (so every string of the
code is in the .ts), fills each unfinished entry whose context and source match a pending
line, and reports what is still untranslated. Pending files that are fully merged are removed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "hadir_id.ts"
PENDING = ROOT / "resources" / "translations" / "pending"


def load_pending() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in sorted(PENDING.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path.name}:{number}: expected context<TAB>source<TAB>translation")
            context, source, target = (p.replace("\\n", "\n") for p in parts)
            table[(context, source)] = target
    return table


def main() -> int:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py")], check=True)
    table = load_pending()
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and (translation.text or "").strip():
                continue
            target = table.get((name, source))
            if target is None:
                missing.append(f"{name}: {source!r}")
                continue
            translation.text = target
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with TS.open("r+", encoding="utf-8") as handle:  # keep Qt Linguist's doctype line
        text = handle.read()
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
            handle.seek(0)
            handle.write(text)
            handle.truncate()
    for line in missing:
        print("untranslated:", line)
    if not missing:
        for path in PENDING.glob("*.tsv"):
            path.unlink()
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
