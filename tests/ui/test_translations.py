"""Every string of the window has its Indonesian translation, and the .ts matches the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "hadir_id.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def test_every_string_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 100
    unfinished = [
        (ctx, src) for ctx, src, tr in found if tr.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    empty = [(ctx, src) for ctx, src, tr in found if not (tr.text or "").strip()]
    assert unfinished == []
    assert empty == []


def test_translations_keep_the_placeholders_and_mnemonics() -> None:
    for ctx, source, translation in messages(TS):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), (
            ctx,
            source,
        )
        assert source.count("&") == translation.text.count("&"), (ctx, source)


def test_the_words_of_the_design() -> None:
    pairs = {(src, tr.text) for _, src, tr in messages(TS)}
    for expected in [
        ("Events & Sessions", "Kegiatan & Sesi"),
        ("Check-in Desk", "Meja Check-in"),
        ("Participants", "Peserta"),
        ("Reports & Export", "Laporan & Ekspor"),
        ("Certificates", "Sertifikat"),
        ("Settings", "Pengaturan"),
        ("Save", "Simpan"),
        ("Cancel", "Batal"),
        ("New event", "Tambah Kegiatan"),
        ("Batch", "Angkatan"),
    ]:
        assert expected in pairs


@pytest.mark.skipif(
    not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)), reason="no lupdate"
)
def test_the_ts_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """A string added to the code but not to the .ts would show in English: lupdate finds it."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    script = ROOT / "scripts" / "update_translations.py"
    sources = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import runpy; m = runpy.run_path({str(script)!r}); print('\\n'.join(m['sources']()))",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split()
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    subprocess.run([lupdate, "-no-obsolete", "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)

    in_code = {(c, s) for c, s, _ in messages(fresh)}
    in_ts = {(c, s) for c, s, _ in messages(TS)}
    hint = "run scripts/update_translations.py, then translate in resources/translations/hadir_id.ts"
    assert sorted(in_code - in_ts) == [], f"strings missing from the .ts: {hint}"
    assert sorted(in_ts - in_code) == [], f"strings no longer in the code: {hint}"
