"""Importing a 10,000-row xlsx roster, against python-calamine reading the same file.

The roster looks like the offices' files: a title above the header, NIKs typed as numbers,
phones that lost their leading zero, names with stray spaces, a few duplicates and bad rows.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

import openpyxl

from desktop_app.core.region import District
from desktop_app.services import demo_data as words
from desktop_app.services.container import Services
from desktop_app.services.events import EventDraft, SessionDraft
from desktop_app.storage.database import open_database

ROWS = 10_000


def write_roster(path: Path, rows: int = ROWS, seed: int = 7) -> Path:
    """A realistic roster workbook of `rows` people."""
    rng = random.Random(seed)
    district = District()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR UNDANGAN SOSIALISASI BPJS KETENAGAKERJAAN"])
    ws.append([])
    ws.append(
        [
            "No",
            "Nama Lengkap",
            "NIK",
            "No. HP",
            "L/P",
            "Nama Usaha",
            "Jenis",
            "Alamat",
            "Kecamatan",
            "Jabatan",
        ]
    )
    kecamatan = list(district.kecamatan.items())
    for i in range(rows):
        sex = rng.choice("LP")
        code, kec = rng.choice(kecamatan)
        day = rng.randint(1, 28) + (40 if sex == "P" else 0)
        nik = int(f"3311{code}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99)}{i + 1:04d}"[:16])
        if i % 500 == 7:
            nik = nik // 10  # a 15-digit NIK now and then: rejected
        first = rng.choice(words.FEMALE_NAMES if sex == "P" else words.MALE_NAMES)
        name = f" {first}  {rng.choice(words.SURNAMES)} "
        phone = int(f"8{rng.choice(words.MOBILE_PREFIXES)[1:]}{rng.randint(1_000_000, 99_999_999)}")
        org = (
            f"{rng.choice(words.UMKM_FORMS)} {rng.choice(words.UMKM_PRODUCTS)} {rng.choice(words.NICE_WORDS)}"
        )
        ws.append(
            [
                i + 1,
                name,
                nik,
                phone,
                sex,
                org,
                "UMKM",
                f"RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}",
                kec,
                "Pemilik",
            ]
        )
    wb.save(path)
    return path


def calamine_read(path: Path) -> None:
    """What python-calamine alone does: open the file and read every sheet's cells."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    for index in range(len(workbook.sheet_names)):
        workbook.get_sheet_by_index(index).to_python()


def bench_import(repeat: int = 3) -> dict[str, float]:
    """Median seconds of a whole import into a fresh database, and its ratio to calamine's read."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster = write_roster(folder / "roster.xlsx")
        imports, reads = [], []
        for n in range(repeat):
            services = Services(open_database(folder / f"import-{n}.db"))
            operator = services.operators.local_admin()
            event = services.events.add_event(EventDraft("Sosialisasi", "Disdagkop UKM"), operator.id)
            draft = SessionDraft(event, *_slot(), venue="Aula", capacity=ROWS)
            session = services.events.add_session(draft, operator.id)
            started = time.perf_counter()
            summary = services.roster.run(roster, [session], operator)
            imports.append(time.perf_counter() - started)
            services.close()
            assert summary.rows == ROWS and summary.imported > ROWS * 0.95
            started = time.perf_counter()
            calamine_read(roster)
            reads.append(time.perf_counter() - started)
    seconds, read = statistics.median(imports), statistics.median(reads)
    return {
        "import_10k_s": round(seconds, 3),
        "calamine_10k_s": round(read, 3),
        "import_vs_calamine": round(seconds / read, 2),
    }


def _slot():  # type: ignore[no-untyped-def]
    from datetime import date, time

    return date(2021, 2, 16), time(9), time(12)
