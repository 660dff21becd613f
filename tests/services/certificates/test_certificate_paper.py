"""Certificates as printed: two signatories with NIP lines and the letterhead's logos by default,
a verification hint in words at 8 pt or more, and names the font cannot print listed beforehand."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.cli import main
from desktop_app.exports.certificates.glyphs import name_problem
from desktop_app.exports.letterhead import Letterhead
from desktop_app.services.certificates.names_check import unprintable_names
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.storage.models import Attendance, Person

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "exports"))
from certificate_pdf_reading import placed_text

NAMES = ["Sri Wahyuni", "Nguyễn Thị Đặng", "王小明", "محمد علي", "ꦱꦿꦶ ꦮꦲꦾꦸꦤꦶ", "Дмитрий Иванов"]


@pytest.fixture
def session_id(services, admin) -> int:  # type: ignore[no-untyped-def]
    event_id = services.events.add_event(
        EventDraft("Sosialisasi BPJS", "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo"), admin.id
    )
    sid = services.events.add_session(
        SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 30), admin.id
    )
    with services.db.transaction() as s:
        for name in NAMES:
            person = Person(name=name)
            s.add(person)
            s.flush()
            s.add(Attendance(session_id=sid, person_id=person.id))
    return sid


def test_names_the_font_cannot_print_are_listed_with_the_reason(services, session_id) -> None:  # type: ignore[no-untyped-def]
    problems = {p.name: p for p in unprintable_names(services.db, session_id, None)}
    # Vietnamese and Cyrillic print fine; Arabic is drawn right to left and joined (see below).
    assert set(problems) == {"王小明", "ꦱꦿꦶ ꦮꦲꦾꦸꦤꦶ"}
    assert problems["王小明"].reason == "missing_glyphs" and problems["王小明"].characters == "王小明"
    assert "CJK UNIFIED IDEOGRAPH" in problems["王小明"].as_json()["characters"]
    assert name_problem("Nguyễn Thị Đặng") is None


@pytest.mark.sqlite_only  # the command line over the same file the fixture wrote
def test_cli_lists_them_in_json(services, session_id, db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    services.close()
    args = [
        "--db",
        str(db_path),
        "--json",
        "certificates",
        "--session",
        str(session_id),
        "-o",
        str(tmp_path / "s.pdf"),
    ]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["reason"]) for p in data["missing_glyphs"]] == [
        ("王小明", "missing_glyphs"),
        ("ꦱꦿꦶ ꦮꦲꦾꦸꦤꦶ", "missing_glyphs"),
    ]


def test_defaults_two_signatories_nip_lines_logos_and_a_readable_hint(
    services, admin, session_id, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    logos = []
    for name, colour in (("kab.png", "#0f766e"), ("bpjs.png", "#15803d")):
        Image.new("RGB", (300, 300), colour).save(tmp_path / name)
        logos.append(str(tmp_path / name))
    services.settings.set_letterhead(Letterhead(logo_left=logos[0], logo_right=logos[1]), admin.id)
    template = services.certificates.template()
    assert len(template.signatories) == 2 and len(template.logos) == 2
    assert template.signatories[1].title == "Kepala Kantor Cabang BPJS Ketenagakerjaan"

    out = tmp_path / "sertifikat.pdf"
    services.certificates.generate(out, session_id=session_id, operator_id=admin.id)
    runs = placed_text(out, 0)
    text = " ".join(r.text for r in runs)
    assert text.count("NIP.") == 2 and "Kepala Kantor Cabang BPJS Ketenagakerjaan" in text
    hint = [r for r in runs if r.text.startswith("Cek keaslian") or "sebutkan nomor" in r.text]
    assert hint and min(r.size for r in hint) >= 8
    assert "Dinas Perdagangan" in " ".join(r.text for r in runs if r.size == hint[0].size)
    if shutil.which("pdfimages"):
        listed = subprocess.run(
            ["pdfimages", "-f", "1", "-l", "1", "-list", str(out)], capture_output=True, text=True
        )
        assert len(listed.stdout.splitlines()[2:]) == 2  # both logos on the page


def _hint_text(path: Path) -> tuple[str, float]:
    runs = placed_text(path, 0)
    hint = [r for r in runs if r.text.startswith("Cek keaslian")]
    assert hint, "no verification hint"
    size = hint[0].size
    lines = [r.text.replace("\u00a0", " ") for r in runs if r.size == size]
    return " ".join(lines), min(r.size for r in runs if r.size == size)


def test_the_hint_gives_the_offices_phone_from_the_letterhead(services, admin, session_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "tanpa-telepon.pdf"
    services.certificates.generate(out, session_id=session_id, operator_id=admin.id)
    text, size = _hint_text(out)
    assert "hubungi kantor itu dan sebutkan nomor sertifikat" in text and size >= 8

    services.settings.set_letterhead(Letterhead(phone="(0271) 593068"), admin.id)
    out = tmp_path / "telepon.pdf"
    services.certificates.generate(out, session_id=session_id, operator_id=admin.id)
    text, size = _hint_text(out)
    assert "telepon (0271) 593068 dan sebutkan nomor sertifikat" in text and size >= 8
    runs = [r.text.replace("\u00a0", " ") for r in placed_text(out, 0)]
    assert any("(0271) 593068" in run for run in runs)  # the number is never split over two lines
    assert "Dinas Perdagangan" in text


def test_the_phone_is_found_in_the_kop_address_when_the_field_is_empty() -> None:
    kop = Letterhead(
        address_lines=("Jl. Jend. Sudirman No. 199, Sukoharjo", "Telp. (0271) 593068, Faks. 593069")
    )
    assert kop.contact_phone() == "(0271) 593068"
    assert Letterhead(address_lines=("Telepon: 0271-593068",)).contact_phone() == "0271-593068"
    assert (
        Letterhead(phone=" 0812-2600-1234 ", address_lines=("Telp. 0271 1",)).contact_phone()
        == "0812-2600-1234"
    )
    assert Letterhead().contact_phone() == ""


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")
def test_an_arabic_name_is_drawn_right_to_left_and_joined(services, admin, session_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sertifikat.pdf"
    services.certificates.generate(out, session_id=session_id, operator_id=admin.id)
    page = NAMES.index("محمد علي") + 1
    boxes = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(out), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = [(float(x), w) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes)]
    arabic = sorted((x, w) for x, w in words if any("\u0600" <= c <= "\ufeff" for c in w))
    # Read right to left, محمد comes first, so علي stands at the left. Each word's letters in their
    # joined forms, drawn left to right: علي = yeh final, lam medial, ain initial;
    # محمد = dal final, meem medial, hah medial, meem initial. No unjoined (U+06xx) letter is drawn.
    assert [w for _, w in arabic] == ["\ufef2\ufee0\ufecb", "\ufeaa\ufee4\ufea4\ufee3"]
    name = next(r for r in placed_text(out, page - 1) if "\ufee3" in r.text)
    assert name.size >= 22 and "DejaVuSans-Bold" in name.font  # the font that has the joined forms
