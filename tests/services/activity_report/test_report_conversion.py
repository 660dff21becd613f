"""The laporan kegiatan carries the BPJS conversion: each batch, walk-ins, the interested, the total.

Read back with pdftotext -layout: the numbers a reader sees in each row of the table.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "bpjs"))

from bpjs_world import build_world, write_member_list

from desktop_app.services.bpjs.bpjs_settings import set_windows
from desktop_app.storage.models import Person

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def _layout(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return [" ".join(line.split()) for line in out.stdout.splitlines()]


def _row(lines: list[str], label: str, start: int = 0) -> tuple[int, str]:
    """The first line at or after `start` that begins (after a batch cell) with `label`."""
    for i in range(start, len(lines)):
        if label in lines[i]:
            return i, lines[i][lines[i].index(label) + len(label) :].strip()
    raise AssertionError(f"{label!r} not found after line {start}")


@pytest.fixture
def world(services, admin, tmp_path):  # type: ignore[no-untyped-def]
    world = build_world(services, admin)
    services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), admin.id)
    return world


def test_the_event_report_gives_each_batch_and_the_total(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reports = world.services.activity_reports
    out = tmp_path / "laporan.pdf"
    reports.write(reports.build(event_id=world.event_id), out, operator_id=world.admin.id)
    lines = _layout(out)
    text = " ".join(lines)

    assert "Kepesertaan BPJS Ketenagakerjaan peserta yang hadir" in text
    assert "≤ 30 hari" in text and "≤ 90 hari" in text
    # Headline lines among the numbers: the event's people, each once.
    assert "Sudah peserta BPJS sebelumnya 2 orang" in text
    assert "Mendaftar BPJS sesudahnya 4 orang (67 %)" in text
    assert "… dalam 30 / 90 hari 3 / 4 orang" in text
    assert "Belum terdaftar BPJS 2 orang" in text
    # Batch 1 (16/02/2021): attended, members before, registered after, ≤30, ≤90, not yet, rate.
    i, everyone = _row(lines, "Semua peserta hadir")
    assert everyone == "5 1 3 2 3 1 75 %"
    i, walk_ins = _row(lines, "Hadir tanpa undangan", i + 1)
    assert walk_ins == "1 0 1 1 1 0 100 %"
    i, interested = _row(lines, "Tertarik BPU", i + 1)
    assert interested == "2 0 1 1 1 1 50 %"
    # Batch 2: G registered before it (after batch 1, which G missed): a member, not a conversion.
    i, everyone = _row(lines, "Semua peserta hadir", i + 1)
    assert everyone == "3 1 1 1 1 1 50 %"
    # The total counts each person once.
    i, everyone = _row(lines, "Semua peserta hadir", i + 1)
    assert everyone == "8 2 4 3 4 2 67 %"
    assert "16/02/2021" in text and "10/03/2021" in text
    # The chart over time: one bar per batch, labelled with its date, and its legend.
    assert "Kepesertaan BPJS Ketenagakerjaan per angkatan" in text
    assert "1 · 16/02" in text and "2 · 10/03" in text


def test_one_batch_and_the_windows_setting(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    set_windows(world.services.settings, 3, 60, world.admin.id)
    reports = world.services.activity_reports
    out = tmp_path / "batch1.pdf"
    reports.write(reports.build(session_id=world.s1), out, operator_id=world.admin.id)
    lines = _layout(out)
    text = " ".join(lines)
    assert "≤ 3 hari" in text and "≤ 60 hari" in text
    # B on the day within 3 days; H (4 days) and C (59 days) within 60.
    _, everyone = _row(lines, "Semua peserta hadir")
    assert everyone == "5 1 3 1 3 1 75 %"
    assert text.count("Semua peserta hadir") == 1  # one batch: no total block repeating it


def test_no_follow_up_no_section(services, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = build_world(services, admin)
    with services.db.transaction() as s:  # nobody said they were interested, no list imported
        for person in s.query(Person):
            person.bpu_interest_at = None
    reports = services.activity_reports
    out = tmp_path / "laporan.pdf"
    reports.write(reports.build(event_id=world.event_id), out, operator_id=admin.id)
    assert "Kepesertaan BPJS" not in " ".join(_layout(out))
