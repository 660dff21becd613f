"""The event workbook with 6,000 attendance rows against openpyxl alone writing the same cells.

Hadir's figure is the whole export as the window runs it: the report's queries, the rows, the
title blocks, the summary sheet and the atomic save. The baseline is the minimum openpyxl code
that writes the same table cells with the same named styles (write-only mode, lxml installed),
given values already prepared. `export_vs_openpyxl` is the ratio (target: at most 2).

    python tests/benchmarks/bench_export.py [--rows 6000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell.cell import Cell  # noqa: E402
from sqlalchemy import delete, func, select  # noqa: E402

from desktop_app.core.region import District  # noqa: E402
from desktop_app.exports.attendance.labels import AttendanceLabels  # noqa: E402
from desktop_app.exports.attendance.xlsx import columns_for  # noqa: E402
from desktop_app.exports.attendance.xlsx_styles import register_styles, style_arrays  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.demo.service import generate_demo  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.storage.models import Attendance  # noqa: E402


def make_event(folder: Path, rows: int) -> tuple[Services, int]:
    """A demo event trimmed to exactly `rows` admissions."""
    services = Services(open_database(folder / "bench-export.db"))
    result = generate_demo(services.db, District(), people=int(rows * 1.12) + 30)
    with services.db.transaction() as s:
        keep = s.scalar(select(Attendance.id).order_by(Attendance.id).offset(rows - 1).limit(1))
        s.execute(delete(Attendance).where(Attendance.id > keep))
        assert s.scalar(select(func.count(Attendance.id))) == rows
    return services, result.event_id


def raw_openpyxl(report, path: Path) -> None:  # type: ignore[no-untyped-def]
    """openpyxl alone: the same table cells and named styles, values already computed."""
    labels = AttendanceLabels()
    columns = columns_for(report)
    sheets = [
        (session.header.batch, [[c.value(r, labels) for c in columns] for r in session.rows])
        for session in report.sessions
    ]
    styles = [c.style for c in columns]
    headers = [getattr(labels, c.label) for c in columns]
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    register_styles(wb, labels)
    arrays = None
    for batch, values in sheets:
        ws = wb.create_sheet(f"Angkatan {batch}")
        arrays = arrays or style_arrays(ws)  # each named style resolved once, as Hadir does
        ws.append([Cell(ws, row=1, column=1, value=t, style_array=arrays["h_header"]) for t in headers])
        for line in values:
            ws.append(
                [
                    Cell(ws, row=1, column=1, value=value, style_array=arrays[style])
                    for value, style in zip(line, styles, strict=True)
                ]
            )
    wb.save(path)
    return time.perf_counter() - started  # type: ignore[return-value]


def bench_export(rows: int = 6000, repeat: int = 3) -> dict[str, float]:
    """Best of `repeat` runs of each; returns the figures the harness prints."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services, event_id = make_event(folder, rows)
        report = services.reports.event_report(event_id)
        assert report.row_count == rows, report.row_count
        ours, raw = [], []
        for i in range(repeat):
            started = time.perf_counter()
            services.reports.export_event(event_id, folder / f"hadir-{i}.xlsx")
            ours.append(time.perf_counter() - started)
            raw.append(raw_openpyxl(report, folder / f"raw-{i}.xlsx"))
        services.close()
    return {
        "export_6000_s": round(min(ours), 2),
        "export_raw_openpyxl_s": round(min(raw), 2),
        "export_vs_openpyxl": round(min(ours) / min(raw), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(bench_export(args.rows, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
