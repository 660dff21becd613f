"""The new documents of issue 18, a page of each through `pdftoppm -r 70`.

paper-signin.png (the sheet to sign before the event), paper-invitations.png, paper-report.png
(page 1 of the laporan kegiatan), paper-report-bpjs.png (its page with the BPJS conversion, after
a membership list from the branch) and paper-report-photos.png, paper-receipt.png (transport money),
paper-contacts.png (the contact-tracing workbook as LibreOffice prints it, when soffice is there).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from openpyxl import Workbook
from PIL import Image, ImageDraw
from sqlalchemy import select

from desktop_app.exports.letterhead import Signatory
from desktop_app.exports.report.data import ReportPhoto
from desktop_app.services.activity_report.settings import ReportSettings
from desktop_app.services.bpjs.interest import set_interest
from desktop_app.services.paper.details import InvitationDetails
from desktop_app.storage.models import Attendance, Person, Session
from screens.kit import Kit
from screens.reports import SIGNATORY

SPEAKERS = (
    "Drs. Sutrisno Hadi, M.M. — Kepala Dinas Perdagangan, Koperasi dan UKM",
    "Ir. Sri Lestari — Kepala Bidang Kepesertaan, BPJS Ketenagakerjaan Cabang Surakarta",
)
TREASURER = Signatory("Siti Aminah, S.E.", "Bendahara Pengeluaran", "Penata", "198001012005012001")
NOTES = (
    "Kegiatan dibuka pukul 08.45 WIB oleh Kepala Dinas Perdagangan, Koperasi dan UKM.\n\n"
    "Narasumber BPJS Ketenagakerjaan memaparkan program JKK dan JKM bagi pekerja bukan penerima "
    "upah, besaran iuran mulai Rp16.800 per bulan dan cara mendaftar melalui kantor cabang.\n\n"
    "Peserta bertanya tentang iuran bagi pekerja harian dan pendaftaran kolektif melalui koperasi."
)


def _photo(path: Path, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Path:
    """A stand-in documentation photo (a 12 MP gradient, as large as a phone's)."""
    image = Image.new("RGB", (4000, 3000))
    draw = ImageDraw.Draw(image)
    for y in range(0, 3000, 20):
        t = y / 3000
        draw.rectangle(
            [0, y, 4000, y + 20], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    draw.rectangle([900, 1300, 3100, 2700], fill=(245, 245, 240))
    image.save(path, quality=90)
    return path


def _membership(services, event_id: int, admin_id: int, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The branch's list for the demo: of each batch's attendees a few members before, some who
    joined within days or weeks, the rest not yet; a few said at the desk they were interested."""
    with services.db.session() as s:
        rows = s.execute(
            select(Person.id, Person.nik, Person.name, Session.id, Session.date)
            .join(Attendance, Attendance.person_id == Person.id)
            .join(Session, Session.id == Attendance.session_id)
            .where(Session.event_id == event_id, Person.nik.is_not(None))
            .order_by(Session.date, Attendance.id)
        ).all()
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "No. KPJ", "Nama", "Tgl Kepesertaan", "Segmen", "Program"])
    pattern = (-400, 3, None, 12, 45, None, None, 20, -30, None, 70, None, 8, None, None)
    for i, (pid, nik, name, sid, day) in enumerate(rows):
        offset = pattern[i % len(pattern)]
        if i % 4 == 1:
            set_interest(services.db, pid, True, admin_id, sid)
        if offset is None:
            continue
        ws.append([nik, f"21{i:09d}", name, day + timedelta(days=offset), "BPU", "JKK, JKM"])
    path = folder / "kepesertaan.xlsx"
    wb.save(path)
    services.bpjs_members.run(path, admin_id)


def _page_with(pdf: Path, words: str) -> int:
    """The first page of `pdf` whose text holds `words`."""
    for page in range(1, 50):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True).stdout  # fmt: skip
        if words in text:
            return page
    raise LookupError(words)


def _page(kit: Kit, pdf: Path, name: str, page: int = 1) -> None:
    target = kit.shot(name)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(target.with_suffix(""))], check=True)  # fmt: skip
    kit.wrote(target)


def take(kit: Kit) -> None:
    if not shutil.which("pdftoppm"):
        print("pdftoppm is absent: the paper-*.png pages are not made", file=sys.stderr)
        return
    with kit.sandbox("paper") as box:
        services, folder = box.services, box.paths.data_dir
        admin = services.operators.local_admin()
        demo = box.demo(people=90)
        services.settings.set_signatories([SIGNATORY], admin.id)
        services.paper.set_invitation_details(
            InvitationDetails(
                "Jl. Jenderal Sudirman No. 199, Sukoharjo 57511", "Sri Lestari (0812-2600-1234)"
            ),
            admin.id,
        )
        first = services.events.list_sessions(demo.event_id)[0]
        _page(kit, services.paper.signin_sheet(first.id, folder / "signin.pdf").path, "paper-signin.png")
        _page(
            kit, services.paper.invitations(first.id, folder / "undangan.pdf").path, "paper-invitations.png"
        )
        services.certificates.issue(event_id=demo.event_id, operator_id=admin.id)
        photos = [
            ReportPhoto(
                _photo(folder / "1.jpg", (20, 110, 100), (240, 200, 120)), "Pembukaan oleh Kepala Dinas"
            ),
            ReportPhoto(_photo(folder / "2.jpg", (60, 60, 140), (200, 220, 240)), "Pemaparan program BPJS"),
            ReportPhoto(_photo(folder / "3.jpg", (120, 40, 40), (250, 230, 200)), "Sesi tanya jawab"),
        ]
        _membership(services, demo.event_id, admin.id, folder)
        basis = ReportSettings().basis
        services.activity_reports.set_report_settings(
            ReportSettings(basis, ReportSettings().purpose, SPEAKERS), admin.id
        )
        report = services.activity_reports.build(event_id=demo.event_id, notes=NOTES, photos=photos)
        pdf = services.activity_reports.write(report, folder / "laporan.pdf").path
        _page(kit, pdf, "paper-report.png")
        _page(
            kit,
            pdf,
            "paper-report-bpjs.png",
            page=_page_with(pdf, "Kepesertaan BPJS Ketenagakerjaan peserta"),
        )
        _page(kit, pdf, "paper-report-photos.png", page=_page_with(pdf, "Dokumentasi Kegiatan"))
        services.transport.set_amount(first.id, 100_000, admin.id)
        services.transport.set_treasurer(TREASURER, admin.id)
        _page(kit, services.transport.receipt(first.id, folder / "transport.pdf").path, "paper-receipt.png")
        soffice = shutil.which("soffice")
        if soffice:
            xlsx = services.paper.contacts(first.id, folder / "kontak.xlsx", operator_id=admin.id).path
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo", "--convert-to", "pdf",
                            "--outdir", str(folder), str(xlsx)], check=True, capture_output=True)  # fmt: skip
            _page(kit, folder / "kontak.pdf", "paper-contacts.png")
