"""Importing a 10,000-row xlsx roster, against python-calamine reading the same file.

The roster looks like the offices' files: a title above the header, NIKs typed as numbers,
phones that lost their leading zero, names with stray spaces, a few duplicates and bad rows.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import openpyxl

from desktop_app.core.codes import random_invitation_codes
from desktop_app.core.region import District
from desktop_app.services.container import Services
from desktop_app.services.demo import _data as words
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.roster.plan import check_roster
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


def raw_write(path: Path, people: list, session_id: int) -> None:
    """The least any import of these people must write, by sqlite3 alone into Hadir's schema.

    The same rows already clean, no checks, no matching, no audit: organisations, people (their
    indexes), the search index, invitations, one durable commit with Hadir's pragmas. Each row
    has its uuid, as every row of these tables must (a merge knows rows again by it).
    """
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -32768")
    conn.execute("BEGIN")
    conn.execute("UPDATE search_control SET bulk = 1 WHERE id = 1")
    stamp = "2026-01-01 00:00:00.000000"
    orgs = {name: n for n, name in enumerate(dict.fromkeys(p.organization for p in people), 1)}
    conn.executemany(
        "INSERT INTO organization (id, uuid, name, name_key, kind, created_at) VALUES (?, ?, ?, ?, 'umkm', ?)",
        [(n, str(uuid.uuid4()), name, name.casefold(), stamp) for name, n in orgs.items()],
    )
    conn.executemany(
        "INSERT INTO person (id, uuid, nik, name, sex, birth_date, phone, address, kecamatan, position,"
        " organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                n,
                str(uuid.uuid4()),
                p.nik,
                p.name,
                p.sex,
                p.birth_date.isoformat(),
                p.phone,
                p.address,
                p.kecamatan,
                p.position,
                orgs[p.organization],
                stamp,
                stamp,
            )
            for n, p in enumerate(people, 1)
        ],
    )
    conn.execute(
        "INSERT INTO person_search(rowid, name, nik, phone, org) SELECT p.id, p.name, p.nik,"
        " substr(p.phone, 4), o.name FROM person p JOIN organization o ON o.id = p.organization_id"
    )
    codes = random_invitation_codes(len(people))
    conn.executemany(
        "INSERT INTO invitation (uuid, session_id, person_id, code, created_at) VALUES (?, ?, ?, ?, ?)",
        [(str(uuid.uuid4()), session_id, n, code, stamp) for n, code in enumerate(codes, 1)],
    )
    conn.execute("UPDATE search_control SET bulk = 0 WHERE id = 1")
    conn.execute("COMMIT")
    conn.close()


def bench_import(repeat: int = 3) -> dict[str, float]:
    """Median seconds of a whole import into a fresh database, against the raw libraries.

    `import_vs_calamine`: against python-calamine reading the file. `import_vs_raw`: against
    calamine's read plus sqlite3 writing the same clean rows into the same schema (`raw_write`).
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster = write_roster(folder / "roster.xlsx")
        imports, reads, writes = [], [], []
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
            people = [r.person for r in check_roster(roster, None, District(), date.today()).results]
            Services(open_database(folder / f"raw-{n}.db")).close()  # the schema, empty
            started = time.perf_counter()
            raw_write(folder / f"raw-{n}.db", [p for p in people if p is not None], session)
            writes.append(time.perf_counter() - started)
    seconds, read, write = statistics.median(imports), statistics.median(reads), statistics.median(writes)
    return {
        "import_10k_s": round(seconds, 3),
        "calamine_10k_s": round(read, 3),
        "import_vs_calamine": round(seconds / read, 2),
        "raw_write_10k_s": round(write, 3),
        "import_vs_raw": round(seconds / (read + write), 2),
    }


def time_import(target: str, roster: Path) -> float:
    """Seconds of one whole import of `roster` into the fresh database `target` (a file or a server)."""
    from desktop_app.storage.target import open_target

    services = Services(open_target(target))
    operator = services.operators.local_admin()
    event = services.events.add_event(EventDraft("Sosialisasi", "Disdagkop UKM"), operator.id)
    session = services.events.add_session(
        SessionDraft(event, *_slot(), venue="Aula", capacity=ROWS), operator.id
    )
    started = time.perf_counter()
    summary = services.roster.run(roster, [session], operator)
    seconds = time.perf_counter() - started
    services.close()
    assert summary.rows == ROWS and summary.imported > ROWS * 0.95
    return seconds


def _slot():  # type: ignore[no-untyped-def]
    from datetime import date, time

    return date(2021, 2, 16), time(9), time(12)
