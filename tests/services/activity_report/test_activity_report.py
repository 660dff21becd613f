"""The laporan kegiatan: what it says, its fonts, its photos (scaled, stored once) and its annexes."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.errors import InvalidField
from desktop_app.exports.report.data import ReportFigure, ReportPhoto
from desktop_app.services.activity_report.settings import ReportSettings
from desktop_app.services.demo.service import generate_demo

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def _poppler(*args: object) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    return generate_demo(services.db, services.district, people=60, operator_id=admin.id)


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    paths = []
    for i, colour in enumerate(("#0f766e", "#1d4ed8", "#b91c1c")):
        path = tmp_path / f"foto-{i}.jpg"
        Image.new("RGB", (4000, 3000), colour).save(path, quality=95)  # a phone's 12 MP photo
        paths.append(path)
    return paths


def test_the_report_says_what_happened(services, admin, demo, photos, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[0]
    services.certificates.issue(session_id=session.id, operator_id=admin.id)
    settings = ReportSettings(
        ("Surat Tugas Kepala Dinas Nomor 500/123/2021",), "Sosialisasi BPU.", ("Ir. Sri Lestari — BPJS",)
    )
    services.activity_reports.set_report_settings(settings, admin.id)
    captions = ["Pembukaan", "Pemaparan", "Tanya jawab"]
    report = services.activity_reports.build(
        session_id=session.id,
        notes="Kegiatan dibuka pukul 08.45 WIB.\n\nPeserta bertanya tentang iuran.",
        photos=[ReportPhoto(p, c) for p, c in zip(photos, captions, strict=True)]
        + [ReportPhoto(photos[0], "Lagi")],
    )
    report = replace(report, figures=(ReportFigure("Terdaftar BPU setelah kegiatan", "7 orang"),))
    out = tmp_path / "laporan.pdf"
    done = services.activity_reports.write(report, out, operator_id=admin.id)

    text = " ".join(_poppler("pdftotext", out, "-").split())
    t = report.attendance.totals
    for expected in (
        "LAPORAN KEGIATAN",
        "Surat Tugas Kepala Dinas Nomor 500/123/2021",
        "Ir. Sri Lestari — BPJS",
        f"Diundang {t.invited} orang",
        f"Hadir {t.admitted} orang",
        "Terdaftar BPU setelah kegiatan 7 orang",
        "Peserta bertanya tentang iuran.",
        "Dokumentasi Kegiatan",
        "Tanya jawab",
        "Lampiran I: Daftar Hadir",
        "Lampiran II: Daftar Nomor Sertifikat",
        "001/SOS-BPJSTK/II/2021",
    ):
        assert expected in text, expected
    rate = f"{(t.admitted - t.walk_ins) / t.invited * 100:.1f} %".replace(".", ",")
    assert rate in text
    assert done.certificates == t.admitted and done.photos == 4
    assert not re.search(r"\d{16}", text)  # NIKs masked in the annex

    fonts = _poppler("pdffonts", out).splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts) and not any("Helvetica" in f for f in fonts)
    images = [line.split() for line in _poppler("pdfimages", "-list", out).splitlines()[2:]]
    assert len(images) == 4  # four placements on one page (2 x 2) ...
    assert len({row[10] for row in images}) == 3  # ... of three photos: the repeated one stored once
    assert {(row[3], row[4]) for row in images} == {("1600", "1200")}  # scaled down from 4000 x 3000
    assert out.stat().st_size < 1_000_000


def test_two_photos_share_a_page_and_a_bad_photo_writes_nothing(
    services, admin, demo, photos, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[0]
    two = services.activity_reports.build(session_id=session.id, photos=[ReportPhoto(p) for p in photos[:2]])
    out = tmp_path / "laporan.pdf"
    services.activity_reports.write(two, out)
    pages = [line.split() for line in _poppler("pdfimages", "-list", out).splitlines()[2:]]
    assert len({row[0] for row in pages}) == 1  # both on one page

    three = services.activity_reports.build(session_id=session.id, photos=[ReportPhoto(p) for p in photos])
    services.activity_reports.write(three, out)  # 2 x 2 with one cell left empty
    pages = [line.split() for line in _poppler("pdfimages", "-list", out).splitlines()[2:]]
    assert len(pages) == 3 and len({row[0] for row in pages}) == 1

    broken = tmp_path / "bukan-foto.jpg"
    broken.write_text("not a photo")
    bad = services.activity_reports.build(session_id=session.id, photos=[ReportPhoto(broken)])
    with pytest.raises(InvalidField) as caught:
        services.activity_reports.write(bad, tmp_path / "lain.pdf")
    assert caught.value.problem == "not_an_image" and not (tmp_path / "lain.pdf").exists()
