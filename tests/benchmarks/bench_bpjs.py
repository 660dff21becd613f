"""The BPJS follow-up on the 100,000-person registry: the branch's list imported, the conversion report.

bpjs_import_100k_s   a 100,000-row membership list (xlsx: a title row, NIKs as numbers, dates in
                     four spellings, some unknown NIKs and bad KPJs) imported end to end
                     (target ≤ 5 s); bpjs_import_vs_calamine is that over calamine reading it
bpjs_report_s        the conversion report of the event, 6,000 attendances, after the import
                     (target ≤ 1 s; best of the rounds)

python tests/benchmarks/bench_bpjs.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT, Path(__file__).resolve().parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from openpyxl import Workbook  # noqa: E402
from registry import registry_copy  # noqa: E402
from sqlalchemy import delete, func, select  # noqa: E402

from desktop_app.services.container import Services  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.storage.models import Attendance, Person  # noqa: E402

ROWS = 100_000
ATTENDANCES = 6_000


def write_member_list(path: Path, niks: list[str], rows: int = ROWS, seed: int = 19) -> Path:
    """A branch's list: 95 % NIKs of the registry, the rest unknown; 1 % bad KPJs; four date spellings."""
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data TK")
    ws.append(["DAFTAR PESERTA BPU KANTOR CABANG SUKOHARJO"])
    ws.append(["No", "NIK", "No. KPJ", "Nama Peserta", "Tgl Kepesertaan", "Segmen", "Program"])
    start = date(2020, 6, 1)
    months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember")  # fmt: skip
    for number in range(1, rows + 1):
        nik = niks[rng.randrange(len(niks))] if rng.random() < 0.95 else f"3311{rng.randrange(10**12):012d}"
        day = start + timedelta(days=rng.randrange(700))
        spelling = number % 4
        when: object = (
            day
            if spelling == 0
            else f"{day:%d/%m/%Y}"
            if spelling == 1
            else f"{day:%Y-%m-%d}"
            if spelling == 2
            else f"{day.day} {months[day.month - 1]} {day.year}"
        )
        kpj = f"{rng.randrange(10**11):011d}" if rng.random() > 0.01 else "12345"
        ws.append([number, int(nik), kpj, f"Peserta {number}", when, "BPU", "JKK, JKM"])
    wb.save(path)
    return path


def bench_bpjs(repeat: int = 3) -> dict[str, float]:
    """Import the list into the trimmed registry, then time the event's report."""
    from python_calamine import CalamineWorkbook

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, _ = registry_copy(100_000, folder)
        services = Services(open_database(path))
        admin = services.operators.local_admin()
        event_id = services.events.list_events()[-1].id
        with services.db.transaction() as s:
            keep = s.scalar(select(Attendance.id).order_by(Attendance.id).offset(ATTENDANCES - 1).limit(1))
            s.execute(delete(Attendance).where(Attendance.id > keep))
            assert s.scalar(select(func.count(Attendance.id))) == ATTENDANCES
            niks = list(s.scalars(select(Person.nik).where(Person.nik.is_not(None))))
        members = write_member_list(folder / "bpjs.xlsx", niks)
        started = time.perf_counter()
        CalamineWorkbook.from_path(str(members)).get_sheet_by_index(0).to_python()
        calamine = time.perf_counter() - started
        started = time.perf_counter()
        summary = services.bpjs_members.run(members, admin.id)
        imported = time.perf_counter() - started
        assert summary.rows == ROWS and summary.matched > 90_000, summary.rows
        reports = []
        for _ in range(repeat):
            started = time.perf_counter()
            report = services.conversion.report(event_id=event_id)
            reports.append(time.perf_counter() - started)
        assert report.totals.attended > 5_000
        services.close()
    return {
        "bpjs_import_100k_s": round(imported, 2),
        "bpjs_import_vs_calamine": round(imported / calamine, 1),
        "bpjs_report_s": round(min(reports), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(json.dumps(bench_bpjs(repeat=1 if args.quick else 5)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
